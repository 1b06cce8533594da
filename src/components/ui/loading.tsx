import { useI18n } from '@/lib/i18n/context';

/** Visible progress with a live label, used while data loads. */
export function Loading({ label }: { label?: string }) {
  const { m } = useI18n();
  const text = label ?? m.loading;
  return (
    <div className="loading" role="status" aria-live="polite">
      <progress aria-label={text} />
      <span>{text}</span>
      <div className="skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
