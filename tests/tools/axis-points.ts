import type { Page } from 'playwright-core';

/**
 * A height at which a press `x` px from the left starts a drag of the time axis: on empty lane,
 * never on a mark (a press on a cluster opens it, on an event selects it). Shared by the bench
 * and the end-to-end tests.
 */
export function emptyLaneY(page: Page, x: number): Promise<number> {
  return page.locator('.axis-lanes').evaluate((lanes, x) => {
    const { top, bottom } = lanes.getBoundingClientRect();
    for (let y = top + 4; y < bottom; y += 2)
      if (!document.elementFromPoint(x, y)?.closest('.item, .cluster, .mark-label')) return y;
    throw new Error('No empty point on the axis to start a drag from');
  }, x);
}
