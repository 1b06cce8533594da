/**
 * Validated build-time configuration. `VITE_DATA_URL` points at the data
 * contract (default: the dataset served with the app under `api/v1`).
 */
const base = import.meta.env.BASE_URL;

function readNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export const env = {
  /** Base URL of the versioned data contract, without a trailing slash. */
  dataUrl: (import.meta.env.VITE_DATA_URL ?? `${base}api/v1`).replace(/\/$/, ''),
  /** A request slower than this is abandoned with a clear message and a retry. */
  requestTimeoutMs: readNumber(import.meta.env.VITE_DATA_TIMEOUT_MS, 12_000),
  /** Where "Suggest a correction" points: set VITE_CORRECTIONS_URL to your issue tracker or form. */
  correctionsUrl: import.meta.env.VITE_CORRECTIONS_URL ?? `${base}about#corrections`,
  /** Public base path of the app (router basename). */
  basePath: base,
} as const;
