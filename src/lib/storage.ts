/**
 * Browser storage that never crashes and never loses anything silently.
 * Values are JSON envelopes `{ v: <format version>, data }`. A value that
 * cannot be read (corrupt JSON, invalid data, a format this version does not
 * know) is moved aside under `<key>:set-aside:<time>` and reported; a write
 * that fails (storage full or blocked) is reported. Reports feed a notice.
 */
export type StoreIssueKind = 'unavailable' | 'corrupt' | 'outdated' | 'quota';
export interface StoreIssue {
  key: string;
  kind: StoreIssueKind;
  /** Where the unreadable value was kept, if it could be. */
  setAsideAs?: string;
}

let issues: readonly StoreIssue[] = [];
const listeners = new Set<() => void>();

function report(issue: StoreIssue): void {
  if (issues.some((i) => i.key === issue.key && i.kind === issue.kind)) return;
  issues = [...issues, issue];
  // Told after the current render: reads can happen while a component renders.
  queueMicrotask(() => {
    for (const listener of listeners) listener();
  });
}

const NONE: readonly StoreIssue[] = [];
/** For useSyncExternalStore: the problems met so far, and a way to hear of new ones. */
export const storeIssues = {
  get: (): readonly StoreIssue[] => issues,
  /** For rendering without a browser (the build-time first paint): no storage, nothing to report. */
  none: (): readonly StoreIssue[] => NONE,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  dismiss: (): void => {
    issues = [];
    for (const listener of listeners) listener();
  },
};

/** The page's localStorage, or undefined where it is blocked (some privacy modes throw on access). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Keys whose unreadable value could not be set aside: never overwritten, so it is not lost. */
const frozen = new Set<string>();

function setAside(storage: Storage, key: string, raw: string, kind: StoreIssueKind): void {
  const copy = `${key}:set-aside:${new Date().toISOString()}`;
  try {
    storage.setItem(copy, raw);
    storage.removeItem(key);
    report({ key, kind, setAsideAs: copy });
  } catch {
    frozen.add(key);
    report({ key, kind });
  }
}

/**
 * Reads a versioned value. `parse` validates the data (null if invalid);
 * `migrate` may turn an older format into the current one.
 */
export function readStored<T>(
  key: string,
  version: number,
  parse: (data: unknown) => T | null,
  migrate?: (data: unknown, from: number) => T | null,
  storage: Storage | undefined = browserStorage(),
  /** Reads a value written before the envelope format (plain text). */
  legacy?: (raw: string) => T | null,
): T | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    report({ key, kind: 'unavailable' });
    return null;
  }
  if (raw === null) return null;
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    const old = legacy?.(raw) ?? null;
    if (old === null) setAside(storage, key, raw, 'corrupt');
    return old;
  }
  const { v, data } = (envelope ?? {}) as { v?: unknown; data?: unknown };
  if (typeof v !== 'number') {
    setAside(storage, key, raw, 'corrupt');
    return null;
  }
  const value = v === version ? parse(data) : v < version && migrate ? migrate(data, v) : null;
  if (value === null) setAside(storage, key, raw, v === version ? 'corrupt' : 'outdated');
  return value;
}

/** Writes a versioned value; false (and a report) if the browser refused. */
export function writeStored(
  key: string,
  version: number,
  data: unknown,
  storage: Storage | undefined = browserStorage(),
): boolean {
  if (!storage) {
    report({ key, kind: 'unavailable' });
    return false;
  }
  if (frozen.has(key)) return false;
  try {
    storage.setItem(key, JSON.stringify({ v: version, data }));
    return true;
  } catch {
    report({ key, kind: 'quota' });
    return false;
  }
}
