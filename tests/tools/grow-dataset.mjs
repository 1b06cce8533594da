// Proof that tests do not depend on the published dataset's size: copies the content folder, adds a
// valid event (with its source) as a new stage of an existing storyline, and a metric observation,
// in a new release, then runs the whole Vitest suite and a production build against the copy.
// Everything must pass.
//   npm run test:grown
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';

const dir = mkdtempSync(join(tmpdir(), 'irt-grown-'));
cpSync('content', dir, { recursive: true });
const day = '2099-01-01';
const edit = (file, change) => {
  const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
  change(doc);
  writeFileSync(join(dir, file), doc.toString());
};
const first = (folder) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0];

const storylineFile = `storylines/${first('storylines')}`;
const storyline = storylineFile.slice('storylines/'.length, -'.yaml'.length);
edit(storylineFile, (doc) => {
  doc.addIn(['stages'], {
    id: 'grown-test-stage',
    label: { en: 'A new stage', es: 'Una etapa nueva' },
    explanation: { en: 'A stage added by the grown-dataset check.', es: 'Una etapa añadida por la prueba.' },
  });
});
writeFileSync(
  join(dir, 'sources/grown-test-source.yaml'),
  `publisher: Test publisher\ntitle: A source added by the grown-dataset check\ndate: ${day}\nurl: https://example.org/grown-test-source\nkind: news\nlanguage: en\nquote: Added to prove that tests survive new data.\n`,
);
const actor = first('actors').slice(0, -'.yaml'.length);
writeFileSync(
  join(dir, 'events/grown-test-event.yaml'),
  [
    `date: ${day}`,
    'title: { en: A new event added by the grown-dataset check, es: Un evento nuevo añadido por la prueba }',
    'summary: { en: Added to prove that tests survive new data., es: Añadido para probar que las pruebas resisten datos nuevos. }',
    'category: report',
    'jurisdiction: us',
    `actors: [${actor}]`,
    `storyline: ${storyline}`,
    'stage: grown-test-stage',
    'verification: confirmed',
    'sources: [grown-test-source]',
    `added: ${day}`,
    '',
  ].join('\n'),
);
const metricFile = `metrics/${first('metrics')}`;
edit(metricFile, (doc) => {
  const template = doc.getIn(['observations', 0]).toJSON();
  doc.addIn(['observations'], {
    ...template,
    id: 'grown-test-observation',
    period: { start: '2098', end: '2098' },
    sources: ['grown-test-source'],
    ...(template.disputeGroup ? { disputeGroup: 'grown-test' } : {}),
  });
  const changes = doc.getIn(['changes'])?.toJSON() ?? [];
  doc.setIn(['changes'], [...changes, { date: day }]);
});
edit('releases.yaml', (doc) => {
  doc.add({
    version: '2099.01.01',
    date: day,
    summary: { en: 'Grown for a test.', es: 'Ampliado para una prueba.' },
  });
});

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
const events = JSON.parse(readFileSync(join(dir, 'dist/api/v1/events.json'), 'utf8')).data;
if (!events.some((e) => e.id === 'grown-test-event')) {
  console.error('The grown event is not in the built dataset.');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log('\nThe grown dataset passes every test and builds, with the new event published.');
