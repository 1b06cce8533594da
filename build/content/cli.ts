/**
 * The editors' commands (package.json `data:*`, run through build/cli.mjs):
 *   data:check                      validate the content, without building
 *   data:new <kind> <id>            a new event, storyline, source or metric file with every field
 *   data:new observation <metric>   a new figure in a metric file
 *   data:export [folder]            events.csv and observations.csv (default: reports/spreadsheets)
 *   data:import <file.csv> [--write]  preview the changes an edited CSV makes; --write applies them
 *   monitor [--fixtures]            ask the official sources for new documents; leads into content/inbox/
 *   data:accept <lead>              a draft event (and its source) from a lead
 *   data:dismiss -- <lead> --why "…"  a lead not taken, and why (see build/monitor/cli.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileContent } from './compile';
import { formatProblem } from './problems';
import { scaffold, TEMPLATES, type NewKind } from './scaffold';
import { exportSpreadsheets, importSpreadsheet } from './spreadsheet';
import { acceptCommand, dismissCommand, monitorCommand } from '../monitor/cli';

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

export function run(root: string, command: string | undefined, ...args: string[]): number | Promise<number> {
  const rel = (path: string) => relative(process.cwd(), path) || '.';
  switch (command) {
    case 'check': {
      const started = Date.now();
      const { data, problems } = compileContent(root);
      for (const p of problems) console.error(formatProblem(p));
      if (!data) {
        console.error(
          `\n${String(problems.length)} problem${problems.length === 1 ? '' : 's'}: nothing would be published.`,
        );
        return 1;
      }
      const count = (name: keyof typeof data) => (data[name] as unknown[]).length;
      console.log(
        `The content is valid (${String(Date.now() - started)} ms): ${String(count('events'))} events, ${String(count('storylines'))} storylines, ${String(count('metrics'))} metric panels, ${String(count('sources'))} sources, ${String(count('actors'))} actors, ${String(count('glossary'))} glossary terms, ${String(count('decks'))} presentations.`,
      );
      return 0;
    }
    case 'new': {
      const [kind, id] = args;
      if (!kind || !(kind in TEMPLATES) || !id) {
        console.error(
          `Usage: npm run data:new <${Object.keys(TEMPLATES).join('|')}> <id>\n  e.g. npm run data:new event mexico-sues-gun-makers; npm run data:new observation seizures`,
        );
        return 2;
      }
      try {
        const file = scaffold(root, kind as NewKind, id);
        console.log(`Wrote ${rel(file)}: fill in every TODO, then run npm run data:check.`);
        return 0;
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return 1;
      }
    }
    case 'export': {
      const folder = args[0] ?? join(process.cwd(), 'reports', 'spreadsheets');
      mkdirSync(folder, { recursive: true });
      const { events, observations } = exportSpreadsheets(root);
      writeFileSync(join(folder, 'events.csv'), events);
      writeFileSync(join(folder, 'observations.csv'), observations);
      console.log(
        `Wrote ${rel(join(folder, 'events.csv'))} and ${rel(join(folder, 'observations.csv'))}. Edit them, then: npm run data:import <file>`,
      );
      return 0;
    }
    case 'import': {
      const file = args.find((a) => !a.startsWith('--'));
      const write = args.includes('--write');
      if (!file) {
        console.error('Usage: npm run data:import <events.csv|observations.csv> [-- --write]');
        return 2;
      }
      const result = importSpreadsheet(root, file, { write });
      for (const c of result.changes) console.log(`${c.record}  ${c.field}: ${show(c.from)} → ${show(c.to)}`);
      for (const c of result.created) console.log(`new: ${c}`);
      for (const p of result.problems) console.error(p);
      for (const n of result.notes) console.log(`Note: ${n}`);
      if (result.problems.length > 0) {
        console.error('\nNothing was written.');
        return 1;
      }
      if (result.changes.length === 0) console.log('No changes.');
      else
        console.log(
          write
            ? `\nWritten: ${String(result.changes.length)} changes.`
            : '\nThis was a preview: run again with -- --write to apply it.',
        );
      return 0;
    }
    case 'monitor':
      return monitorCommand(root, args);
    case 'accept':
      return acceptCommand(root, args);
    case 'dismiss':
      return dismissCommand(root, args);
    default:
      console.error(
        'Usage: node build/cli.mjs <check|new|export|import|monitor|accept|dismiss> … (see build/content/cli.ts)',
      );
      return 2;
  }
}
