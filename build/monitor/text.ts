/**
 * Text helpers for matching documents against the watch list: the same comparison for English
 * and Spanish (case, accents and punctuation do not count), HTML bodies as plain text, excerpts.
 */

/** Lower case, accents removed, every run of non-letters and non-digits a single space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (after `normalize`). */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalize(phrase);
  return needle !== '' && ` ${normalize(text)} `.includes(` ${needle} `);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

Object.assign(ENTITIES, {
  iexcl: '¡',
  iquest: '¿',
  laquo: '«',
  raquo: '»',
  ordm: 'º',
  ordf: 'ª',
  deg: '°',
  middot: '·',
  sect: '§',
  para: '¶',
  copy: '©',
  reg: '®',
  euro: '€',
  shy: '',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  ccedil: 'ç',
  Ccedil: 'Ç',
});
// Accented vowels (&aacute; &Eacute; &uuml; …), as Spanish-language bodies write them.
const MARKS = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303' };
for (const vowel of 'aeiouAEIOU')
  for (const [name, mark] of Object.entries(MARKS))
    ENTITIES[`${vowel}${name}`] = `${vowel}${mark}`.normalize('NFC');

/** Decodes the character references HTML bodies use (named ones above, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** An HTML fragment (a press release body) as plain text on one line. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters of `text`, cut at a word, with an ellipsis when cut. */
export function clip(text: string, max = 400): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** One character folded for searching: no accent, lower case, and still one character. */
const foldChar = (char: string) => (char.normalize('NFD')[0] ?? char).toLowerCase()[0] ?? char;
const fold = (text: string) => Array.from(text, foldChar).join('');

/** The passage of `text` around the first of `phrases` found in it (or its beginning). */
export function excerptAround(text: string, phrases: readonly string[], max = 400): string {
  const clean = Array.from(text.replace(/\s+/g, ' ').trim());
  if (clean.length <= max) return clean.join('');
  const folded = fold(clean.join(''));
  for (const phrase of phrases) {
    const needle = fold(phrase);
    const at = needle ? Array.from(folded.slice(0, Math.max(0, folded.indexOf(needle)))).length : -1;
    if (needle && folded.includes(needle)) {
      const start = Math.max(0, at - Math.floor(max / 3));
      const rest = clean.slice(start).join('');
      const from = start === 0 ? 0 : rest.indexOf(' ') + 1;
      return `${start > 0 ? '…' : ''}${clip(rest.slice(from), max)}`;
    }
  }
  return clip(clean.join(''), max);
}

/** An id made of lower-case words joined by hyphens (the content's id format). */
export function slugify(text: string, maxLength = 60): string {
  const slug = normalize(text).replace(/ /g, '-');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** A short, stable fingerprint of a string (FNV-1a, 8 hex digits): for ids that need one. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
