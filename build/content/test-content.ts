import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import { STORYLINE_STATUSES } from '@/data/storylines/values';
import { VERIFICATIONS } from '@/data/schema';

/** A codebook that explains every value, briefly (the compiler refuses one that misses a value). */
const CODEBOOK = (() => {
  const lists: Record<string, readonly string[]> = {
    category: CATEGORIES,
    jurisdiction: JURISDICTIONS,
    verification: VERIFICATIONS,
    status: STORYLINE_STATUSES,
  };

  const t = (en: string) => `{ en: ${en}, es: ${en} es }`;
  return [
    `intro: ${t('How records are coded')}`,
    'sections:',
    ...Object.entries(lists).flatMap(([id, values]) => [
      `  - id: ${id}`,
      `    title: ${t(id)}`,
      `    intro: ${t(id)}`,
      '    entries:',
      ...values.flatMap((value) => [
        `      - value: ${value}`,
        `        definition: ${t(value)}`,
        `        decided: ${t(value)}`,
      ]),
    ]),
    '',
  ].join('\n');
})();

/** A small, valid content folder: every kind of record once or twice. */
export const BASE: Record<string, string> = {
  'codebook.yaml': CODEBOOK,
  'dataset.yaml': `license:\n  en: Data CC BY 4.0.\n  es: Datos CC BY 4.0.\nfactSheetCompiled: 2026-11-21\n`,
  'releases.yaml': `- version: 2026.11.21\n  date: 2026-11-21T12:00:00Z\n  summary:\n    en: First release.\n    es: Primera versión.\n`,
  'actors/atf.yaml': `name:\n  en: ATF\n  es: ATF\ncountry: us\nkind: agency\n`,
  'sources/gao-report.yaml': [
    'publisher: GAO',
    'title: Firearms Trafficking',
    'date: 2021-02-22',
    'url: https://www.gao.gov/products/gao-21-322',
    'kind: government',
    'language: en',
    'quote: about 70 percent',
    '',
  ].join('\n'),
  'storylines/bsca.yaml': [
    'title:',
    '  en: Bipartisan Safer Communities Act',
    '  es: Ley Bipartidista para Comunidades más Seguras',
    'whyItMatters:',
    '  en: It created the first federal trafficking crimes.',
    '  es: Creó los primeros delitos federales de tráfico.',
    'status:',
    '  kind: in-force',
    '  text:',
    '    en: In force.',
    '    es: En vigor.',
    '  currentStage: signed',
    '  asOf: 2022-06-25',
    'lastChecked: 2026-11-21',
    'stages:',
    '  - id: passed',
    '    label: { en: Passed, es: Aprobada }',
    '    explanation: { en: Congress passes it., es: El Congreso la aprueba. }',
    '  - id: signed',
    '    label: { en: Signed, es: Firmada }',
    '    explanation: { en: The President signs it., es: El presidente la firma. }',
    'added: 2026-11-21',
    '',
  ].join('\n'),
  'events/bsca-passed.yaml': [
    'date: 2022-06-24',
    'title:',
    '  en: Congress passes the BSCA',
    '  es: El Congreso aprueba la ley',
    'summary:',
    '  en: The House passes it.',
    '  es: La Cámara la aprueba.',
    'category: legislation',
    'jurisdiction: us',
    'actors: [atf]',
    'storyline: bsca',
    'stage: passed',
    'verification: confirmed',
    'sources: [gao-report]',
    'added: 2026-11-21',
    '',
  ].join('\n'),
  'events/bsca-signed.yaml': [
    'date: 2022-06-25',
    'title:',
    '  en: The President signs the BSCA',
    '  es: El presidente firma la ley',
    'summary:',
    '  en: The law creates straw-purchase and trafficking crimes.',
    '  es: La ley crea los delitos de compra por prestanombres y de tráfico.',
    'category: legislation',
    'jurisdiction: us',
    'actors: [atf]',
    'storyline: bsca',
    'stage: signed',
    'verification: confirmed',
    'sources:',
    '  - gao-report',
    'related:',
    '  events: [bsca-passed]',
    '  metrics: [shares]',
    'identifiers:',
    '  - kind: public-law',
    '    number: 117-159',
    'added: 2026-11-21',
    '',
  ].join('\n'),
  'metrics/shares.yaml': [
    'title: { en: U.S. share, es: Proporción de EE. UU. }',
    'description: { en: Share of traced guns., es: Proporción de armas rastreadas. }',
    'unit: percent',
    'timeBased: true',
    'caveats: []',
    'defaultEventStorylines: [bsca]',
    'observations:',
    '  - id: gao-2014-2018',
    '    series: atf-traced',
    '    period: { start: 2014, end: 2018 }',
    '    value: 70',
    '    estimator: { en: ATF, es: ATF }',
    '    sources: [gao-report]',
    '    verification: confirmed',
    'added: 2026-11-21',
    '',
  ].join('\n'),
  'glossary/straw-purchase.yaml': `term: { en: straw purchase, es: compra por prestanombres }\ndefinition:\n  en: Buying a gun for someone else.\n  es: Comprar un arma para otra persona.\n`,
  'decks/two.yaml': `title: { en: Two, es: Dos }\ndescription: { en: Two events., es: Dos eventos. }\nevents: [bsca-passed, bsca-signed]\n`,
};

const dirs: string[] = [];

/**
 * A temporary project folder whose `content/` holds the base content with `changes` applied (a
 * file's new text, or null to leave it out). Removed by `removeContentDirs`.
 */
export function contentDir(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'irt-content-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries({ ...BASE, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
    writeFileSync(join(dir, 'content', file), text);
  }
  return dir;
}

export function removeContentDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
/** The base text of `file` with `from` replaced by `to` (which must be there). */
export function edit(file: string, from: string, to: string): Record<string, string> {
  const text = BASE[file] ?? '';
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  return { [file]: text.replace(from, to) };
}
