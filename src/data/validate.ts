import { z } from '@/lib/zod';
import { envelopeSchema } from './schema';

/** A record left out because it failed the contract, with where and why. */
export interface SkippedRecord {
  resource: string;
  index: number;
  id: string | undefined;
  path: string;
  message: string;
}

/** A collection resource once validated: the valid records, and the ones left out. */
export interface Collection<T> {
  items: T[];
  skipped: SkippedRecord[];
}

/**
 * Validation of a response body against its contract. It runs in the data worker
 * (`validate.worker.ts`), off the page's main thread, so results are plain data that
 * can cross `postMessage`.
 */
export type Validated =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'parse' | 'schema'; detail: { path?: string; reason?: string } };

export function formatIssuePath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${String(key)}]` : `${acc}.${String(key)}`),
    prefix,
  );
}

function parse(text: string): { ok: true; body: unknown } | Validated {
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      kind: 'parse',
      detail: { reason: error instanceof Error ? error.message : undefined },
    };
  }
}

function firstIssue(resource: string, error: z.core.$ZodError): Validated {
  const issue = error.issues[0];
  return {
    ok: false,
    kind: 'schema',
    detail: { path: formatIssuePath(resource, issue?.path ?? []), reason: issue?.message },
  };
}

/** A single-object resource: any contract violation fails the whole resource. */
export function validateSingle(resource: string, text: string, schema: z.ZodMiniType): Validated {
  const body = parse(text);
  if (!('body' in body)) return body;
  const parsed = envelopeSchema(schema).safeParse(body.body);
  if (!parsed.success) return firstIssue(resource, parsed.error);
  return { ok: true, value: (parsed.data as { data: unknown }).data };
}

const looseCollection = envelopeSchema(z.array(z.unknown()));

/** A record's id, as received (before it is checked). */
const idOf = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;

/**
 * A list resource: each record is checked on its own; failing records are skipped and reported.
 * With `only`, just the records whose id it names are checked and kept (a page that shows a few
 * records of a large resource, such as an embed, need not check the others).
 */
export function validateCollection(
  resource: string,
  text: string,
  itemSchema: z.ZodMiniType,
  only?: ReadonlySet<string>,
): Validated {
  const body = parse(text);
  if (!('body' in body)) return body;
  const envelope = looseCollection.safeParse(body.body);
  if (!envelope.success) return firstIssue(resource, envelope.error);
  const items: unknown[] = [];
  const skipped: SkippedRecord[] = [];
  envelope.data.data.forEach((raw, index) => {
    if (only && !only.has(idOf(raw) ?? '')) return;
    const parsed = itemSchema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    skipped.push({
      resource,
      index,
      id: idOf(raw),
      path: formatIssuePath(`${resource}[${String(index)}]`, issue?.path ?? []),
      message: issue?.message ?? 'invalid',
    });
  });
  const value: Collection<unknown> = { items, skipped };
  return { ok: true, value };
}
