import type { z } from '@/lib/zod';
import type { identifier } from '../content/schema';
import type { HttpClient } from './http';
import type { SourceId } from './ids';
import type { Watch, WatchedBill, WatchedDocket } from './watch';

/** An identifier in the content's format (`{ kind: bill, congress: 119, number: S. 367 }`). */
export type ContentIdentifier = z.output<typeof identifier>;

/** A document an adapter found: what a lead is made of, before it is matched to storylines. */
export interface Candidate {
  source: SourceId;
  /** Unique among all documents of all sources: `<source>:<the source's own id>`. */
  key: string;
  /** A short id, lower-case words joined by hyphens, unique among the source's documents. */
  name: string;
  /** The official page of the document (https). */
  url: string;
  /** The document's own title, as published. */
  title: string;
  /** Its date (YYYY-MM-DD): publication, filing or action. */
  date: string;
  language: 'en' | 'es';
  publisher: string | { en: string; es: string };
  /** When the page is a copy (CourtListener's of the court's docket): the site it is on. */
  copyAt?: string;
  kind: 'government' | 'court' | 'legislative';
  /** The agencies (actor ids of the watch file's `agencies`) the document is from. */
  agencies: string[];
  /** What terms, docket numbers, case names and bill numbers are looked for in. */
  text: string;
  /** The text an excerpt is taken from (default: `text`). */
  body?: string;
  /** The docket or bill the adapter asked about, when it asked about one. */
  docket?: WatchedDocket;
  bill?: WatchedBill;
  identifiers: ContentIdentifier[];
  /** More of the document for the excerpt, fetched only for a document that matched. */
  more?: () => Promise<string>;
}

/** What an adapter is given for one run. */
export interface AdapterContext {
  watch: Watch;
  http: HttpClient;
  /** The key or token from the environment, for a source that needs one. */
  secret: string | undefined;
  /** Today (YYYY-MM-DD, UTC). */
  today: string;
  /** The earliest date to ask about for a query (its last full answer, less a day; or the first-run window). */
  since: (query: string) => string;
  /** Every request of this query was answered: it counts as checked. */
  covered: (query: string) => void;
  /** A query that failed; the run goes on with the others. */
  error: (message: string) => void;
  /** A record the adapter could not read (a changed field): it is skipped and reported. */
  skip: (record: string, reason: string) => void;
  note: (message: string) => void;
}

export interface Adapter {
  id: SourceId;
  name: string;
  /** The documentation page the adapter follows. */
  docs: string;
  /** The environment variable holding its key, when it needs one, and where to get one. */
  secret?: { env: string; what: string };
  /** The queries it makes for this watch list (their keys in the monitor's memory). */
  queries: (watch: Watch) => string[];
  run: (ctx: AdapterContext) => Promise<Candidate[]>;
}
