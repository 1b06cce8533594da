/**
 * The spreadsheet round trip: every event (and every metric figure) as a CSV file an editor can
 * open in Excel, LibreOffice or Google Sheets, and the edited file read back into the content
 * files, with a preview of each change and nothing written if any record would be invalid.
 * Files carry a byte-order mark (Excel reads them as UTF-8) and cells a spreadsheet would run as
 * formulas are neutralised on the way out (src/lib/csv.ts) and restored on the way in.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isSeq, parseDocument, type Document } from 'yaml';
import { toCsv } from '@/lib/csv';
import { compileContent } from './compile';
import { formatProblem, type ContentProblem } from './problems';
import { readFolder } from './read';

const LIST = '; ';
const list = (values: readonly string[] | undefined) => (values ?? []).join(LIST);
const split = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** One column: its header, how to read it from a record, and where it goes in the YAML file. */
interface Column {
  header: string;
  get: (record: Record<string, unknown>) => string;
  /** The YAML path it is written to, and the value from the cell (undefined removes the field). */
  set: (cell: string) => [path: (string | number)[], value: unknown];
}

const text = (path: string[]): Column => ({
  header: path.join('_'),
  get: (r) => {
    const value = dig(r, path);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  },
  set: (cell) => [path, cell === '' ? undefined : cell],
});
const ids = (header: string, path: string[]): Column => ({
  header,
  get: (r) => list(dig(r, path) as string[] | undefined),
  set: (cell) => [path, split(cell)],
});
const number = (path: string[]): Column => ({
  header: path.join('_'),
  get: (r) => (dig(r, path) === undefined ? '' : String(dig(r, path))),
  set: (cell) => [path, cell === '' ? undefined : Number(cell)],
});

/** Compares cell values with YAML values, where a bare year or number may be read as a number. */
function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    typeof v === 'number'
      ? String(v)
      : Array.isArray(v)
        ? v.map(norm)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
          : (v ?? null);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function dig(record: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    record,
  );
}

const eventDateColumns: Column[] = [
  {
    header: 'date',
    get: (r) => {
      const d = r.date as string | { start?: string; fiscalYear?: number };
      return typeof d === 'object' ? (d.start ?? '') : d;
    },
    set: () => [[], undefined], // written with date_end and fiscal_year below
  },
  {
    header: 'date_end',
    get: (r) => (r.date as { end?: string }).end ?? '',
    set: () => [[], undefined],
  },
  {
    header: 'fiscal_year',
    get: (r) => String((r.date as { fiscalYear?: number }).fiscalYear ?? ''),
    set: () => [[], undefined],
  },
];

export const EVENT_COLUMNS: Column[] = [
  ...eventDateColumns,
  text(['title', 'en']),
  text(['title', 'es']),
  text(['summary', 'en']),
  text(['summary', 'es']),
  text(['category']),
  text(['jurisdiction']),
  ids('actors', ['actors']),
  text(['storyline']),
  text(['stage']),
  text(['verification']),
  {
    header: 'sources',
    get: (r) =>
      list((r.sources as (string | { id: string })[]).map((s) => (typeof s === 'string' ? s : s.id))),
    set: (cell) => [['sources'], split(cell)],
  },
  ids('related_events', ['related', 'events']),
  ids('related_metrics', ['related', 'metrics']),
  text(['added']),
];

export const OBSERVATION_COLUMNS: Column[] = [
  text(['series']),
  text(['period', 'start']),
  text(['period', 'end']),
  text(['period', 'label', 'en']),
  text(['period', 'label', 'es']),
  number(['value']),
  number(['low']),
  number(['high']),
  text(['qualifier']),
  text(['estimator', 'en']),
  text(['estimator', 'es']),
  text(['published']),
  text(['verification']),
  text(['disputeGroup']),
  ids('sources', ['sources']),
  text(['note', 'en']),
  text(['note', 'es']),
];

/** `events.csv` and `observations.csv` of the content under `root`. */
export function exportSpreadsheets(root: string): { events: string; observations: string } {
  const events = readFolder(root, 'events', root).files;
  const metrics = readFolder(root, 'metrics', root).files;
  const eventRows = events.map((f) => [
    f.id,
    ...EVENT_COLUMNS.map((c) => c.get(f.data as Record<string, unknown>)),
  ]);
  const observationRows = metrics.flatMap((f) =>
    ((f.data as { observations?: Record<string, unknown>[] }).observations ?? []).map((o) => [
      f.id,
      String(o.id),
      ...OBSERVATION_COLUMNS.map((c) => c.get(o)),
    ]),
  );
  return {
    events: toCsv(['id', ...EVENT_COLUMNS.map((c) => c.header)], eventRows),
    observations: toCsv(['metric', 'id', ...OBSERVATION_COLUMNS.map((c) => c.header)], observationRows),
  };
}

/** One change the import would make. */
export interface PlannedChange {
  file: string;
  record: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface ImportResult {
  changes: PlannedChange[];
  created: string[];
  /** What stops the import: nothing is written when there is any. */
  problems: string[];
  /** What the editor should know but does not stop it (a release to add). */
  notes: string[];
}

/** A CSV cell as the spreadsheet gave it, with the formula guard of the export taken off. */
const unguard = (cell: string) => (/^'[=+\-@\t\r\0]/.test(cell) ? cell.slice(1) : cell);

function readCsv(bytes: Uint8Array, file: string): { rows: Record<string, string>[]; problems: string[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      rows: [],
      problems: [
        `${file}: is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)"; in LibreOffice, choose the UTF-8 character set.`,
      ],
    };
  }
  try {
    const rows = parse<Record<string, string>>(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: false,
    });
    return {
      rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unguard(v)]))),
      problems: [],
    };
  } catch (error) {
    return { rows: [], problems: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function setPath(doc: Document, path: (string | number)[], value: unknown): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0 && path.join('.') !== 'actors')) {
    if (doc.hasIn(path)) doc.deleteIn(path);
  } else doc.setIn(path, value);
}

/**
 * Plans (and with `write`, applies) an edited `events.csv` or `observations.csv` to the content
 * under `root`. Rows for records that exist update the fields that differ; rows with a new id add
 * a record. Each changed record gets a `changes` entry dated `day`. Every changed file is checked
 * with the rest of the content before anything is written.
 */
export function importSpreadsheet(
  root: string,
  csvFile: string,
  { write = false, day = new Date().toISOString().slice(0, 10) } = {},
): ImportResult {
  const { rows, problems: csvProblems } = readCsv(readFileSync(csvFile), csvFile);
  const result: ImportResult = { changes: [], created: [], problems: [...csvProblems], notes: [] };
  if (rows.length === 0 && csvProblems.length === 0) result.problems.push(`${csvFile}: has no rows`);
  if (result.problems.length > 0) return result;
  const header = Object.keys(rows[0] ?? {});
  const kind = header[0] === 'metric' ? 'observations' : header[0] === 'id' ? 'events' : null;
  const columns = kind === 'observations' ? OBSERVATION_COLUMNS : EVENT_COLUMNS;
  const missing = kind ? columns.map((c) => c.header).filter((h) => !header.includes(h)) : [];
  if (!kind || missing.length > 0) {
    result.problems.push(
      `${csvFile}: is not an events.csv or observations.csv from npm run data:export${missing.length ? ` (missing columns: ${missing.join(', ')})` : ''}`,
    );
    return result;
  }

  const docs = new Map<string, Document>();
  const docOf = (file: string, create: () => string) => {
    let doc = docs.get(file);
    if (!doc) {
      const path = join(root, file);
      doc = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : create());
      docs.set(file, doc);
    }
    return doc;
  };
  const touched = new Set<string>();
  const rowOf = new Map<string, number>();

  rows.forEach((row, index) => {
    const line = index + 2;
    if (kind === 'events') {
      const id = row.id ?? '';
      const file = `events/${id}.yaml`;
      rowOf.set(file, line);
      const isNew = !existsSync(join(root, file));
      if (isNew) result.created.push(file);
      const doc = docOf(file, () => '{}\n');
      const before = doc.toJS() as Record<string, unknown>;
      const date = row.fiscal_year
        ? { fiscalYear: Number(row.fiscal_year) }
        : row.date_end
          ? { start: row.date, end: row.date_end }
          : row.date;
      const writes: [(string | number)[], unknown][] = [[['date'], date]];
      for (const c of columns.slice(eventDateColumns.length)) writes.push(c.set(row[c.header] ?? ''));
      // A source written with its own quote keeps it while its id stays.
      const quotes = new Map(
        ((before.sources as (string | { id: string; quote: string })[] | undefined) ?? [])
          .filter((s): s is { id: string; quote: string } => typeof s !== 'string')
          .map((s) => [s.id, s]),
      );
      for (const w of writes)
        if (w[0].join('.') === 'sources') w[1] = (w[1] as string[]).map((s) => quotes.get(s) ?? s);
      for (const [path, value] of writes) {
        const from = dig(before, path);
        if (same(from, value)) continue;
        if (from === undefined && Array.isArray(value) && value.length === 0) continue;
        result.changes.push({ file: `content/${file}`, record: id, field: path.join('.'), from, to: value });
        setPath(doc, path, value);
        touched.add(file);
      }
    } else {
      const metric = row.metric ?? '';
      const file = `metrics/${metric}.yaml`;
      if (!existsSync(join(root, file))) {
        result.problems.push(
          `${csvFile} row ${String(line)}: there is no metric ${metric} (content/${file})`,
        );
        return;
      }
      const doc = docOf(file, () => '');
      const observations = doc.get('observations', true);
      const items = isSeq(observations) ? observations.items : [];
      let position =
        (doc.toJS() as { observations?: { id: string }[] }).observations?.findIndex((o) => o.id === row.id) ??
        -1;
      if (position < 0) {
        position = items.length;
        doc.addIn(['observations'], doc.createNode({ id: row.id }));
        result.created.push(`content/${file} figure ${row.id ?? ''}`);
      }
      const before = (doc.toJS() as { observations: Record<string, unknown>[] }).observations[position] ?? {};
      for (const c of columns) {
        const [path, value] = c.set(row[c.header] ?? '');
        const from = dig(before, path);
        if (same(from, value)) continue;
        if (from === undefined && Array.isArray(value) && value.length === 0) continue;
        result.changes.push({
          file: `content/${file}`,
          record: `${metric}/${row.id ?? ''}`,
          field: path.join('.'),
          from,
          to: value,
        });
        setPath(doc, ['observations', position, ...path], value);
        touched.add(file);
      }
    }
  });
  if (result.problems.length > 0) return result;

  // Each changed record says when it changed, so the change log lists it.
  for (const file of touched) {
    const doc = docs.get(file);
    if (!doc) continue;
    if (result.created.includes(file)) {
      if (!doc.has('added')) doc.set('added', day);
      continue;
    }
    const changes = (doc.get('changes') as { toJSON?: () => unknown[] } | undefined)?.toJSON?.() ?? [];
    if (!changes.some((c) => (c as { date?: string }).date === day))
      doc.set('changes', [...changes, { date: day }]);
  }

  // Everything checked together, on a copy, before a file is written.
  const copy = mkdtempSync(join(tmpdir(), 'irt-import-'));
  try {
    cpSync(root, copy, { recursive: true });
    for (const file of touched) writeFileSync(join(copy, file), (docs.get(file) as Document).toString());
    const { problems } = compileContent(copy, copy);
    const [blocking, releases] = partition(problems, (p) => !/after the latest release/.test(p.message));
    result.problems.push(
      ...blocking.map((p) => {
        const row = rowOf.get(p.file);
        return `${row ? `${csvFile} row ${String(row)}: ` : ''}${formatProblem({ ...p, file: `content/${p.file}` })}`;
      }),
    );
    if (releases.length > 0)
      result.notes.push(
        `The changed records are dated ${day}: add a release for that day to content/releases.yaml before publishing.`,
      );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  if (write && result.problems.length === 0)
    for (const file of touched) writeFileSync(join(root, file), (docs.get(file) as Document).toString());
  return result;
}

function partition<T>(list: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [list.filter(test), list.filter((item) => !test(item))];
}

export type { ContentProblem };
