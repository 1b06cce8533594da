import { describe, expect, it } from 'vitest';
import { CAPTION_CHAR_PX, captionBelowX, captionSide } from './caption';

describe('a bar’s caption', () => {
  const bounds = { left: 8, right: 600 };
  it('follows the bar where there is room', () => {
    expect(captionSide({ x1: 100, x2: 300 }, 22, bounds)).toBe('after');
  });
  it('goes before a bar that ends near the chart’s edge, never past it', () => {
    // "about 53,000 · 3 years" after a bar ending at 520 px would run to about 676 px.
    expect(captionSide({ x1: 420, x2: 520 }, 22, bounds)).toBe('before');
  });
  it('goes under a short bar with room on neither side, inside the chart', () => {
    // "nearly 9,700 · 0.3 years" beside a bar at 155–178 px of a 315 px phone chart.
    const phone = { left: 8, right: 315 };
    expect(captionSide({ x1: 155, x2: 178 }, 24, phone)).toBe('below');
    const x = captionBelowX(155, 24, phone);
    expect(x + 24 * CAPTION_CHAR_PX).toBeLessThanOrEqual(phone.right);
    expect(x).toBeGreaterThanOrEqual(phone.left);
    // A bar with room after it keeps its caption's start at the bar's.
    expect(captionBelowX(20, 10, phone)).toBe(20);
  });
});
