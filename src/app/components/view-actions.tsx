import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { env } from '@/config/env';
import { useI18n } from '@/lib/i18n/context';
import { useCopy } from '@/lib/use-copy';

/** The address of the current view: its path carries its language, its query the view. */
function linkToThisView(): string {
  return window.location.href;
}

/**
 * The actions every view offers: open it as a presentation (`present`: the
 * `/present` query that reproduces it) or start a deck from it in the deck builder (the same
 * query), copy a link that reproduces it exactly, and (`feed`: e.g. `feeds/events`) follow it as a feed or calendar. `children` are the
 * page's own actions (a panel's or a storyline's "Embed"), after the shared ones.
 */
export function ViewActions({
  present,
  feed,
  children,
}: {
  present?: string | null;
  feed?: string;
  children?: ReactNode;
}) {
  const { lang, m } = useI18n();
  const t = m.viewActions;
  const [copy, copyText] = useCopy();
  // Esc in the presentation comes back here, to this very view (a metric panel's tab included).
  const { pathname, search } = useLocation();
  const back = new URLSearchParams(present ?? '');
  back.set('back', `${pathname}${search}`);
  return (
    <div className="view-actions">
      {present !== undefined && present !== null ? (
        <>
          <AppLink to={href('present', undefined, back.toString())} className="button small">
            ▶ {t.present}
          </AppLink>
          <AppLink to={href('deck-builder', undefined, present)} className="button small secondary">
            {t.build}
          </AppLink>
        </>
      ) : null}
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          copyText(linkToThisView());
        }}
      >
        {t.copy}
      </button>
      {feed ? (
        <>
          <a className="small" href={`${env.basePath}${feed}.${lang}.atom`} type="application/atom+xml">
            {t.atom}
          </a>
          <a className="small" href={`${env.basePath}${feed}.${lang}.ics`} type="text/calendar" download>
            {t.ics}
          </a>
        </>
      ) : null}
      {children}
      <span role="status" className="muted small">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.failed : ''}
      </span>
    </div>
  );
}
