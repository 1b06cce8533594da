// Proof that tests do not depend on the published dataset's size: copies it, adds a valid event
// (with its source) as a new stage of an existing storyline, and a metric observation, then runs
// the whole Vitest suite and a production build against the copy. Everything must pass.
//   npm run test:grown
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'irt-grown-'));
cpSync('content/published', dir, { recursive: true });
const read = (name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const write = (name, body) => writeFileSync(join(dir, `${name}.json`), JSON.stringify(body, null, 1));

const events = read('events');
const storylines = read('storylines');
const sources = read('sources');
const metrics = read('metrics');
const meta = read('meta');

const story = storylines.data[0];
const last = [...events.data].sort((a, b) => (a.date.start < b.date.start ? 1 : -1))[0];
const day = '2026-11-30';
sources.data.push({
  id: 'grown-test-source',
  publisher: 'Test publisher',
  title: 'A source added by the grown-dataset check',
  date: day,
  url: 'https://example.org/grown-test-source',
  kind: 'news',
  language: 'en',
  quote: 'Added to prove that tests survive new data.',
});
story.stages.push({
  id: 'grown-test-stage',
  label: { en: 'A new stage', es: 'Una etapa nueva' },
  explanation: { en: 'A stage added by the grown-dataset check.', es: 'Una etapa añadida por la prueba.' },
  events: ['grown-test-event'],
});
events.data.push({
  ...last,
  id: 'grown-test-event',
  date: { precision: 'day', start: day },
  title: { en: 'A new event added by the grown-dataset check', es: 'Un evento nuevo añadido por la prueba' },
  summary: {
    en: 'Added to prove that tests survive new data.',
    es: 'Añadido para probar que las pruebas resisten datos nuevos.',
  },
  storyline: story.id,
  stage: 'grown-test-stage',
  sources: ['grown-test-source'],
  relatedEvents: [],
  relatedMetrics: [],
  notes: [],
  added: day,
  updated: day,
});
const metric = metrics.data.find((m) => m.timeBased) ?? metrics.data[0];
const template = metric.observations.at(-1);
metric.observations.push({
  ...template,
  id: 'grown-test-observation',
  period: { start: '2026', end: '2026' },
  sources: ['grown-test-source'],
  disputeGroup: undefined,
  factRef: undefined,
});
meta.data.changelog.push({
  version: 'grown',
  date: day,
  summary: { en: 'Grown for a test.', es: 'Ampliado para una prueba.' },
  changes: [{ type: 'added', event: 'grown-test-event' }],
});
for (const [name, body] of Object.entries({ events, storylines, sources, metrics, meta })) write(name, body);

const env = { ...process.env, DATASET_DIR: dir };
const run = (command, args) => {
  console.log(`\n$ DATASET_DIR=${dir} ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`Failed against the grown dataset in ${dir}`);
    process.exit(result.status ?? 1);
  }
};
run('npx', ['vitest', 'run']);
run('npx', ['vite', 'build', '--outDir', join(dir, 'dist'), '--logLevel', 'warn']);
rmSync(dir, { recursive: true, force: true });
console.log('\nThe grown dataset passes every test and builds.');
