import type { ResourceName } from './resources';
import type { Collection, Validated } from './validate';
import { noteDays, type DateRange } from '@/lib/format';

/** Checks a response body against the named resource's contract. */
export type Validator = (name: ResourceName, text: string) => Promise<Validated>;

export interface ValidationRequest {
  id: number;
  name: ResourceName;
  text: string;
}
export interface ValidationResponse {
  id: number;
  result: Validated;
}

/**
 * What the data layer works out once for the pages, where a body is validated (in the worker, off
 * the page's main thread): each event's first and last day (`noteDays`), so a page drawing 10,000
 * events parses no date. (Not in `validateResource`: the build publishes what it validates.)
 */
export function forPages(name: ResourceName, result: Validated): Validated {
  if (name === 'events' && result.ok)
    for (const event of (result.value as Collection<{ date: DateRange }>).items) noteDays(event.date);
  return result;
}

/** Validation on the calling thread (tests, and browsers where the worker cannot start). */
export const inThreadValidator: Validator = async (name, text) =>
  forPages(name, (await import('./registry')).validateResource(name, text));

/**
 * Validation in a dedicated worker, so parsing and checking a large dataset never blocks the page.
 * If the worker cannot start or fails, pending and later bodies are validated in the page instead:
 * slower, never wrong.
 */
export function workerValidator(): Validator {
  if (typeof Worker === 'undefined') return inThreadValidator;
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  } catch {
    return inThreadValidator;
  }
  const pending = new Map<number, { request: ValidationRequest; resolve: (v: Validated) => void }>();
  let next = 0;
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const { request, resolve } of pending.values())
      void inThreadValidator(request.name, request.text).then(resolve);
    pending.clear();
  };
  worker.onmessage = ({ data }: MessageEvent<ValidationResponse>) => {
    pending.get(data.id)?.resolve(data.result);
    pending.delete(data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    console.warn('[iron-river] data worker failed; validating in the page instead', event.message);
    fallBack();
  };
  worker.onmessageerror = fallBack;
  return (name, text) => {
    if (!worker) return inThreadValidator(name, text);
    const request = { id: next++, name, text };
    const live = worker;
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      live.postMessage(request);
    });
  };
}
