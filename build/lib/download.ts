import { strToU8, zipSync, type Zippable } from 'fflate';
import { RESOURCES, RESOURCE_NAMES } from '@/data/resources';
import { LANGS } from '@/lib/i18n/langs';
import { toCsv } from '@/lib/csv';
import type { Dataset } from './dataset';

type Cell = string | number | null | undefined;
type Row = Record<string, Cell>;

/**
 * One record as a spreadsheet row: nested objects become dotted columns (`title.en`, `date.start`),
 * lists of plain values are joined with "; ", and lists of objects (stages, identifiers) are kept
 * as JSON in one cell, so that nothing in the record is lost.
 */
export function flatten(value: unknown, prefix = '', row: Row = {}): Row {
  if (value === null || value === undefined) {
    if (prefix) row[prefix] = '';
  } else if (Array.isArray(value)) {
    row[prefix] = value.every((v) => typeof v !== 'object' || v === null)
      ? value.map(String).join('; ')
      : JSON.stringify(value);
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, row);
  } else if (typeof value === 'boolean') {
    row[prefix] = value ? 'true' : 'false';
  } else {
    row[prefix] = value as string | number;
  }
  return row;
}

/** Rows as a CSV file whose columns are every key seen, in the order first seen. */
export function rowsToCsv(rows: readonly Row[]): string {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return toCsv(
    header,
    rows.map((r) => header.map((h) => r[h])),
  );
}

function withoutObservations(metric: object): object {
  return Object.fromEntries(Object.entries(metric).filter(([key]) => key !== 'observations'));
}

/**
 * A CSV per resource: the collections one row per record (metrics without their figures, which
 * are `observations.csv`, one row per figure; storylines' stages also `stages.csv`), the change
 * log one row per change, the codebook one row per coded value.
 */
export function datasetCsv({ values }: Dataset): Record<string, string> {
  const { meta, metrics, storylines, codebook } = values;
  const files: Record<string, string> = {};
  for (const name of RESOURCE_NAMES) {
    if (RESOURCES[name].shape !== 'collection') continue;
    const items = (values[name] as { items: readonly object[] }).items;
    files[`${name}.csv`] = rowsToCsv(
      items.map((item) => flatten(name === 'metrics' ? withoutObservations(item) : item)),
    );
  }
  files['observations.csv'] = rowsToCsv(
    metrics.items.flatMap((metric) => metric.observations.map((o) => ({ metric: metric.id, ...flatten(o) }))),
  );
  files['stages.csv'] = rowsToCsv(
    storylines.items.flatMap((story) =>
      story.stages.map((stage, i) => ({ storyline: story.id, order: i + 1, ...flatten(stage) })),
    ),
  );
  files['changes.csv'] = rowsToCsv(
    meta.changelog.flatMap((release) =>
      release.changes.map((change) => ({
        version: release.version,
        date: release.date,
        ...flatten(change),
      })),
    ),
  );
  files['codebook.csv'] = rowsToCsv(
    codebook.sections.flatMap((section) =>
      section.entries.map((entry) => ({ section: section.id, ...flatten(entry) })),
    ),
  );
  return files;
}

/** The codebook as a document to read, in each language. */
export function codebookMarkdown({ values }: Dataset): string {
  const { codebook, meta } = values;
  return LANGS.map((lang) =>
    [
      `# ${lang === 'es' ? 'Libro de códigos' : 'Codebook'} · Iron River Tracker ${meta.datasetVersion}`,
      '',
      codebook.intro[lang],
      '',
      ...codebook.sections.flatMap((section) => [
        `## ${section.title[lang]}`,
        '',
        section.intro[lang],
        '',
        ...section.entries.flatMap((entry) => [
          `### \`${entry.value}\``,
          '',
          entry.definition[lang],
          '',
          `${lang === 'es' ? 'Cómo se decide' : 'How it is decided'}: ${entry.decided[lang]}`,
          ...(entry.examples.length > 0
            ? ['', `${lang === 'es' ? 'Ejemplos' : 'Examples'}: ${entry.examples.join(', ')}`]
            : []),
          '',
        ]),
      ]),
    ].join('\n'),
  ).join('\n---\n\n');
}

const README = (version: string, date: string, folder: string) =>
  `Iron River Tracker: the full dataset, version ${version} (${date})

  json/       the data contract's files (apiVersion 1), exactly as the app reads them
              (the contract is documented in the project's README and src/data/*/contract.ts)
  csv/        one CSV per resource (UTF-8 with BOM, opens in Excel): events, storylines and
              stages, metrics and observations (one row per figure), sources, actors, glossary,
              decks, the change log (changes.csv) and the codebook
  codebook.md how each record is coded, in English and Spanish

Every date and figure names its sources (ids in sources.csv). Licence: data CC BY 4.0; cite
"Iron River Tracker, dataset version ${version}".

Iron River Tracker: el conjunto de datos completo, versión ${version} (${date})

  json/       los archivos del contrato de datos (apiVersion 1), tal como los lee la aplicación
  csv/        un CSV por recurso (UTF-8 con BOM, se abre en Excel), el historial de cambios
              (changes.csv) y el libro de códigos
  codebook.md cómo se codifica cada registro, en inglés y en español

Licencia: datos CC BY 4.0; cite «Iron River Tracker, versión del conjunto de datos ${version}».
`.replace(/\n/g, '\r\n') + `\r\n(${folder})\r\n`;

export { downloadPath as downloadName } from '@/data/resources';

/**
 * The full dataset as one versioned zip: the contract's JSON, a CSV per resource and the codebook,
 * in a folder named after the version. Deterministic: the same dataset gives the same bytes (every
 * entry is dated to the dataset's last change).
 */
export function datasetZip(dataset: Dataset): Uint8Array {
  const { meta } = dataset.values;
  const folder = `iron-river-tracker-${meta.datasetVersion}`;
  const mtime = new Date(meta.lastUpdated);
  const file = (text: string): Zippable[string] => [strToU8(text), { mtime }];
  const tree: Zippable = {
    [folder]: {
      'README.txt': file(README(meta.datasetVersion, meta.lastUpdated.slice(0, 10), folder)),
      'codebook.md': file(codebookMarkdown(dataset)),
      json: Object.fromEntries(
        RESOURCE_NAMES.map((name) => [RESOURCES[name].file, file(dataset.files[name])]),
      ),
      csv: Object.fromEntries(Object.entries(datasetCsv(dataset)).map(([name, text]) => [name, file(text)])),
    },
  };
  // The folders too: without a date of their own they would carry the time of the build.
  return zipSync(tree, { level: 9, mtime });
}
