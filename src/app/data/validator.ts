import type { ResourceShape, Validator } from '@/lib/http';
import type { Validated } from '@/lib/validate';

export interface ValidationRequest {
  id: number;
  resource: string;
  shape: ResourceShape;
  text: string;
}
export interface ValidationResponse {
  id: number;
  result: Validated;
}

/** Validation on the calling thread (tests, and browsers where the worker cannot start). */
export const inThreadValidator: Validator = async (resource, shape, text) =>
  (await import('./contracts')).validateResource(resource, shape, text);

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
      void inThreadValidator(request.resource, request.shape, request.text).then(resolve);
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
  return (resource, shape, text) => {
    if (!worker) return inThreadValidator(resource, shape, text);
    const request = { id: next++, resource, shape, text };
    const live = worker;
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      live.postMessage(request);
    });
  };
}
