/**
 * Where the site is published, read once from the environment by the build:
 * - `BASE_PATH`: the public path when the app is served from a sub-folder (`/iron-river/`), default `/`.
 * - `SITE_URL`: the absolute address of that path (`https://example.org/iron-river/`), used where a
 *   link must be absolute (feeds, and later canonical and preview tags). Without it the build uses
 *   `http://localhost:4173` and says so, since a feed with local links is only fit for testing.
 */
export interface Site {
  /** Public base path, with a leading and a trailing slash. */
  base: string;
  /** Absolute URL of the base path, with a trailing slash. */
  url: string;
  /** True when SITE_URL was not given. */
  local: boolean;
}

export function readSite(env: Record<string, string | undefined> = process.env): Site {
  const base = `/${(env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const given = env.SITE_URL?.trim();
  if (!given) return { base, url: new URL(base, 'http://localhost:4173').href, local: true };
  const parsed = new URL(given);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${given}`);
  // SITE_URL may name the site's root or the base path itself; either way links go under the base.
  const url = parsed.pathname.replace(/\/?$/, '/').endsWith(base) ? parsed : new URL(base, parsed);
  return { base, url: url.href.replace(/\/?$/, '/'), local: false };
}

/** The app's compile-time constants from the site (read in src/config/env.ts). */
export function siteDefine(site: Site): Record<string, string> {
  return { 'import.meta.env.SITE_URL': JSON.stringify(site.url) };
}

/**
 * VITE_CORRECTIONS_URL, checked when the build starts: an https or mailto: address, in which
 * `{id}`, `{title}` and `{url}` are the record's. A mistake stops the build rather than shipping
 * a dead "Suggest a correction" link.
 */
export function checkCorrectionsUrl(value: string | undefined): void {
  const template = value?.trim();
  if (!template) return;
  let protocol = '';
  try {
    protocol = new URL(template.replace(/\{(id|title|url)\}/g, 'x')).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'https:' && protocol !== 'mailto:')
    throw new Error(
      `VITE_CORRECTIONS_URL must be an https:// issue-form address or a mailto: address, not "${template}".`,
    );
}
