/**
 * The editor's two answers to a lead:
 *
 * - `npm run data:accept <lead>`: a draft event in `content/events/` from the event template
 *   (build/content/scaffold.ts), with the document's date, its source (a new
 *   `content/sources/<id>.yaml` in the source format, or the existing record with the same
 *   address), its identifiers and the storyline filled in, `lead: <id>` saying where it came
 *   from, and `draft: true`. The check refuses a draft, and the summary, verification and the
 *   title's other language are left for the editor, so nothing is published before an editor has
 *   written them and removed `draft: true`.
 * - `npm run data:dismiss -- <lead> --why "…"`: the reason goes into the monitor's memory, the
 *   lead leaves the inbox, and the document never becomes a lead again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parseDocument, stringify } from 'yaml';
import { readFolder } from '../content/read';
import { TEMPLATES } from '../content/scaffold';
import { writeFileAtomic } from './atomic';
import { LeadError, readLead, removeLead, type Lead } from './leads';
import { formatProblem } from '../content/problems';
import { readState, writeState, type MonitorState } from './state';

/** The memory, refusing to go on when its file has a problem (writing it would lose what it holds). */
function memory(root: string, base?: string): MonitorState {
  const { state, problems } = readState(root, base);
  if (problems.length > 0) throw new LeadError(problems.map(formatProblem).join('\n'));
  return state;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A YAML scalar (or flow collection) on one line, quoted when it must be. */
const inline = (value: unknown) => stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();

function replaceLine(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`The event template (build/content/scaffold.ts) has no line ${String(from)}`);
  return text.replace(from, to);
}

/** The source record for the lead's document, in the source format (content/sources/*.yaml). */
export function sourceText(lead: Lead, today: string): string {
  const record = {
    publisher: lead.publisher,
    ...(lead.copy ? { copy: lead.copy } : {}),
    title: lead.title,
    date: lead.date,
    url: lead.url,
    kind: lead.kind,
    language: lead.language,
    ...(lead.excerpt ? { quote: lead.excerpt.replace(/^…|…$/g, '').trim() } : {}),
    added: today,
  };
  return `# Source: ${lead.title.replace(/\s+/g, ' ')}\n# From the monitor's lead ${lead.id}: check the quote against the document.\n${new Document(record).toString({ lineWidth: 0 })}`;
}

interface StorylineInfo {
  stages: string[];
  currentStage?: string;
}

/** The draft event, from the event template with what the lead knows filled in. */
export function draftText(
  lead: Lead,
  o: { today: string; source: string; storyline?: StorylineInfo & { id: string }; actors: string[] },
): string {
  const en = lead.language === 'en' ? lead.title : '';
  const es = lead.language === 'es' ? lead.title : '';
  const category =
    lead.source === 'courtlistener' ? 'litigation' : lead.source === 'congress' ? 'legislation' : 'TODO';
  let text = TEMPLATES.event(o.today);
  text = replaceLine(
    text,
    /^# An event:.*\n# The file name is its id.*\n/m,
    `# A DRAFT event from the monitor's lead ${lead.id} (${lead.source}, ${lead.url}).\n` +
      `# Not published until an editor writes its title and summary in both languages, sets its\n` +
      `# category and verification, checks every field, and removes \`draft: true\`. See content/README.md.\n`,
  );
  text = replaceLine(
    text,
    /^date: TODO.*$/m,
    `date: ${inline(lead.date)} # the document's date: make it the event's`,
  );
  text = replaceLine(
    text,
    /^title:\n {2}en: TODO.*\n {2}es: TODO.*$/m,
    `title: # the document's own title, to rewrite as a short headline in both languages\n  en: ${inline(en)}\n  es: ${inline(es)}`,
  );
  text = replaceLine(
    text,
    /^summary:\n {2}en: TODO.*\n {2}es: TODO.*$/m,
    `summary: # one to three sentences a general reader understands, in both languages\n  en: ""\n  es: ""`,
  );
  text = replaceLine(text, /^category: TODO/m, `category: ${category}`);
  text = replaceLine(text, /^jurisdiction: TODO/m, `jurisdiction: ${lead.source === 'dof' ? 'mx' : 'us'}`);
  text = replaceLine(text, /^actors: \[\]/m, `actors: [${o.actors.join(', ')}]`);
  if (o.storyline) {
    const stage = o.storyline.currentStage ?? 'TODO';
    text = replaceLine(
      text,
      /^# storyline: TODO.*$/m,
      `storyline: ${o.storyline.id} # the storyline the lead matched`,
    );
    text = replaceLine(
      text,
      /^# stage: TODO.*$/m,
      `stage: ${stage} # check it: the storyline's current stage; its stages are ${o.storyline.stages.join(', ')}`,
    );
  }
  text = replaceLine(text, /^sources:.*\n {2}- TODO\n(?: {2}#.*\n)*/m, `sources:\n  - ${o.source}\n`);
  if (lead.identifiers?.length) {
    const block = new Document({ identifiers: lead.identifiers }).toString({ lineWidth: 0 });
    text = replaceLine(text, /^# identifiers:.*\n(?:# {3}- .*\n)*/m, block);
  }
  text = replaceLine(
    text,
    /^added: /m,
    `draft: true # written by npm run data:accept: remove it once the event is reviewed\nlead: ${lead.id}\nadded: `,
  );
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`The draft is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  return text;
}

function storylineInfo(root: string, id: string): StorylineInfo | undefined {
  const path = join(root, 'storylines', `${id}.yaml`);
  if (!existsSync(path)) return undefined;
  const data = parseDocument(readFileSync(path, 'utf8')).toJS() as {
    stages?: { id?: unknown }[];
    status?: { currentStage?: unknown };
  } | null;
  const stages = (data?.stages ?? []).map((s) => s.id).filter((s): s is string => typeof s === 'string');
  const current = data?.status?.currentStage;
  return {
    stages,
    ...(typeof current === 'string' && stages.includes(current) ? { currentStage: current } : {}),
  };
}

export interface AcceptOptions {
  today?: string;
  /** The new event's id (default: the lead's). */
  id?: string;
  /** The storyline, when the lead matched more than one (default: the first it matched). */
  storyline?: string;
  base?: string;
}

export interface Accepted {
  lead: string;
  event: string;
  eventFile: string;
  source: string;
  sourceFile: string;
  /** The document had a source record already (by its address): that one is cited. */
  reusedSource: boolean;
  storyline?: string;
}

/** `npm run data:accept <lead>`: the draft event and its source; the lead leaves the inbox. */
export function acceptLead(root: string, ref: string, options: AcceptOptions = {}): Accepted {
  const today = options.today ?? todayUtc();
  const lead = readLead(root, ref, options.base);
  const event = options.id ?? lead.id;
  if (!SLUG.test(event))
    throw new LeadError(`"${event}" is not an id: use lower-case words joined by hyphens`);
  const eventFile = join(root, 'events', `${event}.yaml`);
  if (existsSync(eventFile))
    throw new LeadError(`${eventFile} exists already: give the draft another id with --id`);
  const storylineId = options.storyline ?? lead.storylines[0];
  const storyline = storylineId ? storylineInfo(root, storylineId) : undefined;
  if (storylineId && !storyline)
    throw new LeadError(
      `"${storylineId}" is not a storyline: there is no content/storylines/${storylineId}.yaml`,
    );

  // The document may be a source already (same address): cite that record, never a second copy.
  const sources = readFolder(root, 'sources', options.base ?? process.cwd()).files;
  const existing = sources.find((f) => (f.data as { url?: unknown } | null)?.url === lead.url);
  let source = existing?.id ?? lead.id;
  for (let n = 2; !existing && existsSync(join(root, 'sources', `${source}.yaml`)); n++)
    source = `${lead.id}-${String(n)}`;
  const sourceFile = join(root, 'sources', `${source}.yaml`);
  const actorIds = new Set(readFolder(root, 'actors', options.base ?? process.cwd()).ids);
  const text = draftText(lead, {
    today,
    source,
    ...(storyline && storylineId ? { storyline: { id: storylineId, ...storyline } } : {}),
    actors: (lead.agencies ?? []).filter((a) => actorIds.has(a)),
  });

  const state = memory(root, options.base);
  if (!existing) writeFileAtomic(sourceFile, sourceText(lead, today));
  writeFileAtomic(eventFile, text);
  const entry = state.seen[lead.document];
  state.seen[lead.document] = {
    lead: lead.id,
    found: entry?.found ?? lead.found.slice(0, 10),
    status: 'accepted',
    decided: today,
    event,
  };
  writeState(root, state);
  removeLead(root, lead.id);
  return {
    lead: lead.id,
    event,
    eventFile,
    source,
    sourceFile,
    reusedSource: !!existing,
    ...(storylineId ? { storyline: storylineId } : {}),
  };
}

/** `npm run data:dismiss -- <lead> --why "…"`: remembered with its reason; the lead leaves the inbox. */
export function dismissLead(
  root: string,
  ref: string,
  why: string,
  options: { today?: string; base?: string } = {},
): Lead {
  if (why.trim() === '')
    throw new LeadError('Say why the lead is not taken: --why "…" (it is kept in the monitor’s memory)');
  const today = options.today ?? todayUtc();
  const lead = readLead(root, ref, options.base);
  const state = memory(root, options.base);
  const entry = state.seen[lead.document];
  state.seen[lead.document] = {
    lead: lead.id,
    found: entry?.found ?? lead.found.slice(0, 10),
    status: 'dismissed',
    decided: today,
    why: why.trim(),
  };
  writeState(root, state);
  removeLead(root, lead.id);
  return lead;
}
