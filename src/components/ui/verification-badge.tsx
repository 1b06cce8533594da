import type { Verification } from '@/data/schema';
import { useI18n } from '@/lib/i18n/context';

/** A labelled badge; the explanation is available as text, not only on hover. */
export function VerificationBadge({ level, explain = false }: { level: Verification; explain?: boolean }) {
  const { m } = useI18n();
  return (
    <span className="verification">
      <span className={`badge badge-${level}`}>{m.verification[level]}</span>
      {explain ? <span className="muted"> {m.verification.explain[level]}</span> : null}
    </span>
  );
}
