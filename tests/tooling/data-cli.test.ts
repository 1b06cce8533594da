import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, removeContentDirs } from '../../build/content/test-content';

afterEach(removeContentDirs);

/** Runs an editor's command as `npm run data:*` does, on a content folder of its own. */
function cli(dir: string, ...args: string[]) {
  const result = spawnSync('node', ['build/cli.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('the editors’ commands', { timeout: 60_000 }, () => {
  it('data:check says the content is valid, with what it holds', () => {
    const { code, out } = cli(contentDir(), 'check');
    expect(code).toBe(0);
    expect(out).toMatch(
      /The content is valid \(\d+ ms\): 2 events, 1 storylines, 1 metric panels, 1 sources/,
    );
  });

  it('data:check names each mistake by file, line and field, and fails', () => {
    const dir = contentDir();
    const file = join(dir, 'content/events/bsca-signed.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2022-06-25', 'date: 2022-13-25'));
    const { code, out } = cli(dir, 'check');
    expect(code).toBe(1);
    expect(out).toContain('content/events/bsca-signed.yaml:1 date: "2022-13-25" is not a real date');
    expect(out).toContain('1 problem: nothing would be published.');
  });

  it('data:new writes the file and says what to do next', () => {
    const dir = contentDir();
    const made = cli(dir, 'new', 'source', 'cbp-stats');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Wrote .*content\/sources\/cbp-stats\.yaml: fill in every TODO/);
    expect(existsSync(join(dir, 'content/sources/cbp-stats.yaml'))).toBe(true);
    expect(cli(dir, 'new', 'nonsense', 'x').code).toBe(2);
  });

  it('data:export writes both sheets, and data:import reads them back', () => {
    const dir = contentDir();
    const exported = cli(dir, 'export', join(dir, 'sheets'));
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'sheets/events.csv'), 'utf8')).toMatch(/^\uFEFFid,date/);
    expect(cli(dir, 'import', join(dir, 'sheets/events.csv')).out).toContain('No changes.');
  });
});
