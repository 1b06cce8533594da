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
  /**
   * Where "Suggest a correction" points (README, "Corrections"): an issue-form or `mailto:` address
   * in which `{id}`, `{title}` and `{url}` are replaced by the record's. Unset, the link is not shown.
   */
  correctionsUrl: import.meta.env.VITE_CORRECTIONS_URL?.trim() || null,
  /** The site's absolute address as the build knew it (for addresses drawn before the browser runs). */
  siteUrl: import.meta.env.SITE_URL ?? 'http://localhost/',
  /**
   * Whether the build drew the embed pages: not with `VITE_DATA_URL`, whose data is another
   * server's (build/vite/embeds.ts), so its pages offer no "Embed".
   */
  embeds: !import.meta.env.VITE_DATA_URL,
  /** Public base path of the app (router basename). */
  basePath: base,
} as const;
