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
  /** Set when the document's title was never recorded: what it is, in each language. */
  untitled?: LocalizedText;
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
        {source.untitled ? (
          // A description in square brackets, as bibliographies write a title they had to supply.
          <span className="untitled">[{source.untitled[lang]}]</span>
        ) : (
          <cite>{source.title}</cite>
        )}
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
