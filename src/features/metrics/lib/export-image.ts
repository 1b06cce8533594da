/**
 * Exports the chart on screen as a standalone SVG or PNG that carries its
 * title, source line and caveats, so they travel with the image. Colours
 * from CSS variables are resolved, so the file looks the same anywhere.
 */
export interface ImageText {
  title: string;
  subtitle: string;
  sourceLine: string;
  caveats: string[];
  footer: string;
  /** Series shown, with the colour each is drawn in. */
  legend: { label: string; colour: string }[];
  /** What the chart's other marks mean (hatching, dashes, diamonds…), as the page says it. */
  keys?: string[];
  /** The numbered policy-event markers on the chart: "1. 25 Jun 2022: …". */
  markers?: string[];
}

const WIDTH = 1200;
const PAD = 32;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** Greedy word wrap by an average character width, wider for bold type (good enough for labels). */
function wrap(text: string, size: number, width: number, bold = false): string[] {
  const perLine = Math.max(20, Math.floor(width / (size * (bold ? 0.62 : 0.55))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > perLine) {
      if (line) lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines;
}

function inlineColours(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(node);
    for (const prop of ['fill', 'stroke', 'color', 'stop-color'] as const) {
      const attr = node.getAttribute(prop);
      if (attr?.includes('var(')) target.setAttribute(prop, style.getPropertyValue(prop));
    }
    if (node.tagName === 'text' || node.tagName === 'tspan') target.setAttribute('font-family', FONT);
  });
}

/** A chart on screen, with the heading shown above it when a panel draws several. */
export interface ChartPart {
  svg: SVGSVGElement;
  heading?: string | undefined;
}

export function chartToSvg(
  charts: readonly ChartPart[],
  text: ImageText,
  colours: { bg: string; fg: string; muted: string },
): string {
  const titleLines = wrap(text.title, 30, WIDTH - PAD * 2, true);
  const sourceLines = wrap(text.sourceLine, 16, WIDTH - PAD * 2);
  const caveatLines = text.caveats.flatMap((c) => wrap(`• ${c}`, 16, WIDTH - PAD * 2));
  let y = PAD + 30;
  const parts: string[] = [];
  for (const l of titleLines) {
    parts.push(
      `<text x="${String(PAD)}" y="${String(y)}" font-size="30" font-weight="700" fill="${colours.fg}">${escapeXml(l)}</text>`,
    );
    y += 38;
  }
  parts.push(
    `<text x="${String(PAD)}" y="${String(y)}" font-size="18" fill="${colours.muted}">${escapeXml(text.subtitle)}</text>`,
  );
  y += 16;
  for (const { svg: chart, heading } of charts) {
    if (heading) {
      y += 24;
      parts.push(
        `<text x="${String(PAD)}" y="${String(y)}" font-size="18" font-weight="600" fill="${colours.fg}">${escapeXml(heading)}</text>`,
      );
      y += 6;
    }
    const box = chart.getBoundingClientRect();
    const scale = (WIDTH - PAD * 2) / Math.max(1, box.width);
    const chartH = box.height * scale;
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineColours(chart, clone);
    clone.setAttribute('x', String(PAD));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(WIDTH - PAD * 2));
    clone.setAttribute('height', String(chartH));
    clone.setAttribute('viewBox', `0 0 ${String(box.width)} ${String(box.height)}`);
    // An axis label that reaches past the chart's box (the last tick's) is drawn, not cut.
    clone.setAttribute('overflow', 'visible');
    parts.push(new XMLSerializer().serializeToString(clone));
    y += chartH;
  }
  y += 28;
  let x = PAD;
  for (const item of text.legend) {
    const w = Math.min(WIDTH - PAD * 2, 36 + item.label.length * 16 * 0.55);
    if (x + w > WIDTH - PAD) {
      x = PAD;
      y += 24;
    }
    parts.push(
      `<rect x="${String(x)}" y="${String(y - 10)}" width="24" height="8" rx="2" fill="${item.colour}"/>`,
    );
    parts.push(
      `<text x="${String(x + 30)}" y="${String(y)}" font-size="16" fill="${colours.fg}">${escapeXml(item.label)}</text>`,
    );
    x += w + 16;
  }
  if (text.legend.length > 0) y += 30;
  // The chart's marks and numbered markers, explained in the image itself.
  for (const l of [...(text.keys ?? []), ...(text.markers ?? [])].flatMap((k) =>
    wrap(k, 16, WIDTH - PAD * 2),
  )) {
    parts.push(
      `<text x="${String(PAD)}" y="${String(y)}" font-size="16" fill="${colours.fg}">${escapeXml(l)}</text>`,
    );
    y += 22;
  }
  if ((text.keys?.length ?? 0) + (text.markers?.length ?? 0) > 0) y += 8;
  for (const l of sourceLines) {
    parts.push(
      `<text x="${String(PAD)}" y="${String(y)}" font-size="16" fill="${colours.fg}">${escapeXml(l)}</text>`,
    );
    y += 22;
  }
  y += 6;
  for (const l of caveatLines) {
    parts.push(
      `<text x="${String(PAD)}" y="${String(y)}" font-size="16" fill="${colours.muted}">${escapeXml(l)}</text>`,
    );
    y += 22;
  }
  y += 10;
  parts.push(
    `<text x="${String(PAD)}" y="${String(y)}" font-size="14" fill="${colours.muted}">${escapeXml(text.footer)}</text>`,
  );
  const height = y + PAD;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${String(WIDTH)}" height="${String(Math.ceil(height))}" viewBox="0 0 ${String(WIDTH)} ${String(Math.ceil(height))}" font-family="${FONT}">
<title>${escapeXml(text.title)}</title>
<rect width="100%" height="100%" fill="${colours.bg}"/>
${parts.join('\n')}
</svg>`;
}

/** Renders the SVG onto a canvas at twice the size (sharp on projectors and in print). */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('PNG encoding failed'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
