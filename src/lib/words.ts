/**
 * Text cut to at most `max` characters after a whole word, with "…" (no word's stump, no trailing
 * comma or dash); a text that fits is returned whole. A single word longer than `max` is the one
 * case cut inside a word: there is nothing else to show.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - 1));
  // The room may end at a word's end already (a space follows it).
  const space = text.charAt(room.length) === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:(–—-]+$/, '');
  return `${cut || room}…`;
}
