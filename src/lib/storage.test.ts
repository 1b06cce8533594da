import { describe, expect, it } from 'vitest';
import { readStored, storeIssues, writeStored } from '@/lib/storage';
import { readStoredLang } from '@/lib/i18n/lang';
import { memoryStorage } from '../../tests/setup/memory-storage';

const isNames = (d: unknown) => (Array.isArray(d) && d.every((x) => typeof x === 'string') ? d : null);

describe('browser storage', () => {
  it('round-trips a versioned value', () => {
    const s = memoryStorage();
    expect(writeStored('k', 2, ['a'], s)).toBe(true);
    expect(readStored('k', 2, isNames, undefined, s)).toEqual(['a']);
  });

  it('sets a corrupt value aside, reports it and keeps it', async () => {
    storeIssues.dismiss();
    const s = memoryStorage({ k: '{"v":2,"data":' });
    expect(readStored('k', 2, isNames, undefined, s)).toBeNull();
    await Promise.resolve();
    const [issue] = storeIssues.get();
    expect(issue).toMatchObject({ key: 'k', kind: 'corrupt' });
    expect(s.getItem('k')).toBeNull();
    expect(s.getItem(issue?.setAsideAs ?? '')).toBe('{"v":2,"data":');
  });

  it('migrates an older format, or sets it aside as outdated', () => {
    storeIssues.dismiss();
    const s = memoryStorage({ k: JSON.stringify({ v: 1, data: 'a,b' }) });
    const migrate = (d: unknown, from: number) => (from === 1 && typeof d === 'string' ? d.split(',') : null);
    expect(readStored('k', 2, isNames, migrate, s)).toEqual(['a', 'b']);
    expect(readStored('k', 2, isNames, undefined, s)).toBeNull();
    expect(storeIssues.get()).toContainEqual(expect.objectContaining({ key: 'k', kind: 'outdated' }));
  });

  it('never overwrites a value it could not set aside (storage full)', () => {
    storeIssues.dismiss();
    const raw = 'not json at all, and long'.repeat(4);
    const s = memoryStorage({ k: raw }, raw.length + 5);
    expect(readStored('k', 1, isNames, undefined, s)).toBeNull();
    expect(storeIssues.get()).toContainEqual({ key: 'k', kind: 'corrupt' });
    expect(writeStored('k', 1, ['x'], s)).toBe(false);
    expect(s.getItem('k')).toBe(raw);
  });

  it('reports a write the browser refuses', () => {
    storeIssues.dismiss();
    const s = memoryStorage({}, 3);
    expect(writeStored('big', 1, ['too long'], s)).toBe(false);
    expect(storeIssues.get()).toContainEqual({ key: 'big', kind: 'quota' });
  });

  it('reads the language saved before the versioned format', () => {
    expect(readStoredLang(memoryStorage({ 'irt:lang': 'es' }))).toBe('es');
    expect(readStoredLang(memoryStorage({ 'irt:lang': JSON.stringify({ v: 1, data: 'es' }) }))).toBe('es');
    expect(readStoredLang(memoryStorage({ 'irt:lang': JSON.stringify({ v: 1, data: '<x>' }) }))).toBeNull();
  });
});
