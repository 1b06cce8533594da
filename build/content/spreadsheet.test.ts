import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportSpreadsheets, importSpreadsheet } from './spreadsheet';
import { compileContent } from './compile';
import { contentDir, removeContentDirs } from './test-content';

afterEach(removeContentDirs);

/** Exports the base content, lets `edit` change the events sheet's rows, and writes it back to a file. */
function editedSheet(
  dir: string,
  sheet: 'events' | 'observations',
  edit: (rows: Record<string, string>[]) => void,
) {
  const csv = exportSpreadsheets(join(dir, 'content'))[sheet];
  const rows = parse<Record<string, string>>(csv, { columns: true, bom: true });
  edit(rows);
  const header = Object.keys(rows[0] ?? {});
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const file = join(dir, `${sheet}.csv`);
  writeFileSync(
    file,
    `\uFEFF${[header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`,
  );
  return file;
}

describe('the spreadsheet round trip', () => {
  it('exports every event and figure, UTF-8 with a byte-order mark, formulas neutralised', () => {
    const dir = contentDir({
      'events/bsca-signed.yaml': readFileSync(
        join(contentDir(), 'content/events/bsca-signed.yaml'),
        'utf8',
      ).replace('  en: The President signs the BSCA', '  en: \'=HYPERLINK("https://evil.example")\''),
    });
    const { events, observations } = exportSpreadsheets(join(dir, 'content'));
    expect(events.startsWith('\uFEFFid,date,date_end,fiscal_year,title_en,title_es')).toBe(true);
    expect(events).toContain('bsca-passed,2022-06-24,,,Congress passes the BSCA,El Congreso aprueba la ley');
    expect(events).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(observations).toContain('shares,gao-2014-2018,atf-traced,2014,2018,,,70,');
  });

  it('reads an unchanged export back as no change at all', () => {
    const dir = contentDir();
    const file = editedSheet(dir, 'events', () => undefined);
    expect(importSpreadsheet(join(dir, 'content'), file)).toEqual({
      changes: [],
      created: [],
      problems: [],
      notes: [],
    });
  });

  it('previews each change, writes nothing until asked, then writes it with a dated change entry', () => {
    const dir = contentDir();
    const root = join(dir, 'content');
    const before = readFileSync(join(root, 'events/bsca-signed.yaml'), 'utf8');
    const file = editedSheet(dir, 'events', (rows) => {
      const row = rows.find((r) => r.id === 'bsca-signed');
      if (row) row.title_es = 'El presidente Biden firma la ley';
    });
    const preview = importSpreadsheet(root, file, { day: '2026-12-01' });
    expect(preview.changes).toEqual([
      {
        file: 'content/events/bsca-signed.yaml',
        record: 'bsca-signed',
        field: 'title.es',
        from: 'El presidente firma la ley',
        to: 'El presidente Biden firma la ley',
      },
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.notes).toEqual([expect.stringMatching(/add a release for that day/)]);
    expect(readFileSync(join(root, 'events/bsca-signed.yaml'), 'utf8')).toBe(before);

    importSpreadsheet(root, file, { day: '2026-12-01', write: true });
    const after = readFileSync(join(root, 'events/bsca-signed.yaml'), 'utf8');
    expect(after).toContain('es: El presidente Biden firma la ley');
    expect(after).toContain('changes:\n  - date: 2026-12-01');
    // The rest of the file is as the editor left it.
    expect(after).toContain('identifiers:\n  - kind: public-law\n    number: 117-159');
  });

  it('adds a new event from a new row, and a new figure to its metric', () => {
    const dir = contentDir();
    const root = join(dir, 'content');
    const events = editedSheet(dir, 'events', (rows) => {
      const copy = {
        ...(rows[0] as Record<string, string>),
        id: 'bsca-in-force',
        date: '2022-07-01',
        related_events: '',
      };
      rows.push(copy);
    });
    const result = importSpreadsheet(root, events, { write: true, day: '2026-11-21' });
    expect(result.problems).toEqual([]);
    expect(result.created).toEqual(['events/bsca-in-force.yaml']);
    const observations = editedSheet(dir, 'observations', (rows) => {
      rows.push({
        ...(rows[0] as Record<string, string>),
        id: 'gao-2019',
        period_start: '2019',
        period_end: '2019',
        value: '72',
      });
    });
    expect(importSpreadsheet(root, observations, { write: true, day: '2026-11-21' }).problems).toEqual([]);
    const { data } = compileContent(root, dir);
    expect((data?.events as { id: string }[]).map((e) => e.id)).toContain('bsca-in-force');
    expect(
      (data?.metrics as { observations: { id: string; value?: number }[] }[])[0]?.observations.at(-1),
    ).toMatchObject({
      id: 'gao-2019',
      value: 72,
    });
  });

  it('refuses an edit that would make a record invalid, saying which row, and writes nothing', () => {
    const dir = contentDir();
    const root = join(dir, 'content');
    const before = readFileSync(join(root, 'events/bsca-signed.yaml'), 'utf8');
    const file = editedSheet(dir, 'events', (rows) => {
      const row = rows.find((r) => r.id === 'bsca-signed');
      if (row) row.category = 'lawsuit';
    });
    const result = importSpreadsheet(root, file, { write: true });
    expect(result.problems).toEqual([
      expect.stringMatching(
        /row 3: content\/events\/bsca-signed\.yaml:\d+ category: "lawsuit" is not one of: /,
      ),
    ]);
    expect(readFileSync(join(root, 'events/bsca-signed.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a file that is not UTF-8 (Excel’s “CSV (Comma delimited)”) with how to save it', () => {
    const dir = contentDir();
    const file = join(dir, 'events.csv');
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x0a, 0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f, 0x0a]));
    expect(importSpreadsheet(join(dir, 'content'), file).problems).toEqual([
      expect.stringMatching(/is not UTF-8 text\. In Excel, save it as "CSV UTF-8 \(Comma delimited\)"/),
    ]);
  });

  it('refuses a sheet that is not one of its exports', () => {
    const dir = contentDir();
    const file = join(dir, 'other.csv');
    writeFileSync(file, 'name,amount\nx,1\n');
    expect(importSpreadsheet(join(dir, 'content'), file).problems).toEqual([
      expect.stringMatching(/is not an events\.csv or observations\.csv from npm run data:export/),
    ]);
  });
});
