import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

/** A partial ISO date in a `<time>` element, written in the active language. */
export function DateText({ iso, style = 'long' }: { iso: string; style?: 'long' | 'short' }) {
  const { lang } = useI18n();
  return <time dateTime={iso}>{formatPartialDate(iso, lang, style)}</time>;
}

/**
 * A period: one `<time>` when both ends match, two otherwise. A dataset label
 * ("circa 2018–2021") replaces the formatted dates but keeps the machine-readable start.
 */
export function PeriodText({
  start,
  end,
  label,
  style = 'short',
}: {
  start: string;
  end: string;
  label?: string | undefined;
  style?: 'long' | 'short';
}) {
  if (label) return <time dateTime={start}>{label}</time>;
  if (start === end) return <DateText iso={start} style={style} />;
  return (
    <span className="nowrap-parts">
      <DateText iso={start} style={style} /> – <DateText iso={end} style={style} />
    </span>
  );
}
