import type { ChangeKind } from '../lib/since-last-visit';
import type { Lang } from '@/lib/i18n/langs';
import { useI18n } from '@/lib/i18n/context';

// Kept beside the badge (not in the shared catalogs) so the first page does not carry it.
const text = {
  en: { added: 'New', changed: 'Updated', since: ' since your last visit' },
  es: { added: 'Nuevo', changed: 'Actualizado', since: ' desde su última visita' },
};

export function changeLabel(kind: ChangeKind, lang: Lang): string {
  return `${text[lang][kind]}${text[lang].since}`;
}

/** "New" or "Updated" since the reader's last visit; screen readers hear the whole phrase. */
export function ChangeBadge({ kind }: { kind: ChangeKind | undefined }) {
  const { lang } = useI18n();
  if (!kind) return null;
  return (
    <span className={`tag whats-new-${kind}`}>
      {text[lang][kind]}
      <span className="visually-hidden">{text[lang].since}</span>
    </span>
  );
}
