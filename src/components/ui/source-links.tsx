import { DateText } from './date-text';
import { ExternalLink } from './external-link';
import type { LocalizedText } from '@/data/schema';
import { useI18n } from '@/lib/i18n/context';

/** What the UI needs to show a source; matches the contract's Source. */
export interface SourceRef {
  id: string;
  publisher: string;
  /** The publisher line in each language, when it differs (a copy or repost says so). */
  publisherLabel?: LocalizedText;
  title: string;
  date: string | null;
  url: string;
}

/** A compact source line: publisher, title (linked) and date. */
export function SourceLine({ source }: { source: SourceRef }) {
  const { lang } = useI18n();
  return (
    <span className="source-line">
      <span className="source-publisher">{source.publisherLabel?.[lang] ?? source.publisher}</span>,{' '}
      <ExternalLink href={source.url}>
        <cite>{source.title}</cite>
      </ExternalLink>
      {source.date ? (
        <>
          , <DateText iso={source.date} style="short" />
        </>
      ) : null}
    </span>
  );
}

/** Sources for an item, resolved from ids; unknown ids are skipped rather than shown blank. */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, SourceRef>;
}) {
  const resolved = ids.map((id) => sources.get(id)).filter((s): s is SourceRef => s !== undefined);
  if (resolved.length === 0) return null;
  return (
    <ul className="source-list">
      {resolved.map((source) => (
        <li key={source.id}>
          <SourceLine source={source} />
        </li>
      ))}
    </ul>
  );
}
