import { describe, expect, it } from 'vitest';
import {
  FILE_FORMAT,
  loadViews,
  mergeFile,
  newView,
  storeViews,
  toFile,
} from '@/features/views/lib/saved-views';
import { memoryStorage } from '../../../../tests/setup/memory-storage';

describe('saved views', () => {
  it('round-trips through browser storage', () => {
    const s = memoryStorage();
    const view = newView('  BSCA only ', '?storyline=bsca');
    expect(view).toMatchObject({ name: 'BSCA only', query: 'storyline=bsca' });
    expect(storeViews([view], s)).toBe(true);
    expect(loadViews(s)).toEqual([view]);
  });

  it('sets an invalid store aside rather than dropping it', () => {
    const s = memoryStorage({ 'irt:views': JSON.stringify({ v: 1, data: [{ id: 'x' }] }) });
    expect(loadViews(s)).toEqual([]);
    const kept: string[] = [];
    for (let i = 0; i < s.length; i++) kept.push(s.key(i) ?? '');
    expect(kept.some((k) => k.startsWith('irt:views:set-aside:'))).toBe(true);
  });

  it('exports a file that imports back, keeps existing views and counts invalid entries', () => {
    const a = newView('A', 'category=litigation');
    const b = newView('B', 'q=thor');
    const file = JSON.parse(toFile([a, b])) as { format: string; views: unknown[] };
    expect(file.format).toBe(FILE_FORMAT);
    file.views.push({ id: 'BAD ID', name: '', query: 1 });
    const result = mergeFile([a], JSON.stringify(file));
    expect(result).toEqual({ views: [a, b], added: 1, skipped: 1 });
    expect(mergeFile([a], '{oops')).toEqual({ error: 'not-json' });
    expect(mergeFile([a], '{"format":"x","views":[]}')).toEqual({ error: 'not-views' });
    expect(mergeFile([a], JSON.stringify({ format: FILE_FORMAT, version: 9, views: [] }))).toEqual({
      error: 'newer',
    });
  });
});
