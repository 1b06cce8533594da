import { describe, expect, it, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The daily workflow (.github/workflows/monitor.yml) cannot run from these machines; its own shell
// steps are run here, in a scratch repository, and its npm commands are checked against package.json.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/monitor.yml'), 'utf8')) as {
  jobs: { monitor: { steps: { name?: string; run?: string; if?: string; uses?: string }[] } };
};
const steps = workflow.jobs.monitor.steps;
const step = (name: string) => {
  const found = steps.find((s) => s.name === name);
  if (!found?.run) throw new Error(`monitor.yml has no step "${name}" with a script`);
  return found;
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** A checkout with a remote, holding an inbox and the monitor's memory, as the workflow sees it. */
function checkout() {
  const dir = mkdtempSync(join(tmpdir(), 'irt-workflow-'));
  dirs.push(dir);
  const remote = join(dir, 'remote.git');
  const work = join(dir, 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  mkdirSync(join(work, 'content/inbox'), { recursive: true });
  mkdirSync(join(work, 'content/monitor'), { recursive: true });
  writeFileSync(join(work, 'content/inbox/.gitkeep'), '');
  writeFileSync(join(work, 'content/monitor/state.yaml'), 'version: 1\nsources: {}\n');
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'start');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '-q', '-u', 'origin', 'main');
  return { work, remote };
}

/** Runs a step's script as the runner does (bash, with GITHUB_OUTPUT), and returns what it output. */
function runStep(name: string, cwd: string): Record<string, string> {
  const output = join(cwd, '..', 'github-output');
  writeFileSync(output, '');
  execFileSync('bash', ['-e', '-c', step(name).run ?? ''], {
    cwd,
    env: {
      ...process.env,
      GITHUB_OUTPUT: output,
      GIT_AUTHOR_NAME: 't',
      GIT_COMMITTER_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });
  return Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('=') as [string, string]),
  );
}

describe('the daily monitor workflow', () => {
  it('runs only npm commands that exist, the ones the tests exercise', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object })
      .scripts;
    const used = steps.flatMap((s) => [...(s.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(used).toEqual(expect.arrayContaining(['monitor', 'data:check']));
    for (const name of used) expect(Object.keys(scripts)).toContain(name);
  });

  it('proposes new leads as a pull request, and nothing else when there are none', () => {
    const { work } = checkout();
    writeFileSync(join(work, 'content/monitor/state.yaml'), 'version: 1\nsources: { fr: {} }\n');
    expect(runStep('Are there new leads?', work)).toEqual({ new: 'false' });
    writeFileSync(join(work, 'content/inbox/federal-register-2026-12345.yaml'), 'id: x\n');
    expect(runStep('Are there new leads?', work)).toEqual({ new: 'true' });
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request'));
    expect(pr?.if).toContain("steps.leads.outputs.new == 'true'");
    expect(step("Record the sources' last checks").if).toContain("steps.leads.outputs.new == 'false'");
  });

  it('with no lead, commits the memory alone to the default branch, and nothing when it did not change', () => {
    const { work, remote } = checkout();
    writeFileSync(join(work, 'content/monitor/state.yaml'), 'version: 1\nsources: { fr: {} }\n');
    writeFileSync(join(work, 'stray.txt'), 'not the memory');
    runStep("Record the sources' last checks", work);
    const pushed = execFileSync('git', ['log', '-1', '--name-only', '--format=%s', 'main'], {
      cwd: remote,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(pushed).toEqual([
      'Monitor: the official sources checked, no new leads',
      '',
      'content/monitor/state.yaml',
    ]);
    // Run again with nothing new: no empty commit.
    runStep("Record the sources' last checks", work);
    const count = execFileSync('git', ['rev-list', '--count', 'main'], {
      cwd: remote,
      encoding: 'utf8',
    }).trim();
    expect(count).toBe('2');
  });
});
