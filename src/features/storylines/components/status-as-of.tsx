import type { Storyline } from '@/data/storylines/contract';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

/** "Status as of <date>", compact (the status board); nothing when the dataset gives no date. */
export function StatusAsOf({ storyline }: { storyline: Storyline }) {
  const { lang, m } = useI18n();
  if (!storyline.statusAsOf) return null;
  return (
    <p className="muted status-as-of">
      {m.storyline.statusAsOf(formatPartialDate(storyline.statusAsOf, lang, 'short'))}
    </p>
  );
}
