import { use } from 'react';
import { useI18n } from './context';
import { pathLang } from './lang';
import type { Lang } from './langs';

/** A promise React's `use()` reads synchronously once it has settled (as in catalogs.ts). */
type TrackedPromise<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

/** How development builds and tests report texts read before their route's loader loaded them. */
export const UNLOADED = 'Page texts read before they were loaded';

export interface PageMessages<T> {
  /** The texts in `lang`, loaded once: route loaders await it, so `use` never suspends. */
  load: (lang: Lang) => Promise<T>;
  /** The texts in the page's language (suspends only if the route's loader did not load them). */
  use: () => T;
}

/**
 * The texts of one page or feature, one module per language (`about.messages.en.ts` defines the
 * type, `about.messages.es.ts` must match it), so a page downloads only its own language's. `name`
 * names them in development's report of texts read before they were loaded. A
 * language added to `langs.ts` is a type error here until its module exists.
 */
export function pageMessages<T>(
  name: string,
  loaders: Record<Lang, () => Promise<{ default: T }>>,
): PageMessages<T> {
  const loaded = new Map<Lang, TrackedPromise<T>>();

  function load(lang: Lang): Promise<T> {
    const known = loaded.get(lang);
    // A failed download is tried again by the next load (a loader's retry), never by a render.
    if (known && known.status !== 'rejected') return known;
    const tracked: TrackedPromise<T> = loaders[lang]().then(
      (module) => {
        tracked.status = 'fulfilled';
        tracked.value = module.default;
        return module.default;
      },
      (error: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = error;
        throw error;
      },
    );
    tracked.status = 'pending';
    loaded.set(lang, tracked);
    return tracked;
  }

  function useMessages(): T {
    const { lang } = useI18n();
    const known = loaded.get(lang);
    // In development and tests, say so when a page reads texts its route's loader did not load: the
    // page would show a loading state while they download (tests fail on console errors).
    if (import.meta.env.DEV && known?.status !== 'fulfilled')
      console.error(`${UNLOADED}: "${name}" (${lang}). Load them in the route's loader.`);
    return use(known ?? load(lang));
  }

  return { load, use: useMessages };
}

/**
 * The language of the page a route's loader is loading, from the route pattern it matched
 * (`es/about` → Spanish, `about` → English): the router nests each language's pages under its
 * prefix (src/app/router.tsx), so this is the address's language, whatever the site's base.
 */
export function loaderLang({ pattern }: { pattern: string }): Lang {
  return pathLang(`/${pattern.replace(/^\//, '')}`);
}
