/** Average width of a character of 12 px chart text, set generously. */
export const CAPTION_CHAR_PX = 6.8;

/**
 * Where a bar's caption goes: after the bar's end, or before its start when it would run past the
 * chart's right edge there and fits before the bar (no figure is cut at the edge). Pixels.
 */
export function captionSide(
  bar: { x1: number; x2: number },
  chars: number,
  bounds: { left: number; right: number },
  gap = 6,
): 'after' | 'before' {
  const width = chars * CAPTION_CHAR_PX;
  const fitsAfter = bar.x2 + gap + width <= bounds.right;
  const fitsBefore = bar.x1 - gap - width >= bounds.left;
  return !fitsAfter && fitsBefore ? 'before' : 'after';
}
