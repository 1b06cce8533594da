import { describe, expect, it } from 'vitest';
import { inDateOrder, keepsDateOrder } from '@/features/events/lib/events';
import { event } from '../../../../tests/fixtures/records';

describe('inDateOrder', () => {
  it('keeps an ordered list as it is and sorts a copy of one that is not', () => {
    const ordered = [event('a', '2019-05'), event('b', '2020-01-02'), event('c', '2020-01-02')];
    expect(inDateOrder(ordered)).toBe(ordered);
    const mixed = [event('c', '2021'), event('a', '2019-05'), event('b', '2020-01-02')];
    const sorted = inDateOrder(mixed);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(mixed.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    // Asked again, the sorted copy is known to be in order.
    expect(inDateOrder(sorted)).toBe(sorted);
  });

  it('knows a filtered list of an ordered one is in order, and still sorts one taken from an unordered list', () => {
    const ordered = [event('a', '2019-05'), event('b', '2020-01-02'), event('c', '2021')];
    inDateOrder(ordered);
    const subset = ordered.filter((e) => e.id !== 'b');
    keepsDateOrder(ordered, subset);
    expect(inDateOrder(subset)).toBe(subset);
    const mixed = [event('c', '2021'), event('a', '2019-05')];
    const taken = mixed.slice();
    keepsDateOrder(mixed, taken);
    expect(inDateOrder(taken).map((e) => e.id)).toEqual(['a', 'c']);
  });
});
