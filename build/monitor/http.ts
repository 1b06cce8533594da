/**
 * The monitor's one way to ask a source: GET a URL and read JSON, with a time limit on every
 * attempt (AbortSignal.timeout), a few retries for what may pass (a time-out, a dropped
 * connection, a 5xx, a 429), the wait a 429 asks for (`Retry-After`, in seconds or as a date)
 * when it is reasonable, and a polite give-up when it is not. Every failure is a `SourceError`
 * that says what happened in plain words; the runner reports it and goes on to the next source.
 * The sleep is injectable, so tests of back-off take milliseconds.
 */

export type FailureKind = 'timeout' | 'network' | 'rate-limited' | 'unauthorized' | 'http' | 'malformed';

export class SourceError extends Error {
  override name = 'SourceError';
  readonly kind: FailureKind;
  readonly status: number | undefined;
  constructor(kind: FailureKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export interface HttpOptions {
  /** The fetch to use (default: the global one, looked up at each call so MSW's applies). */
  fetch?: typeof fetch;
  /** Time limit of one attempt, body included (default 20 s). */
  timeoutMs?: number;
  /** Further attempts after a time-out, a network error, a 5xx or a 429 (default 2). */
  retries?: number;
  /** Wait before the first retry; doubled for each next one (default 2 s). */
  backoffMs?: number;
  /** The longest `Retry-After` the monitor honours; a longer one ends the attempt (default 2 min). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The clock, for a `Retry-After` given as a date. */
  now?: () => number;
  /** Words in URLs that must not appear in messages or logs (API keys). */
  secrets?: readonly string[];
}

export interface HttpClient {
  /** GETs `url` and parses its JSON body; throws a SourceError. */
  getJson: (url: string | URL, headers?: Record<string, string>) => Promise<unknown>;
  /** How many requests were sent (attempts included). */
  readonly requests: number;
}

/** Who is asking, as polite clients of public APIs say. */
export const USER_AGENT = 'IronRiverTracker-monitor/1 (official-source monitor of a public policy tracker)';

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const {
    timeoutMs = 20_000,
    retries = 2,
    backoffMs = 2_000,
    maxRetryAfterMs = 120_000,
    sleep = realSleep,
    now = Date.now,
    secrets = [],
  } = options;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let requests = 0;
  const hide = (text: string) =>
    secrets.filter((s) => s !== '').reduce((out, secret) => out.split(secret).join('***'), text);
  const where = (url: URL) => hide(`${url.host}${url.pathname}`);
  const seconds = (ms: number) => (ms < 1000 ? `${String(ms)} ms` : `${String(Math.round(ms / 100) / 10)} s`);

  async function attempt(url: URL, headers: Record<string, string>): Promise<unknown> {
    requests += 1;
    let response: Response;
    let body: string;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...headers },
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new SourceError('timeout', `${where(url)} did not answer within ${seconds(timeoutMs)}`);
      throw new SourceError(
        'network',
        `${where(url)} could not be reached (${hide(error instanceof Error ? error.message : String(error))})`,
      );
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), now());
      throw Object.assign(
        new SourceError('rate-limited', `${where(url)} answered 429 (too many requests)`, 429),
        { wait },
      );
    }
    if (response.status === 401 || response.status === 403)
      throw new SourceError(
        'unauthorized',
        `${where(url)} refused the request (HTTP ${String(response.status)}): check the key or token, and that it gives access to this API`,
        response.status,
      );
    if (!response.ok)
      throw new SourceError(
        'http',
        `${where(url)} answered HTTP ${String(response.status)}${response.status >= 500 ? ' (a server error)' : ''}`,
        response.status,
      );
    try {
      return JSON.parse(body) as unknown;
    } catch {
      const start = body.trim().slice(0, 40).replace(/\s+/g, ' ');
      throw new SourceError(
        'malformed',
        `${where(url)} sent a body that is not JSON${start ? ` (it begins "${start}")` : ' (it is empty)'}`,
      );
    }
  }

  async function getJson(input: string | URL, headers: Record<string, string> = {}): Promise<unknown> {
    const url = new URL(input);
    let backoff = backoffMs;
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(url, headers);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        const retryable =
          error.kind === 'timeout' ||
          error.kind === 'network' ||
          error.kind === 'rate-limited' ||
          (error.kind === 'http' && (error.status ?? 0) >= 500);
        if (!retryable) throw error;
        if (tries >= retries)
          throw new SourceError(
            error.kind,
            `${error.message}; gave up after ${String(tries + 1)} attempts${error.kind === 'rate-limited' ? ': the monitor tries again on its next run' : ''}`,
            error.status,
          );
        let wait = backoff;
        if (error.kind === 'rate-limited') {
          const asked = (error as SourceError & { wait?: number }).wait;
          if (asked !== undefined && asked > maxRetryAfterMs)
            throw new SourceError(
              'rate-limited',
              `${error.message} and asked to wait ${seconds(asked)}, longer than the monitor waits: it tries again on its next run`,
              429,
            );
          wait = asked ?? backoff;
        }
        await sleep(wait);
        backoff *= 2;
      }
    }
  }

  return {
    getJson,
    get requests() {
      return requests;
    },
  };
}
