import { useI18n } from '@/lib/i18n/context';
import type { IgnoredParam } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';

/** The parameters of the address that were not understood and were ignored (nothing when none). */
export function IgnoredParams({ ignored, t }: { ignored: readonly IgnoredParam[]; t: TimelineMessages }) {
  return ignored.length > 0 ? (
    <div className="callout callout-warning" role="status">
      <p className="callout-title">{t.ignoredTitle}</p>
      <ul>
        {ignored.map((item, i) => (
          <li key={`${item.key}-${String(i)}`}>
            <code>{t.ignoredItem(item.key, item.value)}</code>
          </li>
        ))}
      </ul>
    </div>
  ) : null;
}

/** No event to show: the dataset is empty, or nothing matches (with a way to clear the filters). */
export function EmptyResult({
  datasetEmpty,
  canClear,
  onClear,
  t,
}: {
  /** Whether the dataset has no event at all (rather than none matching). */
  datasetEmpty: boolean;
  canClear: boolean;
  onClear: () => void;
  t: TimelineMessages;
}) {
  const { m } = useI18n();
  return (
    <div className="callout empty-result" role="status">
      <p>{datasetEmpty ? m.errors.empty : t.noResults}</p>
      {!datasetEmpty && canClear ? (
        <button type="button" className="button small" onClick={onClear}>
          {t.clearFilters}
        </button>
      ) : null}
    </div>
  );
}
