import { useSyncExternalStore } from 'react';
import { storeIssues } from '@/lib/storage';
import { useI18n } from '@/lib/i18n/context';

// Loaded only when there is something to say, so its text stays out of the first page.
/** Says when settings saved in the browser could not be read or written; never blocks the page. */
export default function StorageNotice() {
  const { m } = useI18n();
  const t = m.storageNotice;
  const issues = useSyncExternalStore(storeIssues.subscribe, storeIssues.get, storeIssues.none);
  if (issues.length === 0) return null;
  const name = (key: string) => t.names[key] ?? key;
  const unread = issues.filter((i) => i.kind === 'corrupt' || i.kind === 'outdated');
  const unsaved = issues.filter((i) => i.kind === 'quota' || i.kind === 'unavailable');
  return (
    <div className="callout callout-warning storage-notice" role="status">
      {unread.length > 0 ? (
        <p>
          {t.unread(unread.map((i) => name(i.key)).join(', '))}{' '}
          {unread.every((i) => i.setAsideAs) ? t.keptAside : t.leftInPlace}
        </p>
      ) : null}
      {unsaved.length > 0 ? <p>{t.unsaved(unsaved.map((i) => name(i.key)).join(', '))}</p> : null}
      <button type="button" className="button small secondary" onClick={storeIssues.dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
