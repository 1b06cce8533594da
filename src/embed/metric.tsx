/**
 * A metric embed's script (its own entry, `embed.html`): nothing of the app (no router, no TanStack
 * Query, no shell, no data worker, no catalog). The build drew the whole embed (build/lib/embeds.tsx),
 * so the page reads at once; once it has loaded, this brings in the chart's part (React, the chart
 * components and the panel's shaping of its figures, metric-island.tsx), which draws the chart.
 */
import './embed.css';
import { installTrustedTypes } from '@/lib/trusted-types';

installTrustedTypes();
const island = document.getElementById('embed-chart');
if (island) {
  const start = () => {
    import('./metric-island')
      .then(({ start: draw }) => draw(island))
      .catch((error: unknown) => {
        // The embed stays as the build drew it (title, figures, sources), and says the chart is not drawn.
        document.getElementById('embed')?.classList.add('embed-static');
        console.warn('[iron-river] the embed’s chart could not be drawn', error);
      });
  };
  // After the page's first paint: what the reader came for is already on screen.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
