import type { ReactNode } from 'react';
import type { EmbedKind } from '@/config/embeds';
import { DateText } from '@/components/ui/date-text';
import { SourceList, type SourceRef } from '@/components/ui/source-links';
import { useI18n } from '@/lib/i18n/context';
import { useEmbedMessages } from './embed.messages';

/** What every embed says about where it comes from, on its face. */
export interface Provenance {
  /** The dataset version the embed was drawn from, and the day that version was published. */
  version: string;
  released: string;
  /** The page the embed comes from, absolute (it opens in a new tab, out of the host's frame). */
  fullUrl: string;
}

/**
 * An embed's page: no header, navigation or footer of the site, only the record (`children`), its
 * sources, the dataset version, and the link back to the full page. Every link leaves the frame
 * (a new tab): the host's page stays where it is.
 */
export function EmbedFrame({
  kind,
  provenance,
  sources,
  sourceIds,
  sourcesTitle,
  children,
}: {
  kind: EmbedKind;
  provenance: Provenance;
  sources: ReadonlyMap<string, SourceRef>;
  sourceIds: readonly string[];
  sourcesTitle: string;
  children: ReactNode;
}) {
  const { m } = useI18n();
  const t = useEmbedMessages();
  return (
    <article className={`embed embed-${kind}`} aria-labelledby="embed-title">
      <p className="embed-brand">
        <span className="brand-mark" aria-hidden="true" /> {m.appName}
      </p>
      {children}
      {sourceIds.length > 0 ? (
        <section aria-labelledby="embed-sources" className="embed-sources">
          <h2 id="embed-sources">{sourcesTitle}</h2>
          <SourceList ids={sourceIds} sources={sources} />
        </section>
      ) : null}
      <footer className="embed-foot small">
        <p>
          {m.footer.dataset(provenance.version)} · {m.footer.updated}: <DateText iso={provenance.released} />
        </p>
        <p>
          <a href={provenance.fullUrl} target="_blank" rel="noopener">
            {t.openFull[kind]}
            <span className="visually-hidden"> {m.event.opensNewTab}</span>
          </a>
        </p>
      </footer>
    </article>
  );
}
