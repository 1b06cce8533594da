import { describe, expect, it, vi } from 'vitest';
import { isSlideMessage, openDeckSync } from './deck-sync';

describe('presentation windows in step', () => {
  it('tell each other the slide, on the same deck only, never echoing to themselves', async () => {
    const audience = vi.fn();
    const speaker = vi.fn();
    const other = vi.fn();
    const a = openDeckSync('deck:bsca', audience);
    const s = openDeckSync('deck:bsca', speaker);
    const o = openDeckSync('deck:other', other);
    s.announce(4);
    await vi.waitFor(() => {
      expect(audience).toHaveBeenCalledWith(4);
    });
    expect(speaker).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
    a.announce(5);
    await vi.waitFor(() => {
      expect(speaker).toHaveBeenCalledWith(5);
    });
    for (const sync of [a, s, o]) sync.close();
  });

  it('work through storage events where there is no BroadcastChannel, and alone with neither', () => {
    const listeners: ((e: StorageEvent) => void)[] = [];
    const win = {
      addEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.push(fn),
      removeEventListener: vi.fn(),
    } as unknown as Window;
    const written: string[] = [];
    const storage = { setItem: (_: string, v: string) => written.push(v) } as unknown as Storage;
    const onSlide = vi.fn();
    const sync = openDeckSync('deck:x', onSlide, { storage, window: win });
    // Another window's write arrives as a storage event.
    for (const l of listeners)
      l({
        key: 'irt:present',
        newValue: JSON.stringify({ deck: 'deck:x', slide: 3, from: 'other' }),
      } as StorageEvent);
    expect(onSlide).toHaveBeenCalledWith(3);
    sync.announce(2);
    expect(JSON.parse(written[0] ?? '{}')).toMatchObject({ deck: 'deck:x', slide: 2 });
    // Garbage is ignored.
    for (const l of listeners) l({ key: 'irt:present', newValue: '{"deck":' } as StorageEvent);
    expect(onSlide).toHaveBeenCalledTimes(1);
    expect(() => {
      openDeckSync('deck:x', onSlide, {}).announce(1);
    }).not.toThrow();
  });

  it('accept only well-formed messages', () => {
    expect(isSlideMessage({ deck: 'd', slide: 2, from: 'x' })).toBe(true);
    for (const bad of [
      null,
      'x',
      { deck: 'd', slide: 0, from: 'x' },
      { deck: 'd', slide: 1.5, from: 'x' },
      { slide: 1 },
    ])
      expect(isSlideMessage(bad)).toBe(false);
  });
});
