import { describe, expect, it } from 'vitest';
import { z } from '@/lib/zod';
import { validateCollection } from './validate';

const item = z.object({ id: z.string(), n: z.number() });
const body = JSON.stringify({
  apiVersion: 1,
  data: [
    { id: 'a', n: 1 },
    { id: 'b', n: 'two' },
    { id: 'c', n: 3 },
  ],
});

describe('a collection resource', () => {
  it('checks every record, keeping the valid ones and reporting the others', () => {
    const result = validateCollection('x.json', body, item);
    expect(result).toMatchObject({
      ok: true,
      value: { items: [{ id: 'a' }, { id: 'c' }], skipped: [{ id: 'b', index: 1, path: 'x.json[1].n' }] },
    });
  });

  it('checks only the records named, when a page shows no others (an embed)', () => {
    expect(validateCollection('x.json', body, item, new Set(['c']))).toEqual({
      ok: true,
      value: { items: [{ id: 'c', n: 3 }], skipped: [] },
    });
    // A named record that fails is still reported; the envelope is still checked as a whole.
    expect(validateCollection('x.json', body, item, new Set(['b']))).toMatchObject({
      ok: true,
      value: { items: [], skipped: [{ id: 'b' }] },
    });
    expect(validateCollection('x.json', '{"data":{}}', item, new Set(['a']))).toMatchObject({ ok: false });
  });
});
