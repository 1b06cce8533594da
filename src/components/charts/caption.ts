/** Average width of a character of 12 px chart text, set generously. */
export const CAPTION_CHAR_PX = 6.8;

/**
 * Where a bar's caption goes: after the bar's end; before its start when it would run past the
 * chart's right edge there and fits before the bar; and, where it fits on neither side (a short bar
 * in the middle of a phone's chart), on a line of its own under the bar. No figure is cut at the
 * edge. Pixels.
 */
export function captionSide(
  bar: { x1: number; x2: number },
  chars: number,
  bounds: { left: number; right: number },
  gap = 6,
): 'after' | 'before' | 'below' {
  const width = chars * CAPTION_CHAR_PX;
  const fitsAfter = bar.x2 + gap + width <= bounds.right;
  const fitsBefore = bar.x1 - gap - width >= bounds.left;
  if (fitsAfter) return 'after';
  return fitsBefore ? 'before' : 'below';
}

/** Where a caption under its bar starts: at the bar's start, moved left as far as it must to end inside the chart. */
export function captionBelowX(x1: number, chars: number, bounds: { left: number; right: number }): number {
  return Math.max(bounds.left, Math.min(x1, bounds.right - chars * CAPTION_CHAR_PX));
}
