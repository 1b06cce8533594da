import type { Storyline } from '@/data/storylines/contract';
import { SourceList, type SourceRef } from '@/components/ui/source-links';
import { useI18n } from '@/lib/i18n/context';
import { formatPartialDate } from '@/lib/format';
import { useStorylineMessages } from '../messages';

/**
 * How current a storyline's status is: "as of" the latest source checked for it, when an editor
 * last looked, when the monitor last heard from all of its official sources, and (with `sources`) the sources it rests on. Says nothing it does not know: a
 * storyline without these dates shows none.
 */
export function StatusCurrency({
  storyline,
  sources,
}: {
  storyline: Storyline;
  sources?: ReadonlyMap<string, SourceRef>;
}) {
  const { lang, m } = useI18n();
  const t = useStorylineMessages();
  const { statusAsOf, lastChecked, monitorChecked } = storyline;
  const ids = storyline.status.sources ?? [];
  return (
    <>
      {statusAsOf || lastChecked || monitorChecked ? (
        <p className="muted small status-currency">
          {statusAsOf ? (
            <>
              <span className="status-as-of">
                {m.storyline.statusAsOf(formatPartialDate(statusAsOf, lang))}
              </span>{' '}
              ({t.statusAsOfHint})
            </>
          ) : null}
          {statusAsOf && lastChecked ? <br /> : null}
          {lastChecked ? t.lastChecked(formatPartialDate(lastChecked, lang)) : null}
          {monitorChecked ? (
            <>
              {statusAsOf || lastChecked ? <br /> : null}
              <span className="monitor-checked">
                {t.monitorChecked(formatPartialDate(monitorChecked, lang))}
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {sources && ids.length > 0 ? (
        <div className="status-sources">
          <p className="small">{t.statusSources}:</p>
          <SourceList ids={ids} sources={sources} />
        </div>
      ) : null}
    </>
  );
}

/** The plain notice that nothing has been recorded for a while, and since when. */
export function QuietNotice({ since }: { since: string }) {
  const { lang } = useI18n();
  const t = useStorylineMessages();
  return <p className="callout callout-note quiet-notice">{t.quiet(formatPartialDate(since, lang))}</p>;
}
