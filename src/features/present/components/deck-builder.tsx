import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { byId } from '@/lib/collections';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import {
  addItem,
  hasContent,
  itemKey,
  LIMITS,
  moveItem,
  removeItem,
  resolveDeck,
  sameDeck,
  setNote,
  type DeckDraft,
  type DeckItem,
  type DeckProblem,
} from '../lib/built-deck';
import { describeSkipped, encodeDeck, type DeckLinkError } from '../lib/deck-link';
import {
  loadDecks,
  saveDeck,
  storeDecks,
  storeDraft,
  type SavedDeck,
  type StoredDraft,
} from '../lib/saved-decks';
import { useDeckMessages } from '../deck-messages';
import { DeckPickers } from './deck-pickers';
import { DeckShare } from './deck-share';
import { DeckSlideList, type SlideLabel } from './deck-slide-list';
import { SavedDecks } from './saved-decks';

/** How the builder was opened: the deck it starts with (beginDraft) and what to say about it. */
export interface BuilderStart {
  draft: StoredDraft;
  keptAs: SavedDeck | null;
  previous: StoredDraft | null;
  /** Started from events (a storyline, a timeline view: their number) or from a deck or link. */
  started: number | 'deck' | null;
  skipped: readonly DeckItem[];
  linkError: { error: DeckLinkError; problem?: DeckProblem } | null;
}

type Status = { text: string; undo?: () => void };

/**
 * The deck builder (`/present/build`): the title slide, the slides in order (added from a search of
 * the events and a choice of panels; moved by drag and drop or by keyboard; each with the
 * presenter's note), the closing slide; presenting and sharing it (link, file); and the decks saved
 * in this browser. The deck being built is kept in the browser as it changes.
 */
export function DeckBuilder({
  events,
  metrics,
  start,
}: {
  /** Every event, in date order. */
  events: readonly PolicyEvent[];
  metrics: readonly Metric[];
  start: BuilderStart;
}) {
  const { lang, m } = useI18n();
  const t = useDeckMessages();
  const id = useId();
  const [deck, setDeck] = useState<DeckDraft>(start.draft.deck);
  const [savedId, setSavedId] = useState<string | null>(start.draft.savedId);
  const [decks, setDecks] = useState<SavedDeck[]>(() => loadDecks());
  const [previous, setPrevious] = useState(start.previous);
  const [status, setStatus] = useState<Status | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [encoded, setEncoded] = useState<string | null>(null);

  const eventsById = useMemo(() => byId(events), [events]);
  const metricsById = useMemo(() => byId(metrics), [metrics]);
  const known = useMemo(
    () => ({ events: new Set(eventsById.keys()), panels: new Set(metricsById.keys()) }),
    [eventsById, metricsById],
  );

  // The deck being built is kept as it changes (a reload, or Esc from presenting it, finds it).
  useEffect(() => {
    storeDraft({ deck, savedId });
  }, [deck, savedId]);
  // Its link, written as it changes (the last one stays shown meanwhile).
  useEffect(() => {
    let live = true;
    void encodeDeck(deck).then((value) => {
      if (live) setEncoded(value);
    });
    return () => {
      live = false;
    };
  }, [deck]);

  const labelOf = (item: DeckItem): SlideLabel => {
    if (item.kind === 'event') {
      const event = eventsById.get(item.id);
      return {
        kicker: `${t.eventKind}${event ? ` · ${formatPartialDate(event.date.start, lang)}` : ''}`,
        title: event?.title[lang] ?? item.id,
      };
    }
    const metric = metricsById.get(item.id);
    return {
      kicker: `${t.panelKind}${metric ? ` · ${m.unit[metric.unit]}` : ''}`,
      title: metric?.title[lang] ?? item.id,
    };
  };
  const skippedText = (skipped: readonly DeckItem[]) =>
    skipped.length > 0
      ? ` ${t.skipped(describeSkipped(skipped, { event: t.eventWord, panel: t.panelWord }))}`
      : '';

  /** Replaces the deck (opening, importing, restoring), with a way back to the one replaced. */
  const replace = (next: DeckDraft, nextId: string | null, text: string) => {
    const [was, wasId] = [deck, savedId];
    setDeck(next);
    setSavedId(nextId);
    setStatus({
      text,
      undo: () => {
        setDeck(was);
        setSavedId(wasId);
        setStatus({ text: t.undone });
      },
    });
  };
  const commitDecks = (next: SavedDeck[], text: string, undo?: () => void) => {
    setDecks(next);
    const ok = storeDecks(next);
    setStatus({ text: ok ? text : `${text} ${t.notSaved}`, ...(undo ? { undo } : {}) });
  };
  const current = decks.find((d) => d.id === savedId);
  const save = (asNew: boolean) => {
    const name = (asNew ? '' : current?.name) || deck.title.trim() || t.untitled;
    const result = saveDeck(decks, deck, asNew ? null : savedId, name);
    setSavedId(result.saved.id);
    commitDecks(result.decks, t.saved(result.saved.name));
  };
  const count = deck.items.length;
  const field = (key: 'title' | 'subtitle', max: number) => ({
    value: deck[key],
    maxLength: max,
    onChange: (e: { target: { value: string } }) => {
      setDeck({ ...deck, [key]: e.target.value });
    },
  });
  const note = (key: 'titleNote' | 'closingNote' | 'closing', max: number) => ({
    value: deck[key],
    maxLength: max,
    onChange: (e: { target: { value: string } }) => {
      setDeck({ ...deck, [key]: e.target.value });
    },
  });

  return (
    <>
      <StartNotice start={start} skippedText={skippedText} />
      {previous ? (
        <p className="callout callout-warning">
          {t.keptPrevious}{' '}
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              replace(previous.deck, previous.savedId, t.restored);
              setPrevious(null);
            }}
          >
            {t.restore}
          </button>
        </p>
      ) : null}
      <div className="builder-layout">
        <div className="builder-main">
          <Section id={`${id}-title`} title={t.titleSection}>
            <label className="field-label" htmlFor={`${id}-t`}>
              {t.title}
            </label>
            <input id={`${id}-t`} className="input builder-wide" {...field('title', LIMITS.title)} />
            <label className="field-label" htmlFor={`${id}-s`}>
              {t.subtitle}
            </label>
            <input id={`${id}-s`} className="input builder-wide" {...field('subtitle', LIMITS.subtitle)} />
            <label className="field-label small" htmlFor={`${id}-tn`}>
              {t.noteLabel}
            </label>
            <textarea
              id={`${id}-tn`}
              aria-label={`${t.noteLabel}: ${t.titleSection}`}
              className="input builder-note"
              rows={2}
              {...note('titleNote', LIMITS.note)}
            />
            <p className="muted small">{t.noteHint}</p>
          </Section>
          <Section id={`${id}-slides`} title={t.slidesSection(count)}>
            <DeckSlideList
              items={deck.items}
              labelOf={labelOf}
              onMove={(from, to) => {
                const item = deck.items[from];
                const next = moveItem(deck, from, to);
                if (!item || next === deck) return;
                setDeck(next);
                setAnnouncement(t.moved(labelOf(item).title, next.items.indexOf(item) + 1, count));
              }}
              onRemove={(key) => {
                const item = deck.items.find((i) => itemKey(i) === key);
                const was = deck;
                setDeck(removeItem(deck, key));
                setStatus({
                  text: t.removed(item ? labelOf(item).title : key),
                  undo: () => {
                    setDeck(was);
                    setStatus({ text: t.undone });
                  },
                });
              }}
              onNote={(key, text) => {
                setDeck(setNote(deck, key, text));
              }}
            />
          </Section>
          <Section id={`${id}-closing`} title={t.closingSection}>
            <label className="field-label" htmlFor={`${id}-c`}>
              {t.closing}
            </label>
            <textarea
              id={`${id}-c`}
              className="input builder-note"
              rows={3}
              {...note('closing', LIMITS.closing)}
            />
            <label className="field-label small" htmlFor={`${id}-cn`}>
              {t.noteLabel}
            </label>
            <textarea
              id={`${id}-cn`}
              aria-label={`${t.noteLabel}: ${t.closingSection}`}
              className="input builder-note"
              rows={2}
              {...note('closingNote', LIMITS.note)}
            />
          </Section>
        </div>
        <div className="builder-side">
          <Section id={`${id}-add`} title={t.addSection}>
            <DeckPickers
              events={events}
              metrics={metrics}
              inDeck={new Set(deck.items.map(itemKey))}
              count={count}
              onAdd={(kind, itemId) => {
                const next = addItem(deck, kind, itemId);
                if (next === deck) return;
                setDeck(next);
                setAnnouncement(t.added(labelOf({ kind, id: itemId, note: '' }).title, next.items.length));
              }}
            />
          </Section>
          <Section id={`${id}-share`} title={t.shareSection}>
            <DeckShare
              deck={deck}
              encoded={encoded}
              onImport={(imported) => {
                const { deck: next, skipped } = resolveDeck(imported, known);
                replace(next, null, `${t.imported(next.title || t.untitled)}${skippedText(skipped)}`);
              }}
              onProblem={(text) => {
                setStatus({ text });
              }}
            />
          </Section>
          <Section id={`${id}-saved`} title={t.savedSection}>
            <SavedDecks
              decks={decks}
              current={current}
              dirty={current ? !sameDeck(current.deck, deck) : false}
              canSave={hasContent(deck)}
              onSave={() => {
                save(false);
              }}
              onSaveNew={() => {
                save(true);
              }}
              onOpen={(saved) => {
                const { deck: next, skipped } = resolveDeck(saved.deck, known);
                replace(next, saved.id, `${t.opened(saved.name)}${skippedText(skipped)}`);
              }}
              onRename={(saved, name) => {
                commitDecks(
                  decks.map((d) => (d.id === saved.id ? { ...d, name } : d)),
                  t.renamed(name),
                );
              }}
              onDelete={(saved) => {
                const was = decks;
                commitDecks(
                  decks.filter((d) => d.id !== saved.id),
                  t.deleted(saved.name),
                  () => {
                    commitDecks(was, t.undone);
                  },
                );
              }}
            />
          </Section>
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div className={`builder-status${status ? '' : ' empty'}`} role="status">
        {status ? (
          <p>
            {status.text}{' '}
            {status.undo ? (
              <button type="button" className="button small secondary" onClick={status.undo}>
                {t.undo}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel builder-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** What the builder says about how it was opened: where it started, what was kept or left out. */
function StartNotice({
  start,
  skippedText,
}: {
  start: BuilderStart;
  skippedText: (skipped: readonly DeckItem[]) => string;
}) {
  const t = useDeckMessages();
  if (start.linkError)
    return (
      <p className="callout callout-error" role="alert">
        {t.linkErrors[start.linkError.error]}
        {start.linkError.problem ? ` ${t.problem(start.linkError.problem)}` : ''}
      </p>
    );
  if (start.started === null) return null;
  return (
    <div className={`callout ${start.skipped.length > 0 ? 'callout-warning' : 'callout-note'}`}>
      <p>
        {start.started === 'deck' ? t.startedFromDeck : t.startedFrom(start.started)}
        {typeof start.started === 'number' && start.started > LIMITS.items ? ` ${t.full(LIMITS.items)}` : ''}
        {skippedText(start.skipped)}
      </p>
      {start.keptAs ? <p>{t.keptAs(start.keptAs.name)}</p> : null}
    </div>
  );
}
