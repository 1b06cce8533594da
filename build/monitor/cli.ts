/**
 * The monitor's commands, run by build/content/cli.ts (through build/cli.mjs):
 *   monitor [--fixtures] [--summary <file>]   ask the official sources; write leads into content/inbox/
 *   accept <lead> [--id <event>] [--storyline <id>]   a draft event from a lead
 *   dismiss <lead> --why "…"                  not taken, and why
 *
 * `--fixtures` answers every request from the recorded responses in tests/fixtures/monitor/ (MSW's
 * node server, in-process: no network) at the moment they were recorded for, with placeholder
 * keys. It never writes into the real content: it copies the content folder to a temporary one
 * (with the monitor's memory emptied) and says where, unless CONTENT_DIR names the folder to use.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem } from '../content/problems';
import { acceptLead, dismissLead } from './accept';
import { LeadError, shownPath } from './leads';
import { formatSummary, MonitorConfigError, runMonitor } from './runner';
import { writeState } from './state';

/** The value after `--name` (or in `--name=value`). */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The arguments that are not options nor options' values. */
export function positional(args: readonly string[], valued: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (valued.includes(a)) i++;
    else if (!a.startsWith('--')) out.push(a);
  }
  return out;
}

const rel = (path: string) => shownPath(path);

export async function monitorCommand(
  root: string,
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const fixtures = args.includes('--fixtures');
  const summaryFile = option(args, '--summary');
  let target = root;
  if (fixtures && !env.CONTENT_DIR) {
    target = join(mkdtempSync(join(tmpdir(), 'irt-monitor-')), 'content');
    cpSync(root, target, { recursive: true });
    writeState(target, { checked: {}, seen: {} });
    console.log(
      `Fixture run: the content is copied to ${target} (with the monitor's memory empty); the real content is not touched.\n`,
    );
  }
  let close: () => void = () => undefined;
  if (fixtures) {
    const [{ setupServer }, { fixtureHandlers }] = await Promise.all([
      import('msw/node'),
      import('./fixtures'),
    ]);
    const server = setupServer(...fixtureHandlers());
    server.listen({ onUnhandledFrame: 'error' });
    close = () => {
      server.close();
    };
  }
  try {
    const { FIXTURE_NOW, FIXTURE_SECRETS } = fixtures
      ? await import('./fixtures')
      : { FIXTURE_NOW: undefined, FIXTURE_SECRETS: {} };
    const summary = await runMonitor({
      root: target,
      ...(FIXTURE_NOW ? { now: FIXTURE_NOW } : {}),
      env: fixtures ? { ...env, ...FIXTURE_SECRETS } : env,
      ...(fixtures ? { http: { sleep: () => Promise.resolve(), timeoutMs: 5_000 } } : {}),
    });
    const text = formatSummary(summary);
    console.log(text);
    if (summaryFile) {
      mkdirSync(dirname(summaryFile), { recursive: true });
      writeFileSync(summaryFile, `## Monitor run\n\n\`\`\`text\n${text}\n\`\`\`\n`);
    }
    if (fixtures)
      console.log(
        `\nFixture run on ${target}. Again on the same copy (it writes nothing new): CONTENT_DIR=${target} npm run monitor -- --fixtures` +
          `\nAccept a lead there: CONTENT_DIR=${target} npm run data:accept <lead>`,
      );
    return 0;
  } catch (error) {
    if (error instanceof MonitorConfigError) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(
        `\n${String(error.problems.length)} problem${error.problems.length === 1 ? '' : 's'}: the monitor did not run.`,
      );
      return 1;
    }
    throw error;
  } finally {
    close();
  }
}

export function acceptCommand(root: string, args: readonly string[]): number {
  const [ref] = positional(args, ['--id', '--storyline']);
  if (!ref) {
    console.error('Usage: npm run data:accept <lead> [-- --id <event-id>] [-- --storyline <storyline>]');
    return 2;
  }
  try {
    const id = option(args, '--id');
    const storyline = option(args, '--storyline');
    const done = acceptLead(root, ref, { ...(id ? { id } : {}), ...(storyline ? { storyline } : {}) });
    console.log(
      `Wrote ${rel(done.eventFile)}, a draft event from the lead ${done.lead}, citing ${done.reusedSource ? `the existing source ${done.source}` : `the new source ${rel(done.sourceFile)}`}.` +
        `\nIt is not published: write its title and summary in both languages, set its category and verification, check every field, remove \`draft: true\`, then run npm run data:check.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof LeadError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

export function dismissCommand(root: string, args: readonly string[]): number {
  const [ref] = positional(args, ['--why']);
  const why = option(args, '--why');
  if (!ref || why === undefined) {
    console.error('Usage: npm run data:dismiss -- <lead> --why "why it is not for the tracker"');
    return 2;
  }
  try {
    const lead = dismissLead(root, ref, why);
    console.log(
      `Dismissed ${lead.id} (${lead.title}): the reason is kept in the monitor's memory, and the document will not come back as a lead.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof LeadError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
