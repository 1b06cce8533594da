import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { itemKey, type DeckItem } from '../lib/built-deck';
import { useDeckMessages } from '../deck-messages';

/** What the builder shows of a slide: its kind and date or unit, and its title. */
export interface SlideLabel {
  kicker: string;
  title: string;
}

/**
 * The builder's slides, in order: each with its note, moved by drag and drop (its handle) or by
 * its Move up and Move down buttons (focus stays on the button pressed), and removed. `move`
 * reports the move for the live region.
 */
export function DeckSlideList({
  items,
  labelOf,
  onMove,
  onRemove,
  onNote,
}: {
  items: readonly DeckItem[];
  labelOf: (item: DeckItem) => SlideLabel;
  onMove: (from: number, to: number) => void;
  onRemove: (key: string) => void;
  onNote: (key: string, note: string) => void;
}) {
  const t = useDeckMessages();
  const dragging = useRef<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  // After a move by keyboard, focus follows the slide (its button, or the other one at an end).
  const focusAfter = useRef<{ key: string; dir: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const li = [...(list.current?.children ?? [])].find(
      (el) => el instanceof HTMLElement && el.dataset.key === wanted.key,
    );
    const button =
      li?.querySelector<HTMLButtonElement>(`[data-move="${wanted.dir}"]:not(:disabled)`) ??
      li?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    button?.focus();
  }, [items]);

  if (items.length === 0) return <p className="callout callout-note">{t.noSlides}</p>;

  const drop = (e: DragEvent, to: number) => {
    e.preventDefault();
    const from = dragging.current;
    dragging.current = null;
    setOver(null);
    if (from !== null && from !== to) onMove(from, to);
  };

  return (
    <ol className="builder-slides" ref={list}>
      {items.map((item, i) => {
        const key = itemKey(item);
        const label = labelOf(item);
        const noteId = `note-${key.replace(/[^a-z0-9-]/g, '-')}`;
        const move = (to: number, dir: 'up' | 'down') => {
          focusAfter.current = { key, dir };
          onMove(i, to);
        };
        return (
          <li
            key={key}
            data-key={key}
            className={`builder-slide${over === i ? ' drop-target' : ''}`}
            onDragOver={(e) => {
              if (dragging.current === null) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (over !== i) setOver(i);
            }}
            onDragLeave={() => {
              if (over === i) setOver(null);
            }}
            onDrop={(e) => {
              drop(e, i);
            }}
          >
            <div className="builder-slide-head">
              <span
                className="drag-handle"
                draggable
                title={t.drag}
                aria-hidden="true"
                onDragStart={(e) => {
                  dragging.current = i;
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', key);
                  const li = e.currentTarget.closest('li');
                  if (li) e.dataTransfer.setDragImage(li, 16, 16);
                }}
                onDragEnd={() => {
                  dragging.current = null;
                  setOver(null);
                }}
              >
                ⠿
              </span>
              <span className="builder-slide-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="builder-slide-text">
                <p className="muted small">{label.kicker}</p>
                <h3>{label.title}</h3>
              </div>
              <div className="builder-slide-actions">
                <button
                  type="button"
                  className="button small secondary"
                  data-move="up"
                  disabled={i === 0}
                  onClick={() => {
                    move(i - 1, 'up');
                  }}
                >
                  <span aria-hidden="true">↑ </span>
                  {t.moveUp} <span className="visually-hidden">{label.title}</span>
                </button>
                <button
                  type="button"
                  className="button small secondary"
                  data-move="down"
                  disabled={i === items.length - 1}
                  onClick={() => {
                    move(i + 1, 'down');
                  }}
                >
                  <span aria-hidden="true">↓ </span>
                  {t.moveDown} <span className="visually-hidden">{label.title}</span>
                </button>
                <button
                  type="button"
                  className="link-button small"
                  onClick={() => {
                    onRemove(key);
                  }}
                >
                  {t.remove} <span className="visually-hidden">{label.title}</span>
                </button>
              </div>
            </div>
            <label className="field-label small" htmlFor={noteId}>
              {t.noteLabel}
            </label>
            <textarea
              id={noteId}
              // Named after its slide too: each slide has one (the visible label starts the name).
              aria-label={`${t.noteLabel}: ${label.title}`}
              className="input builder-note"
              rows={2}
              maxLength={2000}
              value={item.note}
              onChange={(e) => {
                onNote(key, e.target.value);
              }}
            />
          </li>
        );
      })}
    </ol>
  );
}
