import { env } from '@/config/env';
import type { Validated } from './validate';

/** Why a resource could not be used; each kind has its own message in the catalogs. */
export type DataErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema';

/** A failure at the data boundary, naming the resource and, for schema errors, the bad field. */
export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    readonly resource: string,
    readonly detail: { status?: number; path?: string; reason?: string } = {},
  ) {
    super(
      `${resource}: ${kind}${detail.status ? ` ${String(detail.status)}` : ''}${detail.path ? ` at ${detail.path}` : ''}${detail.reason ? ` (${detail.reason})` : ''}`,
    );
  }
}

/** A record left out because it failed the contract, with where and why. */
export interface SkippedRecord {
  resource: string;
  index: number;
  id: string | undefined;
  path: string;
  message: string;
}

export interface Collection<T> {
  items: T[];
  skipped: SkippedRecord[];
}

/** Whether a resource is one object or a list of records (validated one by one). */
export type ResourceShape = 'single' | 'collection';

/**
 * Checks a response body against the resource's contract. The app installs one at start-up
 * (`src/app/data/validator.ts`: a worker, so validation stays off the main thread).
 */
export type Validator = (resource: string, shape: ResourceShape, text: string) => Promise<Validated>;

let validator: Validator | undefined;
export function setValidator(next: Validator): void {
  validator = next;
}

/** The only place in the app that calls `fetch`. */
async function fetchBody(resource: string, signal: AbortSignal | undefined): Promise<string> {
  const timeout = AbortSignal.timeout(env.requestTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(`${env.dataUrl}/${resource}`, {
      signal: combined,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.aborted) throw new DataError('timeout', resource);
    if (signal?.aborted) throw error;
    throw new DataError('network', resource, { reason: error instanceof Error ? error.message : undefined });
  }
  if (!response.ok) throw new DataError('http', resource, { status: response.status });
  try {
    return await response.text();
  } catch {
    if (timeout.aborted) throw new DataError('timeout', resource);
    throw new DataError('network', resource);
  }
}

async function fetchValidated(
  resource: string,
  shape: ResourceShape,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const text = await fetchBody(resource, signal);
  if (!validator) throw new Error('No validator installed: call setValidator() at start-up');
  const result = await validator(resource, shape, text);
  if (!result.ok) throw new DataError(result.kind, resource, result.detail);
  return result.value;
}

/**
 * Fetches a single-object resource; any contract violation fails the whole resource. `T` is the
 * type its contract (`src/app/data/contracts.ts`) guarantees.
 */
export async function fetchJson<T>(resource: string, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  return (await fetchValidated(resource, 'single', signal)) as T;
}

/**
 * Fetches a list resource and validates each record on its own: records that
 * fail the contract are skipped and reported, the rest are returned.
 */
export async function fetchCollection<T>(
  resource: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Collection<T>> {
  const collection = (await fetchValidated(resource, 'collection', signal)) as Collection<T>;
  // Lets the benchmark separate network and validation time from rendering time.
  performance.mark(`irt:validated:${resource}`);
  if (collection.skipped.length > 0) {
    console.warn(
      `[iron-river] ${resource}: skipped ${String(collection.skipped.length)} invalid record(s)`,
      collection.skipped,
    );
  }
  return collection;
}
