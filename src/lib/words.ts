/**
 * Text cut to at most `max` characters after a whole word, with "…" (no word's stump, no trailing
 * comma or dash, no article, preposition or conjunction before the mark); a text that fits is
 * returned whole. A single word longer than `max` is the one case cut inside a word: there is
 * nothing else to show.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - 1));
  // The room may end at a word's end already (a space follows it).
  const space = text.charAt(room.length) === ' ' ? room.length : room.lastIndexOf(' ');
  let cut = (space > 0 ? room.slice(0, space) : room).replace(TRAILING, '');
  // Nor does it end on a word that leads into what was cut ("Treasury sanctions a…").
  for (let last = cut.lastIndexOf(' '); last > 0; last = cut.lastIndexOf(' ')) {
    if (!LEADING_WORDS.has(cut.slice(last + 1).toLowerCase())) break;
    cut = cut.slice(0, last).replace(TRAILING, '');
  }
  return `${cut || room}…`;
}

const TRAILING = /[\s,;:(–—-]+$/;

/** Articles, prepositions and conjunctions, in English and Spanish: never the last word before "…". */
const LEADING_WORDS = new Set(
  (
    'a an the of to in on at by for from with as and or nor than that ' +
    'el la los las lo un una unos unas de del al en por para con sin sobre y e o u ni que'
  ).split(' '),
);
