import type { PolicyEvent } from '@/data/events/contract';
import type { Lang } from '@/lib/i18n/langs';

/** Lower case, without accents, for matching typed words (“ley” finds “Ley”, “mexico” finds “México”). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The events matching every word typed (in the page's language's title and summary, the date or
 * the id), in the order given; all of them when nothing is typed.
 */
export function matchEvents(events: readonly PolicyEvent[], query: string, lang: Lang): PolicyEvent[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...events];
  return events.filter((e) => {
    const text = fold(`${e.title[lang]} ${e.summary[lang]} ${e.date.start} ${e.id}`);
    return words.every((w) => text.includes(w));
  });
}
