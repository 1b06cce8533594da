import { DataError } from '@/lib/http';
import { useI18n } from '@/lib/i18n/context';
import type { Messages } from '@/lib/i18n/messages/en';

export function describeError(error: unknown, m: Messages): string {
  if (!(error instanceof DataError)) return m.errors.unknown;
  const what = m.resources[error.resource] ?? error.resource;
  switch (error.kind) {
    case 'network':
      return m.errors.network(what);
    case 'http':
      return m.errors.http(what, error.detail.status ?? 0);
    case 'timeout':
      return m.errors.timeout(what);
    case 'parse':
      return m.errors.parse(what);
    case 'schema':
      return m.errors.schema(what, error.detail.path ?? error.resource);
  }
}

/** A clear, translated message for a failed load, with a retry. Never a stack trace. */
export function DataErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { m } = useI18n();
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{m.errors.title}</p>
      <p>{describeError(error, m)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {m.errors.retry}
        </button>
      ) : null}
    </div>
  );
}
