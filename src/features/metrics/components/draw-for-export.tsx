import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChartPlan } from '../lib/chart-plan';
import type { ChartPart } from '../lib/export-image';
import { PlannedChart } from './planned-chart';

/** How long the charts may take to draw before the export gives up (Recharts may still be loading). */
const TIME_LIMIT = 8000;

const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/**
 * Draws a panel's planned charts for an image, away from the page, at the image's own width: the
 * export depends on the figures and the chosen markers, never on the reader's screen, the open tab
 * or a tooltip left open. Hands the drawn charts to `read` (which reads their SVG), then removes them.
 */
export async function drawForExport<T>(
  plan: ChartPlan,
  width: number,
  read: (charts: readonly ChartPart[]) => T,
): Promise<T> {
  const host = document.createElement('div');
  host.className = 'export-stage';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.dataset.width = String(width);
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(
      <div style={{ width }}>
        <Suspense fallback={null}>
          {plan.parts.map((part) => (
            <div key={part.key} className="chart-part" data-part={part.key}>
              <PlannedChart part={part} />
            </div>
          ))}
        </Suspense>
      </div>,
    );
    const drawn = () => {
      const parts = [...host.querySelectorAll<HTMLElement>('[data-part]')];
      return parts.length === plan.parts.length && parts.every((p) => p.querySelector('svg [data-mark]'));
    };
    const until = performance.now() + TIME_LIMIT;
    while (!drawn()) {
      if (performance.now() > until) throw new Error('The chart could not be drawn for the image.');
      await frame();
    }
    await frame();
    const charts = plan.parts.flatMap((part, i) => {
      const svg = host.querySelectorAll('[data-part]')[i]?.querySelector('svg');
      return svg instanceof SVGSVGElement ? [{ svg, heading: part.heading ?? undefined }] : [];
    });
    return read(charts);
  } finally {
    root.unmount();
    host.remove();
  }
}
