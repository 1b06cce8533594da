/**
 * Which storylines a document belongs to, and why, in words an editor can check:
 *
 * - by docket: the document is an entry of a watched docket, or its text cites the docket's
 *   number or the case's name;
 * - by bill: it is an action on a watched bill, or its text cites the bill's number (`S. 367`,
 *   `H.R. 923`) and it is dated within that bill's Congress;
 * - by agency and terms: it is from one of a watch's agencies (as the source names them) and
 *   contains one of the watch's terms, in English or Spanish (and one of its `with` terms, when it
 *   has some). Case, accents and punctuation do not count; terms match whole words.
 */
import { containsPhrase } from './text';
import type { Candidate } from './types';
import {
  BILL_TYPES,
  ordinal,
  parseBillNumber,
  type StorylineWatch,
  type Watch,
  type WatchedBill,
  type WatchedDocket,
} from './watch';

export interface Match {
  storyline: string;
  /** Why, in plain words (`the term "straw purchase" in a document of atf`). */
  why: string;
  /** The words that matched, for the excerpt. */
  phrases: string[];
}

/** A case name without the parties' suffixes (`et al.`, `Inc.`), as documents shorten it. */
export function shortCaseName(name: string): string {
  return name
    .replace(/,?\s+et al\.?$/i, '')
    .replace(/,?\s+(Inc|LLC|Corp|Co)\.?(?=\s|$)/gi, '')
    .trim();
}

/** The years a Congress sits: the 119th, 2025 and 2026. */
const yearsOf = (congress: number) => [1787 + 2 * congress, 1788 + 2 * congress];

const BILL_CITE =
  /(?<![A-Za-z.])(H\.\s?R\.|S\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Con\.\s?Res\.|H\.\s?Res\.|S\.\s?Res\.)\s?(\d{1,5})\b/gi;

/** The bills a text cites, as `type number` (`s 367`). */
export function citedBills(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(BILL_CITE)) {
    const parsed = parseBillNumber(`${m[1] ?? ''} ${m[2] ?? ''}`);
    if (parsed) out.add(`${parsed.type} ${String(parsed.number)}`);
  }
  return out;
}

const docketCited = (text: string, d: WatchedDocket) => {
  const number = d.number.toLowerCase();
  const folded = text.toLowerCase();
  const at = folded.indexOf(number);
  if (at < 0) return false;
  const before = folded[at - 1] ?? ' ';
  const after = folded[at + number.length] ?? ' ';
  return !/[a-z0-9:-]/.test(before) && !/[a-z0-9-]/.test(after);
};

const label = (b: WatchedBill) => `${b.label} (${ordinal(b.congress)} Congress)`;

function storylineMatch(c: Candidate, story: StorylineWatch): Match | null {
  const reasons: string[] = [];
  const phrases: string[] = [];
  for (const d of story.dockets) {
    if (c.docket?.id === d.id) reasons.push(`an entry in the docket ${d.number} (${d.court})`);
    else if (docketCited(c.text, d)) {
      reasons.push(`cites the docket ${d.number} (${d.court})`);
      phrases.push(d.number);
    } else if (d.caseName && containsPhrase(c.text, shortCaseName(d.caseName))) {
      reasons.push(`names the case ${shortCaseName(d.caseName)}`);
      phrases.push(shortCaseName(d.caseName));
    }
  }
  const cited = c.bill ? new Set<string>() : citedBills(c.text);
  const year = Number(c.date.slice(0, 4));
  for (const b of story.bills) {
    if (c.bill?.id === b.id) reasons.push(`an action on ${label(b)}`);
    else if (cited.has(`${b.type} ${String(b.number)}`) && yearsOf(b.congress).includes(year)) {
      reasons.push(`cites ${label(b)}`);
      phrases.push(BILL_TYPES[b.type].cite);
    }
  }
  for (const w of story.watches) {
    const from = w.agencies.filter((a) => c.agencies.includes(a));
    if (from.length === 0) continue;
    const term = w.terms.find((t) => containsPhrase(c.text, t));
    if (!term) continue;
    const along = w.with.length ? w.with.find((t) => containsPhrase(c.text, t)) : '';
    if (along === undefined) continue;
    reasons.push(`the term "${term}"${along ? ` with "${along}"` : ''} in a document of ${from.join(', ')}`);
    phrases.push(term, ...(along ? [along] : []));
  }
  if (reasons.length === 0) return null;
  return { storyline: story.storyline, why: [...new Set(reasons)].join('; '), phrases };
}

/** Every storyline the document matches, with why. */
export function matchCandidate(c: Candidate, watch: Watch): Match[] {
  return watch.storylines.map((story) => storylineMatch(c, story)).filter((m): m is Match => m !== null);
}
