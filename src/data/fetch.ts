import { env } from '@/config/env';
import { DataError, fetchText } from '@/lib/http';
import { RESOURCES, type ResourceName } from './resources';
import type { ResourceValue } from './registry';
import type { Collection } from './validate';
import { noteInDateOrder } from './events/order';
import { inThreadValidator, type Validator } from './validator';

let validator: Validator = inThreadValidator;

/** Validates in a worker from now on (`main.tsx`); tests and the build validate in their own thread. */
export function installValidator(next: Validator): void {
  validator = next;
}

/**
 * Fetches a resource of the contract and validates it against its schema. A `single` resource
 * fails as a whole on any violation; a collection's invalid records are skipped and reported.
 * The result's type follows from the name (see `registry.ts`).
 */
export async function fetchResource<R extends ResourceName>(
  name: R,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ResourceValue<R>> {
  const { file, shape } = RESOURCES[name];
  const text = await fetchText(file, `${env.dataUrl}/${file}`, { signal, timeoutMs: env.requestTimeoutMs });
  const result = await validator(name, text);
  if (!result.ok) throw new DataError(result.kind, file, result.detail);
  if (shape === 'collection') {
    // Lets the benchmark separate network and validation time from rendering time.
    performance.mark(`irt:validated:${file}`);
    const { items, skipped } = result.value as Collection<object>;
    // Sorted by date where it was validated (`registry.ts`): the pages need not check 10,000 events.
    if (name === 'events') noteInDateOrder(items);
    if (skipped.length > 0)
      console.warn(`[iron-river] ${file}: skipped ${String(skipped.length)} invalid record(s)`, skipped);
  }
  // Validated against schemas[name] above: the value has the type the registry gives that name.
  return result.value as ResourceValue<R>;
}
