import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from './compile';
import { formatProblem } from './problems';
import { scaffold } from './scaffold';
import { contentDir, removeContentDirs } from './test-content';

afterEach(removeContentDirs);

describe('npm run data:new', () => {
  it.each(['event', 'storyline', 'source', 'metric'] as const)(
    'writes a %s file with every field explained, which fails the check until it is filled in',
    (kind) => {
      const dir = contentDir();
      const root = join(dir, 'content');
      const file = scaffold(root, kind, `new-${kind}`, '2026-11-21');
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# ')).toBe(true);
      expect(text).toContain('TODO');
      const { data, problems } = compileContent(root, dir);
      expect(data).toBeNull();
      expect(problems.every((p) => p.file.endsWith(`new-${kind}.yaml`))).toBe(true);
    },
  );

  it('an event filled in from its template publishes', () => {
    const dir = contentDir();
    const root = join(dir, 'content');
    const file = scaffold(root, 'event', 'atf-report', '2026-11-21');
    const filled = readFileSync(file, 'utf8')
      .replace('date: TODO', 'date: 2023-01')
      .replace(
        /title:\n {2}en: TODO(.*)\n {2}es: TODO/,
        'title:\n  en: ATF report$1\n  es: Informe de la ATF',
      )
      .replace(/summary:\n {2}en: TODO(.*)\n {2}es: TODO/, 'summary:\n  en: A report.$1\n  es: Un informe.')
      .replace('category: TODO', 'category: report')
      .replace('jurisdiction: TODO', 'jurisdiction: us')
      .replace('verification: TODO', 'verification: confirmed')
      .replace('  - TODO\n', '  - gao-report\n');
    writeFileSync(file, filled);
    const { data, problems } = compileContent(root, dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect((data?.events as { id: string }[]).map((e) => e.id)).toContain('atf-report');
  });

  it('adds a figure to a metric file, keeping what the editor wrote there', () => {
    const dir = contentDir();
    const root = join(dir, 'content');
    scaffold(root, 'observation', 'shares');
    const text = readFileSync(join(root, 'metrics/shares.yaml'), 'utf8');
    expect(text).toContain('title: { en: U.S. share, es: Proporción de EE. UU. }');
    expect(text).toMatch(/# A new figure: .*\n.*\n {2}- id: TODO/);
  });

  it('refuses to overwrite a file, or an id that is not one', () => {
    const root = join(contentDir(), 'content');
    expect(() => scaffold(root, 'event', 'bsca-signed')).toThrow(/exists already/);
    expect(() => scaffold(root, 'event', 'BSCA')).toThrow(/is not an id/);
    expect(() => scaffold(root, 'observation', 'no-such-metric')).toThrow(/There is no metric/);
  });
});
