import {
  deckDraftSchema,
  describeIssue,
  type DeckDraft,
  type DeckItem,
  type DeckProblem,
} from './built-deck';

/**
 * A built deck as one URL parameter (`/present?d=…`), so a link reproduces it exactly: slides as
 * event and panel ids (never the dataset's text), the presenter's own words in full. The deck is
 * written compactly (a JSON array), as UTF-8, compressed (deflate-raw, where the browser has
 * `CompressionStream`, when that is shorter) and base64url-encoded, after a one-letter prefix
 * saying which (`z` compressed, `j` not). Links made with this format stay readable: a newer
 * format gets its own version number.
 *
 * A link of up to `LINK_LIMIT` characters (the whole address) is safe in email clients and chat
 * apps; the builder says when a deck's link is longer and offers the file instead.
 */
export const LINK_LIMIT = 2000;
/** The longest `d` value read at all (a longer one is refused unread). */
const MAX_PARAM = 20_000;
/** The most a `d` value may inflate to (a small value that inflates to megabytes is refused). */
const MAX_JSON = 64_000;
const FORMAT = 1;

export type DeckLinkError = 'too-long' | 'not-a-deck' | 'damaged' | 'newer' | 'invalid';
export type DecodedDeck = { deck: DeckDraft } | { error: DeckLinkError; problem?: DeckProblem };

/** The compact form: `[1, title, subtitle, titleNote, closing, closingNote, [[kind, id, note?], …]]`. */
type Compact = [number, string, string, string, string, string, (string[] | [string, string])[]];

function toCompact(deck: DeckDraft): Compact {
  return [
    FORMAT,
    deck.title,
    deck.subtitle,
    deck.titleNote,
    deck.closing,
    deck.closingNote,
    deck.items.map((i) => [i.kind === 'event' ? 'e' : 'p', i.id, ...(i.note ? [i.note] : [])]),
  ];
}

function fromCompact(data: unknown): DecodedDeck {
  if (!Array.isArray(data) || typeof data[0] !== 'number') return { error: 'not-a-deck' };
  if (data[0] > FORMAT) return { error: 'newer' };
  const [, title, subtitle, titleNote, closing, closingNote, items] = data as unknown[];
  if (!Array.isArray(items)) return { error: 'not-a-deck' };
  const parsedItems: unknown[] = items.map((item: unknown) => {
    if (!Array.isArray(item)) return item;
    const [kind, id, note] = item as unknown[];
    return { kind: kind === 'e' ? 'event' : kind === 'p' ? 'panel' : kind, id, note: note ?? '' };
  });
  const parsed = deckDraftSchema.safeParse({
    title,
    subtitle,
    titleNote,
    closing,
    closingNote,
    items: parsedItems,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: 'invalid', ...(issue ? { problem: describeIssue(issue) } : {}) };
  }
  return { deck: parsed.data };
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Runs bytes through a (de)compression stream, stopping past `max` bytes out (null then). */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max = Infinity,
): Promise<Uint8Array | null> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = source.pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const canCompress = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The `d` value of a deck's link. */
export async function encodeDeck(deck: DeckDraft): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(deck)));
  const plain = `j${toBase64Url(json)}`;
  if (!canCompress()) return plain;
  try {
    const packed = await pipe(json, new CompressionStream('deflate-raw'));
    const compressed = packed ? `z${toBase64Url(packed)}` : plain;
    return compressed.length < plain.length ? compressed : plain;
  } catch {
    return plain;
  }
}

/**
 * The deck a `d` value holds, or why it cannot be read: cut short or altered (`damaged`), not a
 * deck at all, from a newer version of the tracker, or breaking a limit (`invalid`, with where).
 * Never throws, whatever the value.
 */
export async function decodeDeck(value: string): Promise<DecodedDeck> {
  if (value.length > MAX_PARAM) return { error: 'too-long' };
  const kind = value[0];
  const bytes = fromBase64Url(value.slice(1));
  if ((kind !== 'z' && kind !== 'j') || bytes === null) return { error: 'not-a-deck' };
  let json: Uint8Array | null = bytes;
  if (kind === 'z') {
    if (!canCompress()) return { error: 'damaged' };
    try {
      json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON);
    } catch {
      return { error: 'damaged' };
    }
    if (json === null) return { error: 'too-long' };
  } else if (bytes.length > MAX_JSON) return { error: 'too-long' };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { error: 'damaged' };
  }
  return fromCompact(data);
}

/** Lists slides left out of a deck (`event “x”, panel “y”`), for notices. */
export function describeSkipped(
  skipped: readonly DeckItem[],
  words: { event: string; panel: string },
): string {
  return skipped.map((s) => `${s.kind === 'event' ? words.event : words.panel} “${s.id}”`).join(', ');
}
