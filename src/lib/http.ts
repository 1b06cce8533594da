import { z } from '@/lib/zod';
import { env } from '@/config/env';
import { envelopeSchema } from './schema';

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

export function formatIssuePath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${String(key)}]` : `${acc}.${String(key)}`),
    prefix,
  );
}

/** The only place in the app that calls `fetch`. */
async function fetchBody(resource: string, signal: AbortSignal | undefined): Promise<unknown> {
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
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (timeout.aborted) throw new DataError('timeout', resource);
    throw new DataError('network', resource);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError('parse', resource, { reason: error instanceof Error ? error.message : undefined });
  }
}

function firstIssue(resource: string, error: z.core.$ZodError): DataError {
  const issue = error.issues[0];
  return new DataError('schema', resource, {
    path: formatIssuePath(resource, issue?.path ?? []),
    reason: issue?.message,
  });
}

/** Fetches a single-object resource; any contract violation fails the whole resource. */
export async function fetchJson<T extends z.ZodMiniType>(
  resource: string,
  schema: T,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  const body = await fetchBody(resource, signal);
  const parsed = envelopeSchema(schema).safeParse(body);
  if (!parsed.success) throw firstIssue(resource, parsed.error);
  return (parsed.data as { data: z.output<T> }).data;
}

const looseCollection = envelopeSchema(z.array(z.unknown()));

/**
 * Fetches a list resource and validates each record on its own: records that
 * fail the contract are skipped and reported, the rest are returned.
 */
export async function fetchCollection<T extends z.ZodMiniType>(
  resource: string,
  itemSchema: T,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Collection<z.output<T>>> {
  const body = await fetchBody(resource, signal);
  const envelope = looseCollection.safeParse(body);
  if (!envelope.success) throw firstIssue(resource, envelope.error);
  const items: z.output<T>[] = [];
  const skipped: SkippedRecord[] = [];
  envelope.data.data.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
        ? raw.id
        : undefined;
    skipped.push({
      resource,
      index,
      id,
      path: formatIssuePath(`${resource}[${String(index)}]`, issue?.path ?? []),
      message: issue?.message ?? 'invalid',
    });
  });
  // Lets the benchmark separate network and validation time from rendering time.
  performance.mark(`irt:validated:${resource}`);
  if (skipped.length > 0) {
    console.warn(`[iron-river] ${resource}: skipped ${String(skipped.length)} invalid record(s)`, skipped);
  }
  return { items, skipped };
}
