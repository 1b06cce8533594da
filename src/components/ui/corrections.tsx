import type { Correction } from '@/data/identifiers';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

/** A record's corrections, each with its date and reason, newest first (nothing when there are none). */
export function Corrections({ corrections }: { corrections: readonly Correction[] | undefined }) {
  const { lang, m } = useI18n();
  if (!corrections?.length) return null;
  const newestFirst = [...corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section aria-labelledby="corrections-title" className="callout">
      <h2 id="corrections-title">{m.corrections.title}</h2>
      <ul>
        {newestFirst.map((c) => (
          <li key={`${c.date}:${c.reason.en}`}>
            <strong>{m.corrections.on(formatPartialDate(c.date, lang))}:</strong> {c.reason[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
