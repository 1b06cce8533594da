/**
 * Content files → the published contract. Each record is one YAML file (content/<kind>/<id>.yaml,
 * the format in schema.ts); the compiler checks each file, then the records together (ids,
 * references, stage order, releases), turns them into the contract's resources, and checks those
 * with the app's own schemas (src/data/registry.ts). It reports every problem it finds, each with
 * its file, line and field, and publishes nothing if there is one.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from '@/lib/zod';
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from '@/data/resources';
import { validateResource } from '@/data/registry';
import type { PolicyEvent } from '@/data/events/contract';
import type { Storyline } from '@/data/storylines/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import type { DatasetMeta } from '@/data/meta/contract';
import { startOf } from '@/lib/format';
import { CODEBOOK_SECTIONS } from '@/data/codebook/contract';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import { STORYLINE_STATUSES } from '@/data/storylines/values';
import { VERIFICATIONS } from '@/data/schema';
import { problemsOf, type KnownKeys } from './issues';
import { fieldPath, type ContentProblem } from './problems';
import { parseContent, readFolder, type ContentFile } from './read';
import {
  actorContent,
  datasetContent,
  deckContent,
  eventContent,
  glossaryContent,
  metricContent,
  releasesContent,
  codebookContent,
  sourceContent,
  storylineContent,
  type EventContent,
  type MetricContent,
  type StorylineContent,
} from './schema';
import { deriveChangelog, type Release } from './changelog';
import { monitorDates } from '../monitor/checked';

/** The folders of a content root, by record kind. */
export const FOLDERS = {
  events: 'events',
  storylines: 'storylines',
  metrics: 'metrics',
  sources: 'sources',
  actors: 'actors',
  glossary: 'glossary',
  decks: 'decks',
} as const;
export type Kind = keyof typeof FOLDERS;

interface Parsed<T> {
  id: string;
  value: T;
  content: ContentFile;
}

/** The compiled dataset: each resource's `data`, as the contract publishes it. */
export type CompiledData = Record<ResourceName, unknown>;

export interface Compiled {
  data: CompiledData | null;
  problems: ContentProblem[];
}

/** Top-level field names of a strict schema, for "did you mean" hints. */
function keysOf(schema: z.ZodMiniType): KnownKeys {
  return (path) => {
    let node: unknown = schema;
    for (const key of path) {
      const def = (
        node as {
          _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } };
        }
      )._zod?.def;
      node = typeof key === 'number' ? def?.element : (def?.shape?.[String(key)] ?? def?.innerType);
      const inner = (node as { _zod?: { def?: { innerType?: unknown } } } | undefined)?._zod?.def?.innerType;
      if (inner) node = inner;
    }
    const shape = (node as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def
      ?.shape;
    return shape ? Object.keys(shape) : [];
  };
}

function check<T>(files: ContentFile[], schema: z.ZodMiniType<T>, problems: ContentProblem[]): Parsed<T>[] {
  const known = keysOf(schema);
  const out: Parsed<T>[] = [];
  for (const content of files) {
    const result = schema.safeParse(content.data, { reportInput: true });
    if (result.success) out.push({ id: content.id, value: result.data, content });
    else problems.push(...problemsOf(content, result.error.issues, known));
  }
  return out;
}

function readSingle(
  root: string,
  name: string,
  base: string,
  problems: ContentProblem[],
): ContentFile | null {
  const path = join(root, name);
  const file = relative(base, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, message: 'is missing' });
    return null;
  }
  const parsed = parseContent(text, file, name);
  problems.push(...parsed.problems);
  return parsed.content ?? null;
}

const citationId = (c: string | { id: string }) => (typeof c === 'string' ? c : c.id);
const lastOf = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);

/** Storylines, panels and decks in the order editors give them (`order`), then by id. */
function inOrder<T extends { id: string; value: { order?: number } }>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) => (a.value.order ?? Infinity) - (b.value.order ?? Infinity) || a.id.localeCompare(b.id),
  );
}

/** The day a record last changed: its addition, or its latest change or correction. */
function updatedOf(record: {
  added: string;
  changes?: { date: string }[];
  corrections?: { date: string }[];
}): string {
  return (
    lastOf([
      record.added,
      ...(record.changes ?? []).map((c) => c.date),
      ...(record.corrections ?? []).map((c) => c.date),
    ]) ?? record.added
  );
}

function eventDate(date: EventContent['date']): PolicyEvent['date'] {
  if (typeof date === 'string') {
    const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
    return { precision, start: date };
  }
  if ('fiscalYear' in date)
    return {
      precision: 'fiscal-year',
      start: `${String(date.fiscalYear - 1)}-10-01`,
      end: `${String(date.fiscalYear)}-09-30`,
      fiscalYear: date.fiscalYear,
    };
  const precision = date.start.length === 10 ? 'day' : date.start.length === 7 ? 'month' : 'year';
  return { precision, start: date.start, ...(date.end ? { end: date.end } : {}) };
}

/**
 * Compiles the content under `root` (a folder with events/, storylines/, … dataset.yaml and
 * releases.yaml). `base` is the folder file names in messages are relative to.
 */
export function compileContent(root: string, base = process.cwd()): Compiled {
  const problems: ContentProblem[] = [];
  const folders = Object.fromEntries(
    (Object.keys(FOLDERS) as Kind[]).map((kind) => {
      const read = readFolder(root, FOLDERS[kind], base);
      problems.push(...read.problems);
      return [kind, read];
    }),
  ) as Record<Kind, ReturnType<typeof readFolder>>;
  const files = Object.fromEntries(
    Object.entries(folders).map(([kind, read]) => [kind, read.files]),
  ) as Record<Kind, ContentFile[]>;
  const events = check(files.events, eventContent, problems);
  const storylines = check(files.storylines, storylineContent, problems);
  const metrics = check(files.metrics, metricContent, problems);
  const sources = check(files.sources, sourceContent, problems);
  const actors = check(files.actors, actorContent, problems);
  const glossary = check(files.glossary, glossaryContent, problems);
  const decks = check(files.decks, deckContent, problems);
  const datasetFile = readSingle(root, 'dataset.yaml', base, problems);
  const releasesFile = readSingle(root, 'releases.yaml', base, problems);
  const codebookFile = readSingle(root, 'codebook.yaml', base, problems);
  const [codebook] = codebookFile ? check([codebookFile], codebookContent, problems) : [];
  const [dataset] = datasetFile ? check([datasetFile], datasetContent, problems) : [];
  const [releasesParsed] = releasesFile ? check([releasesFile], releasesContent, problems) : [];

  // A record whose own file has a problem still exists: references to it are not problems too.
  const fileIds = (kind: Kind) => new Set(folders[kind].ids);
  const ids = {
    events: fileIds('events'),
    storylines: new Map(storylines.map((s) => [s.id, s])),
    storylineFiles: fileIds('storylines'),
    metrics: fileIds('metrics'),
    sources: fileIds('sources'),
    actors: fileIds('actors'),
  };
  const at = (content: ContentFile, path: PropertyKey[], message: string) =>
    problems.push({ file: content.file, line: content.lineOf(path), field: fieldPath(path), message });
  const known = (
    set: { has: (id: string) => boolean },
    kind: string,
    content: ContentFile,
    path: PropertyKey[],
    id: string,
  ) => {
    if (!set.has(id))
      at(
        content,
        path,
        `"${id}" is not a ${kind}: there is no content/${kind === 'source' ? 'sources' : `${kind}s`}/${id}.yaml`,
      );
  };

  // Records together: every reference resolves.
  for (const { value: e, content, id } of events) {
    e.actors.forEach((a, i) => {
      known(ids.actors, 'actor', content, ['actors', i], a);
    });
    e.sources.forEach((s, i) => {
      known(ids.sources, 'source', content, ['sources', i], citationId(s));
    });
    e.related?.events?.forEach((r, i) => {
      if (r === id) at(content, ['related', 'events', i], 'an event cannot be related to itself');
      else known(ids.events, 'event', content, ['related', 'events', i], r);
    });
    e.related?.metrics?.forEach((r, i) => {
      known(ids.metrics, 'metric', content, ['related', 'metrics', i], r);
    });
    if (e.storyline) {
      const story = ids.storylines.get(e.storyline);
      if (!story) known(ids.storylineFiles, 'storyline', content, ['storyline'], e.storyline);
      else if (!e.stage)
        at(content, ['storyline'], 'an event in a storyline needs its stage (one of its stages’ ids)');
      else if (!story.value.stages.some((s) => s.id === e.stage))
        at(
          content,
          ['stage'],
          `"${e.stage}" is not a stage of ${e.storyline}: its stages are ${story.value.stages.map((s) => s.id).join(', ')}`,
        );
    } else if (e.stage) at(content, ['stage'], 'a stage needs its storyline');
  }
  // A draft (npm run data:accept) is never published, and says so even while its placeholders
  // (an empty summary, `verification: TODO`) are still problems of their own.
  for (const content of files.events)
    if ((content.data as { draft?: unknown } | null)?.draft === true)
      at(
        content,
        ['draft'],
        'is a draft: write its summary in both languages, set its verification, then remove `draft: true`',
      );
  for (const { value: s, content } of storylines) {
    const stageIds = s.stages.map((st) => st.id);
    s.stages.forEach((st, i) => {
      if (stageIds.indexOf(st.id) !== i)
        at(content, ['stages', i, 'id'], `the stage "${st.id}" is listed twice`);
    });
    if (s.status.currentStage && !stageIds.includes(s.status.currentStage))
      at(content, ['status', 'currentStage'], `"${s.status.currentStage}" is not one of its stages`);
    s.status.sources?.forEach((c, i) => {
      known(ids.sources, 'source', content, ['status', 'sources', i], citationId(c));
    });
    s.venues?.forEach((v, i) => {
      known(ids.actors, 'actor', content, ['venues', i, 'actor'], v.actor);
    });
  }
  // Each headline card is fed by one panel, from a series of its figures.
  const cards = new Map<string, string>();
  for (const { id, value: m, content } of metrics) {
    const h = m.headline;
    if (!h) continue;
    const other = cards.get(h.card);
    if (other) at(content, ['headline', 'card'], `the card "${h.card}" is already fed by ${other}`);
    cards.set(h.card, id);
    if (h.card !== 'estimates' && h.series === undefined)
      at(content, ['headline'], `needs a series: the card "${h.card}" shows the latest figure of one`);
    if (h.series !== undefined && !m.observations.some((o) => o.series === h.series))
      at(content, ['headline', 'series'], `no figure of this panel is in the series "${h.series}"`);
  }
  for (const { value: m, content } of metrics) {
    m.defaultEventStorylines?.forEach((s, i) => {
      known(ids.storylineFiles, 'storyline', content, ['defaultEventStorylines', i], s);
    });
    const seen = new Set<string>();
    const declared = m.series?.map((s) => s.id);
    m.observations.forEach((o, i) => {
      if (declared && !declared.includes(o.series))
        at(
          content,
          ['observations', i, 'series'],
          `"${o.series}" is not one of the panel's series: ${declared.join(', ')}`,
        );
      if (o.unitLabel === undefined && m.unit === 'count')
        at(
          content,
          ['observations', i],
          'needs a unitLabel: the panel counts different things, so each figure says what it counts',
        );
      if (seen.has(o.id)) at(content, ['observations', i, 'id'], `the figure "${o.id}" is listed twice`);
      seen.add(o.id);
      o.sources.forEach((s, j) => {
        known(ids.sources, 'source', content, ['observations', i, 'sources', j], citationId(s));
      });
    });
  }
  // The codebook explains every value of every closed list, with examples that exist.
  if (codebook) {
    const lists: Record<(typeof CODEBOOK_SECTIONS)[number], readonly string[]> = {
      category: CATEGORIES,
      jurisdiction: JURISDICTIONS,
      verification: VERIFICATIONS,
      status: STORYLINE_STATUSES,
    };
    for (const id of CODEBOOK_SECTIONS)
      if (!codebook.value.sections.some((s) => s.id === id))
        at(codebook.content, ['sections'], `has no "${id}" section`);
    codebook.value.sections.forEach((section, i) => {
      const values = section.entries.map((e) => e.value);
      for (const value of lists[section.id])
        if (!values.includes(value))
          at(codebook.content, ['sections', i, 'entries'], `does not explain "${value}"`);
      section.entries.forEach((entry, j) => {
        if (!lists[section.id].includes(entry.value))
          at(
            codebook.content,
            ['sections', i, 'entries', j, 'value'],
            `"${entry.value}" is not one of: ${lists[section.id].join(', ')}`,
          );
        entry.examples?.forEach((e, k) => {
          known(ids.events, 'event', codebook.content, ['sections', i, 'entries', j, 'examples', k], e);
        });
      });
    });
  }

  const byUrl = new Map<string, string>();
  for (const { id, value: src, content } of sources) {
    const other = byUrl.get(src.url);
    if (other)
      at(content, ['url'], `is the address of ${other} too: cite that source instead of a second copy`);
    else byUrl.set(src.url, id);
  }
  for (const { value: d, content } of decks) {
    const seen = new Set<string>();
    d.events.forEach((e, i) => {
      if (seen.has(e)) at(content, ['events', i], `"${e}" is in the deck twice`);
      seen.add(e);
      known(ids.events, 'event', content, ['events', i], e);
    });
    for (const id of Object.keys(d.notes ?? {}))
      if (!seen.has(id))
        at(
          content,
          ['notes', id],
          `"${id}" is not one of this deck's events: a note goes with an event of the deck`,
        );
  }

  // Storyline stages follow each other in time: each stage's first event is no earlier than the
  // previous stage's first event.
  const byStage = new Map<string, { start: string; id: string }[]>();
  for (const { id, value: e } of events)
    if (e.storyline && e.stage) {
      const key = `${e.storyline}/${e.stage}`;
      byStage.set(key, [...(byStage.get(key) ?? []), { start: eventDate(e.date).start, id }]);
    }
  for (const { id, value: s, content } of storylines) {
    let previous: { stage: string; start: string; event: string } | null = null;
    s.stages.forEach((stage, i) => {
      const first = (byStage.get(`${id}/${stage.id}`) ?? []).sort(
        (a, b) => startOf(a.start) - startOf(b.start),
      )[0];
      if (!first) return;
      if (previous && startOf(first.start) < startOf(previous.start))
        at(
          content,
          ['stages', i, 'id'],
          `stages are out of date order: "${stage.id}" begins with ${first.id} (${first.start}), before "${previous.stage}" (${previous.event}, ${previous.start})`,
        );
      previous = { stage: stage.id, start: first.start, event: first.id };
    });
  }

  // Spanish that is the English again is a translation left undone.
  const untranslated = (content: ContentFile, path: PropertyKey[], text: { en: string; es: string }) => {
    if (text.en.length > 40 && text.en.trim() === text.es.trim())
      at(content, [...path, 'es'], 'is the English text again: translate it');
  };
  for (const { value: e, content } of events) {
    untranslated(content, ['title'], e.title);
    untranslated(content, ['summary'], e.summary);
    e.notes?.forEach((n, i) => {
      untranslated(content, ['notes', i], n);
    });
  }
  for (const { value: s, content } of storylines) {
    untranslated(content, ['whyItMatters'], s.whyItMatters);
    untranslated(content, ['status', 'text'], s.status.text);
    s.stages.forEach((st, i) => {
      untranslated(content, ['stages', i, 'explanation'], st.explanation);
    });
  }

  // Releases: in order, and covering every change to a record.
  const releases: Release[] = releasesParsed?.value ?? [];
  if (releasesParsed) {
    releases.forEach((r, i) => {
      const before = releases[i - 1];
      if (before && r.date.slice(0, 10) <= before.date.slice(0, 10))
        at(
          releasesParsed.content,
          [i, 'date'],
          `releases go oldest first, one a day: ${r.version} is not after ${before.version}`,
        );
    });
    // The latest release by date (even when the list is out of order, which is reported above).
    const latest = [...releases].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    const dated: [ContentFile, string][] = [...events, ...storylines, ...metrics].map((p) => [
      p.content,
      updatedOf(p.value),
    ]);
    if (latest)
      for (const [content, updated] of dated)
        if (updated > latest.date.slice(0, 10))
          at(
            content,
            ['added'],
            `changed on ${updated}, after the latest release (${latest.version}, ${latest.date.slice(0, 10)}): add a release to content/releases.yaml`,
          );
  }

  // The monitor's watch file and memory (content/monitor/): checked like the rest, and when each
  // watched storyline's official sources were last checked.
  const monitorChecked = monitorDates(
    root,
    base,
    { events, storylines: ids.storylineFiles, actors: ids.actors },
    problems,
  );

  if (problems.length > 0 || !dataset || !codebook || releases.length === 0) return { data: null, problems };

  // The contract's resources.
  const quotesOf = (citations: (string | { id: string; quote: string })[]) => {
    const entries = citations
      .filter((c): c is { id: string; quote: string } => typeof c !== 'string')
      .map((c) => [c.id, c.quote]);
    return entries.length > 0 ? { quotes: Object.fromEntries(entries) as Record<string, string> } : {};
  };
  const contractEvents: PolicyEvent[] = events
    .map(({ id, value: e }) => ({
      id,
      date: eventDate(e.date),
      title: e.title,
      summary: e.summary,
      category: e.category,
      actors: e.actors,
      jurisdiction: e.jurisdiction,
      storyline: e.storyline ?? null,
      stage: e.stage ?? null,
      sources: e.sources.map(citationId),
      ...quotesOf(e.sources),
      relatedEvents: e.related?.events ?? [],
      relatedMetrics: e.related?.metrics ?? [],
      verification: e.verification,
      ...(e.context ? { context: true } : {}),
      notes: e.notes ?? [],
      ...(e.identifiers?.length ? { identifiers: e.identifiers } : {}),
      ...(e.corrections?.length ? { corrections: e.corrections } : {}),
      added: e.added,
      updated: updatedOf(e),
      ...(e.factRef ? { factRef: e.factRef } : {}),
      ...(e.lead ? { lead: e.lead } : {}),
    }))
    .sort((a, b) => startOf(a.date.start) - startOf(b.date.start) || a.id.localeCompare(b.id));
  const contractStorylines: Storyline[] = inOrder(storylines).map(({ id, value: s }) => ({
    id,
    title: s.title,
    whyItMatters: s.whyItMatters,
    status: {
      kind: s.status.kind,
      text: s.status.text,
      currentStage: s.status.currentStage ?? null,
      ...(s.status.sources?.length ? { sources: s.status.sources.map(citationId) } : {}),
    },
    statusAsOf: s.status.asOf,
    lastChecked: s.lastChecked,
    ...(monitorChecked.has(id) ? { monitorChecked: monitorChecked.get(id) } : {}),
    stages: s.stages.map((st) => ({
      ...st,
      events: contractEvents.filter((e) => e.storyline === id && e.stage === st.id).map((e) => e.id),
    })),
    venues: s.venues ?? [],
  }));
  const contractMetrics: Metric[] = inOrder(metrics).map(({ id, value: m }) => ({
    id,
    title: m.title,
    description: m.description,
    unit: m.unit,
    timeBased: m.timeBased,
    caveats: m.caveats,
    defaultEventStorylines: m.defaultEventStorylines ?? [],
    updated: updatedOf(m),
    observations: m.observations.map((o) => ({ ...o, sources: o.sources.map(citationId) })),
    ...(m.chart ? { chart: m.chart } : {}),
    ...(m.headline ? { headline: m.headline } : {}),
    ...(m.series?.length ? { series: m.series } : {}),
    ...(m.methodNotes?.length ? { methodNotes: m.methodNotes } : {}),
    ...(m.corrections?.length ? { corrections: m.corrections } : {}),
  }));
  const contractSources: Source[] = sources.map(({ id, value: s }) => {
    const publisher = typeof s.publisher === 'string' ? { en: s.publisher, es: s.publisher } : s.publisher;
    const label = s.copy
      ? { en: `${publisher.en} (copy on ${s.copy.at})`, es: `${publisher.es} (copia en ${s.copy.at})` }
      : publisher;
    return {
      id,
      publisher: label.en,
      ...(label.en !== label.es ? { publisherLabel: label } : {}),
      ...(s.copy ? { copy: s.copy } : {}),
      // A document whose title was never recorded is cited by a description in square brackets.
      title: s.title ?? `[${s.untitled?.en ?? ''}]`,
      ...(s.untitled ? { untitled: s.untitled } : {}),
      date: s.date,
      url: s.url,
      kind: s.kind,
      language: s.language,
      ...(s.quote ? { quote: s.quote } : {}),
    };
  });
  const changelog = deriveChangelog(releases, {
    event: events.map(({ id, value }) => ({ id, value, when: eventDate(value.date).start })),
    storyline: storylines,
    metric: metrics,
  });
  const latest = releases.at(-1) as Release;
  const meta: DatasetMeta = {
    datasetVersion: latest.version,
    lastUpdated: latest.date.length === 10 ? `${latest.date}T00:00:00Z` : latest.date,
    factSheetCompiled: dataset.value.factSheetCompiled,
    license: dataset.value.license,
    changelog,
  };
  const data: CompiledData = {
    meta,
    events: contractEvents,
    storylines: contractStorylines,
    metrics: contractMetrics,
    sources: contractSources,
    actors: actors.map(({ id, value }) => ({ id, ...value })),
    glossary: glossary.map(({ id, value: g }) => ({
      id,
      term: g.term,
      aliases: { en: g.aliases?.en ?? [], es: g.aliases?.es ?? [] },
      definition: g.definition,
    })),
    decks: inOrder(decks).map(({ id, value: { order: _, ...deck } }) => ({ id, ...deck })),
    codebook: {
      intro: codebook.value.intro,
      sections: codebook.value.sections.map((s) => ({
        ...s,
        entries: s.entries.map((e) => ({ ...e, examples: e.examples ?? [] })),
      })),
    },
  };

  // The contract's own schemas, as the app will check it: a safety net for the compiler itself.
  for (const name of RESOURCE_NAMES) {
    const result = validateResource(name, JSON.stringify({ apiVersion: 1, data: data[name] }));
    if (!result.ok)
      problems.push({
        file: RESOURCES[name].file,
        field: result.detail.path,
        message: `the compiled ${RESOURCES[name].file} breaks the contract: ${result.detail.reason ?? result.kind}`,
      });
    else if (RESOURCES[name].shape === 'collection')
      for (const s of (result.value as { skipped: { id?: string; path: string; message: string }[] }).skipped)
        problems.push({
          file: `content/${name}/${s.id ?? '?'}.yaml`,
          field: s.path,
          message: `breaks the contract: ${s.message}`,
        });
  }
  return problems.length > 0 ? { data: null, problems } : { data, problems };
}

export type { EventContent, MetricContent, StorylineContent };
