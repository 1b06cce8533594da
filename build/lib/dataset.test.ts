import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, readDataset } from './dataset';

const FIXTURE = 'tests/fixtures/dataset';

/** The error reading a changed copy of the test dataset gives (or null if it reads). */
function errorWith(change: (dir: string) => void): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'irt-dataset-'));
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  try {
    readDataset(dir);
    return null;
  } catch (error) {
    return error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the dataset a build publishes', () => {
  it('is read through the app’s registry: every resource, validated', () => {
    const { files, values } = readDataset(FIXTURE);
    expect(Object.keys(files).sort()).toEqual(
      [
        'actors',
        'codebook',
        'decks',
        'events',
        'glossary',
        'meta',
        'metrics',
        'sources',
        'storylines',
      ].sort(),
    );
    expect(values.events.skipped).toEqual([]);
    expect(values.meta.datasetVersion).toBe('fixture.2');
  });

  it('refuses to publish an invalid record (the app would only skip it), naming where', () => {
    const error = errorWith((dir) => {
      const file = join(dir, 'sources.json');
      const body = JSON.parse(readFileSync(file, 'utf8')) as { data: { url: string }[] };
      (body.data[2] as { url: string }).url = 'javascript:alert(1)';
      writeFileSync(file, JSON.stringify(body));
    });
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      expect.stringMatching(/^sources\.json\[2\]\.url .*expected an https URL/),
    ]);
  });

  it('refuses a missing or unreadable resource', () => {
    expect(
      errorWith((dir) => {
        rmSync(join(dir, 'decks.json'));
      }),
    ).toMatchObject({
      problems: [expect.stringMatching(/^decks\.json: missing/)],
    });
    expect(
      errorWith((dir) => {
        writeFileSync(join(dir, 'meta.json'), '{"apiVersion":1,');
      }),
    ).toMatchObject({
      problems: [expect.stringMatching(/^meta\.json/)],
    });
  });
});
