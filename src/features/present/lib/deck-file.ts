import { z } from '@/lib/zod';
import { deckDraftSchema, describeIssue, type DeckDraft, type DeckProblem } from './built-deck';

/**
 * A built deck as a file (JSON, `iron-river-tracker/deck`, version 1): for a deck whose link is too
 * long to share, and to keep or move a deck between browsers. Checked in full on import: a file
 * that is not one, or breaks a rule, is refused with what is wrong, and nothing changes.
 */
export const DECK_FILE_FORMAT = 'iron-river-tracker/deck';
const VERSION = 1;

const fileSchema = z.object({
  format: z.literal(DECK_FILE_FORMAT),
  version: z.number(),
  deck: deckDraftSchema,
});

export function toDeckFile(deck: DeckDraft): string {
  return `${JSON.stringify({ format: DECK_FILE_FORMAT, version: VERSION, deck }, null, 2)}\n`;
}

/** A file name for the deck (`iron-river-deck-<title>.json`). */
export function deckFileName(deck: DeckDraft): string {
  const slug = deck.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return `iron-river-deck${slug ? `-${slug}` : ''}.json`;
}

export type DeckFileError =
  | { error: 'not-json' }
  | { error: 'not-a-deck' }
  | { error: 'newer' }
  | { error: 'invalid'; problem: DeckProblem };

/** The deck in an exported file, or what is wrong with the file. */
export function readDeckFile(text: string): { deck: DeckDraft } | DeckFileError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (head.format !== DECK_FILE_FORMAT) return { error: 'not-a-deck' };
  if (typeof head.version === 'number' && head.version > VERSION) return { error: 'newer' };
  const parsed = fileSchema.safeParse(data);
  if (parsed.success) return { deck: parsed.data.deck };
  const issue = parsed.error.issues[0];
  return {
    error: 'invalid',
    problem: issue ? describeIssue(issue) : { where: '', what: 'other', detail: '' },
  };
}
