import type { ChangeKind } from '../lib/since-last-visit';
import type { Messages } from '@/lib/i18n/messages/en';
import { useI18n } from '@/lib/i18n/context';

/** "New since your last visit", in the words of the reader's catalog. */
export function changeLabel(kind: ChangeKind, words: Messages['changeBadge']): string {
  return `${words[kind]}${words.since}`;
}

/** "New" or "Updated" since the reader's last visit; screen readers hear the whole phrase. */
export function ChangeBadge({ kind }: { kind: ChangeKind | undefined }) {
  const { m } = useI18n();
  if (!kind) return null;
  return (
    <span className={`tag whats-new-${kind}`}>
      {m.changeBadge[kind]}
      <span className="visually-hidden">{m.changeBadge.since}</span>
    </span>
  );
}
