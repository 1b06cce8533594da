import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option, positional } from './cli';
import { inboxIds } from './leads';
import { readState } from './state';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs a command as `npm run …` does (build/cli.mjs), on `content` (CONTENT_DIR) when given. */
function cli(content: string | undefined, ...args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: content };
  if (!content) delete env.CONTENT_DIR;
  const result = spawnSync(process.execPath, ['build/cli.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('the monitor’s commands', { timeout: 120_000 }, () => {
  it('monitor --fixtures never writes into the real content: it works on a copy and says where', () => {
    const before = inboxIds(join(ROOT, 'content'));
    const { code, out } = cli(undefined, 'monitor', '--fixtures');
    const copy = /copied to (\S+) /.exec(out)?.[1];
    if (copy) dirs.push(dirname(copy));
    expect(code).toBe(0);
    expect(copy).toMatch(new RegExp(`^${tmpdir()}`));
    expect(out).toMatch(/^11 new leads in the inbox:$/m);
    expect(inboxIds(join(ROOT, 'content'))).toEqual(before);
    expect(inboxIds(copy ?? '')).toHaveLength(11);
  });

  it('runs end to end on a content folder: monitor twice, accept, check, dismiss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'irt-cli-'));
    dirs.push(dir);
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // The copy's memory starts empty (the committed one may have checked the real sources).
    rmSync(join(content, 'monitor', 'state.yaml'));
    for (const id of inboxIds(content)) rmSync(join(content, 'inbox', `${id}.yaml`));

    const first = cli(content, 'monitor', '--fixtures', '--summary', join(dir, 'summary.md'));
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /Federal Register \(federal-register\): ok\n {2}since 2026-11-24: returned 4, matched 3, new leads 3/,
    );
    expect(readdirSync(dir)).toContain('summary.md');
    const second = cli(content, 'monitor', '--fixtures');
    expect(second.out).toContain('No new leads.');

    const accepted = cli(content, 'accept', 'courtlistener-entry-390000115');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('a draft event from the lead courtlistener-entry-390000115');
    const check = cli(content, 'check');
    expect(check.code).toBe(1);
    expect(check.out).toContain(
      'content/events/courtlistener-entry-390000115.yaml:31 draft: is a draft: write its summary in both languages, set its verification, then remove `draft: true`',
    );

    expect(cli(content, 'dismiss', 'dof-2026-11-30-5799003').code).toBe(2);
    const dismissed = cli(
      content,
      'dismiss',
      'dof-2026-11-30-5799003',
      '--why',
      'Fixture: not a real decree',
    );
    expect(dismissed.code).toBe(0);
    expect(readState(content).state.seen['dof:5799003']).toMatchObject({
      status: 'dismissed',
      why: 'Fixture: not a real decree',
    });
    expect(inboxIds(content)).toHaveLength(9);
    // Neither comes back.
    expect(cli(content, 'monitor', '--fixtures').out).toContain('No new leads.');
  });

  it('reads options as npm passes them', () => {
    expect(option(['x', '--why', 'a b'], '--why')).toBe('a b');
    expect(option(['x', '--why=a b'], '--why')).toBe('a b');
    expect(positional(['--why', 'a b', 'lead-1'], ['--why'])).toEqual(['lead-1']);
  });
});
