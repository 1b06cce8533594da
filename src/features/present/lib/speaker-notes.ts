import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { formatPartialDate, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n/messages/en';

/** One line of a presenter's notes, by what it is. */
export interface NoteLine {
  /** `presenter`: the deck's own note for the slide (the presenter's words). */
  kind: 'presenter' | 'note' | 'correction' | 'identifier' | 'figure' | 'caution';
  text: string;
}

/**
 * What a presenter needs beside an event's slide, and not the slide again: the event's notes, its
 * corrections, its official identifiers (bill, docket…), how sure it is, and the latest figure of
 * the panel the slide shows (the number the room will ask about).
 */
export function speakerNotes(
  event: PolicyEvent,
  lang: Lang,
  /** The catalog's words for the notes (`m.speakerNotes`). */
  w: Messages['speakerNotes'],
  identifiers: readonly string[],
  metric?: Metric,
  /** A figure in the panel's unit (the panel's own formatting). */
  formatValue: (value: number) => string = String,
): NoteLine[] {
  const lines: NoteLine[] = [];
  if (event.verification === 'single-source') lines.push({ kind: 'caution', text: w.single });
  if (event.verification === 'disputed') lines.push({ kind: 'caution', text: w.disputed });
  for (const note of event.notes) lines.push({ kind: 'note', text: note[lang] });
  for (const c of event.corrections ?? [])
    lines.push({
      kind: 'correction',
      text: `${w.corrected(formatPartialDate(c.date, lang))} ${c.reason[lang]}`,
    });
  for (const id of identifiers) lines.push({ kind: 'identifier', text: id });
  const latest = metric?.observations
    .filter((o) => o.value !== undefined)
    .sort((a, b) => (a.period.end < b.period.end ? 1 : a.period.end > b.period.end ? -1 : 0))[0];
  if (metric && latest?.value !== undefined)
    lines.push({
      kind: 'figure',
      text: `${w.latest(metric.title[lang])} ${formatValue(latest.value)} (${formatPartialDate(latest.period.start, lang)} – ${formatPartialDate(latest.period.end, lang)}; ${latest.estimator[lang]})`,
    });
  return lines;
}
