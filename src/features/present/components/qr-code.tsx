import { useEffect, useState } from 'react';

/** The dark modules of a QR code as one SVG path: each row's runs of dark modules as rectangles. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${String(start)} ${String(y)}h${String(x - start)}v1h-${String(x - start)}z`);
    }
  });
  return parts.join('');
}

type Drawn = { text: string; matrix: boolean[][] | null };

/**
 * A QR code of `text` (a deck's link), drawn as SVG by React. The encoder (`uqr`) is loaded only
 * when a code is drawn, that is only while presenting; until then (and if the text cannot be
 * encoded: too long) a box of the same size holds its place.
 */
export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    import('uqr')
      .then(({ encode }) => {
        let matrix: boolean[][] | null = null;
        // The lowest error correction: the fewest, largest modules, for a phone across a room (a
        // projected code is clean; it is not printed on something that wears).
        try {
          matrix = encode(text, { ecc: 'L', border: 2 }).data;
        } catch {
          // More than a QR code holds.
        }
        if (live) setDrawn({ text, matrix });
      })
      .catch(() => {
        if (live) setDrawn({ text, matrix: null });
      });
    return () => {
      live = false;
    };
  }, [text]);
  const matrix = drawn?.text === text ? drawn.matrix : undefined;
  if (matrix === null) return <p className="qr-code qr-missing small">{tooLong}</p>;
  if (matrix === undefined) return <span className="qr-code" aria-hidden="true" />;
  const size = matrix.length;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
