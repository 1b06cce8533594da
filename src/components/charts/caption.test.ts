import { describe, expect, it } from 'vitest';
import { captionSide } from './caption';

describe('a bar’s caption', () => {
  const bounds = { left: 8, right: 600 };
  it('follows the bar where there is room', () => {
    expect(captionSide({ x1: 100, x2: 300 }, 22, bounds)).toBe('after');
  });
  it('goes before a bar that ends near the chart’s edge, never past it', () => {
    // "about 53,000 · 3 years" after a bar ending at 520 px would run to about 676 px.
    expect(captionSide({ x1: 420, x2: 520 }, 22, bounds)).toBe('before');
  });
  it('stays after the bar when there is no room before it either', () => {
    expect(captionSide({ x1: 20, x2: 590 }, 22, bounds)).toBe('after');
  });
});
