import { useId, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { queries } from '@/data/queries';
import { download } from '@/lib/download';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { useCopy } from '@/lib/use-copy';
import { useToday } from '@/lib/use-today';
import type { CitationFormat } from '../lib/cite';
import { useSourcesMessages } from '../messages';

const FORMATS: readonly CitationFormat[] = ['plain', 'apa', 'chicago', 'bluebook', 'bibtex', 'ris'];
const FILES = {
  bibtex: { ext: 'bib', type: 'application/x-bibtex' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems' },
};

/** What every citation names besides the record: the dataset version, its release and the day of access. */
export function useCitationContext(): { version: string; released: string; accessed: string } {
  const meta = useSuspenseQuery(queries.meta()).data;
  const released = meta.lastUpdated.slice(0, 10);
  return { version: meta.datasetVersion, released, accessed: useToday(released) };
}

/**
 * "Cite this": the record in each format that applies (a format that returns null, such as the
 * Bluebook for a record with nothing to cite it by, is not offered), to read, copy, or download as
 * BibTeX or RIS for a reference manager.
 */
export function CiteThis({
  citations,
  file,
  heading,
  accessed,
}: {
  citations: Record<CitationFormat, string | null>;
  /** The downloaded file's name, without extension. */
  file: string;
  heading: string;
  accessed: string;
}) {
  const { lang } = useI18n();
  const t = useSourcesMessages();
  const id = useId();
  const offered = FORMATS.filter((f) => citations[f] !== null);
  const [format, setFormat] = useState<CitationFormat>('plain');
  const [copy, copyText] = useCopy();
  const current = citations[format] ?? citations.plain ?? '';
  const block = format === 'bibtex' || format === 'ris';
  return (
    <section aria-labelledby={`${id}-title`} className="panel cite-this">
      <h2 id={`${id}-title`}>{heading}</h2>
      <fieldset className="segmented cite-formats">
        <legend className="visually-hidden">{t.format}</legend>
        {offered.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name={`${id}-format`}
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
              }}
            />
            <span>{t.formats[f]}</span>
          </label>
        ))}
      </fieldset>
      {block ? (
        <pre className="citation citation-block" aria-label={t.shown(t.formats[format])} tabIndex={0}>
          {current}
        </pre>
      ) : (
        <p className="citation" aria-label={t.shown(t.formats[format])}>
          {current}
        </p>
      )}
      <p className="muted small">{t.accessed(formatPartialDate(accessed, lang))}</p>
      <div className="view-actions">
        <button
          type="button"
          className="button small"
          onClick={() => {
            copyText(current);
          }}
        >
          {t.copy}
        </button>
        {(['bibtex', 'ris'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="button small secondary"
            onClick={() => {
              download(`${file}.${FILES[f].ext}`, FILES[f].type, citations[f] ?? '');
            }}
          >
            {t.download(`${t.formats[f]} (.${FILES[f].ext})`)}
          </button>
        ))}
        <span role="status" className="muted small">
          {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </section>
  );
}
