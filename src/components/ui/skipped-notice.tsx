import type { SkippedRecord } from '@/data/validate';
import { useI18n } from '@/lib/i18n/context';

/** Says how many records were left out for failing the contract, and where. */
export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const { m } = useI18n();
  if (skipped.length === 0) return null;
  return (
    <div className="callout callout-warning" role="status">
      <p className="callout-title">{m.errors.skippedTitle(skipped.length)}</p>
      <p>{m.errors.skippedBody}</p>
      <ul className="skipped-list">
        {skipped.slice(0, 10).map((record) => (
          <li key={`${record.resource}-${String(record.index)}`}>
            <code>{record.path}</code>: {record.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
