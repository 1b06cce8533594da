/** Why a resource could not be used; each kind has its own message in the catalogs. */
export type DataErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema';

/** A failure at the data boundary, naming the resource and, for schema errors, the bad field. */
export class DataError extends Error {
  override name = 'DataError';
  readonly kind: DataErrorKind;
  readonly resource: string;
  readonly detail: { status?: number; path?: string; reason?: string };
  constructor(
    kind: DataErrorKind,
    resource: string,
    detail: { status?: number; path?: string; reason?: string } = {},
  ) {
    super(
      `${resource}: ${kind}${detail.status ? ` ${String(detail.status)}` : ''}${detail.path ? ` at ${detail.path}` : ''}${detail.reason ? ` (${detail.reason})` : ''}`,
    );
    this.kind = kind;
    this.resource = resource;
    this.detail = detail;
  }
}

/**
 * The only place in the app that calls `fetch`: the body of `url` as text, or a DataError naming
 * `resource`. A request slower than `timeoutMs` is abandoned (kind `timeout`).
 */
export async function fetchText(
  resource: string,
  url: string,
  { signal, timeoutMs }: { signal?: AbortSignal; timeoutMs: number },
): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
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
