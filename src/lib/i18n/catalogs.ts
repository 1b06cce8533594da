import type { Lang } from '@/lib/format';
import { en, type Messages } from './messages/en';

/** A promise React's `use()` can read synchronously once it has settled. */
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

function fulfilled<T>(value: T): TrackedPromise<T> {
  const promise: TrackedPromise<T> = Promise.resolve(value);
  promise.status = 'fulfilled';
  promise.value = value;
  return promise;
}

/**
 * English ships with the first page; Spanish is loaded on demand so the
 * first page's JavaScript stays within budget. One promise per language,
 * so `use(loadCatalog(lang))` suspends at most once.
 */
const catalogs = new Map<Lang, TrackedPromise<Messages>>([['en', fulfilled(en)]]);

export function loadCatalog(lang: Lang): Promise<Messages> {
  let promise = catalogs.get(lang);
  if (!promise) {
    const tracked: TrackedPromise<Messages> = import('./messages/es').then((module) => {
      tracked.status = 'fulfilled';
      tracked.value = module.es;
      return module.es;
    });
    tracked.status = 'pending';
    promise = tracked;
    catalogs.set(lang, promise);
  }
  return promise;
}
