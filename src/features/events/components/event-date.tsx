import type { EventDate } from '@/data/events/contract';
import { DateText } from '@/components/ui/date-text';
import { useI18n } from '@/lib/i18n/context';

/** An event's date at its own precision: a day, a month, a fiscal year or a range. */
export function EventDateText({ date, style = 'long' }: { date: EventDate; style?: 'long' | 'short' }) {
  const { m } = useI18n();
  if (date.precision === 'fiscal-year' && date.fiscalYear !== undefined) {
    return (
      <span>
        <time dateTime={String(date.fiscalYear)}>{m.dates.fiscalYear(String(date.fiscalYear))}</time>{' '}
        <span className="muted">
          (<DateText iso={date.start} style="short" /> –{' '}
          <DateText iso={date.end ?? date.start} style="short" />)
        </span>
      </span>
    );
  }
  if (date.end !== undefined && date.end !== date.start) {
    return (
      <span>
        <DateText iso={date.start} style={style} /> – <DateText iso={date.end} style={style} />
      </span>
    );
  }
  return <DateText iso={date.start} style={style} />;
}
