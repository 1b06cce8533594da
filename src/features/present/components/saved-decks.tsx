import { RenameField } from '@/components/ui/saved-item-controls';
import { useState } from 'react';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import type { SavedDeck } from '../lib/saved-decks';
import { useDeckMessages } from '../deck-messages';

/** The decks saved in this browser: save this one (over itself, or as a new one), open, rename, delete. */
export function SavedDecks({
  decks,
  current,
  dirty,
  canSave,
  onSave,
  onSaveNew,
  onOpen,
  onRename,
  onDelete,
}: {
  decks: readonly SavedDeck[];
  /** The saved deck being edited, if any. */
  current: SavedDeck | undefined;
  /** Whether the deck being edited differs from its saved copy. */
  dirty: boolean;
  canSave: boolean;
  onSave: () => void;
  onSaveNew: () => void;
  onOpen: (deck: SavedDeck) => void;
  onRename: (deck: SavedDeck, name: string) => void;
  onDelete: (deck: SavedDeck) => void;
}) {
  const { lang } = useI18n();
  const t = useDeckMessages();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      {current ? (
        <p className="small">
          {t.editing(current.name)} {dirty ? t.unsavedChanges : null}
        </p>
      ) : null}
      <p className="saved-views-actions">
        <button type="button" className="button small" disabled={!canSave} onClick={onSave}>
          {current ? t.saveChanges : t.save}
        </button>
        {current ? (
          <button type="button" className="button small secondary" disabled={!canSave} onClick={onSaveNew}>
            {t.saveNew}
          </button>
        ) : null}
      </p>
      {decks.length === 0 ? <p className="muted small">{t.none}</p> : null}
      <ul className="saved-views-list" aria-label={t.savedSection}>
        {decks.map((deck) => (
          <li key={deck.id}>
            {editing === deck.id ? (
              <RenameField
                name={deck.name}
                label={t.rename}
                onDone={(next) => {
                  setEditing(null);
                  if (next) onRename(deck, next);
                }}
              />
            ) : (
              <strong>{deck.name}</strong>
            )}{' '}
            <span className="muted small">
              {t.slidesSection(deck.deck.items.length)} ·{' '}
              {t.savedOn(formatPartialDate(deck.saved.slice(0, 10), lang))}
            </span>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                onOpen(deck);
              }}
            >
              {t.open} <span className="visually-hidden">{deck.name}</span>
            </button>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                setEditing(editing === deck.id ? null : deck.id);
              }}
            >
              {editing === deck.id ? t.done : t.rename} <span className="visually-hidden">{deck.name}</span>
            </button>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                onDelete(deck);
              }}
            >
              {t.delete} <span className="visually-hidden">{deck.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
