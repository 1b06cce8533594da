import { useId, useState } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { itemKey, LIMITS, type DeckItemKind } from '../lib/built-deck';
import { matchEvents } from '../lib/pick';
import { useDeckMessages } from '../deck-messages';

const SHOWN = 12;

/** Adds events and metric panels to the deck: a search over the events, and a choice of panels. */
export function DeckPickers({
  events,
  metrics,
  inDeck,
  count,
  onAdd,
}: {
  /** Every event, in date order. */
  events: readonly PolicyEvent[];
  metrics: readonly Metric[];
  /** The slides already in the deck (`itemKey`). */
  inDeck: ReadonlySet<string>;
  /** How many slides the deck has. */
  count: number;
  onAdd: (kind: DeckItemKind, id: string) => void;
}) {
  const { lang } = useI18n();
  const t = useDeckMessages();
  const id = useId();
  const [query, setQuery] = useState('');
  const available = metrics.filter((m) => !inDeck.has(itemKey({ kind: 'panel', id: m.id })));
  const [panel, setPanel] = useState('');
  const chosen = available.some((m) => m.id === panel) ? panel : (available[0]?.id ?? '');
  const found = matchEvents(events, query, lang);
  const full = count >= LIMITS.items;
  return (
    <>
      {full ? <p className="callout callout-warning">{t.full(LIMITS.items)}</p> : null}
      <div className="builder-picker">
        <label className="field-label" htmlFor={`${id}-q`}>
          {t.searchEvents}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="input"
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
        <p id={`${id}-hint`} className="muted small">
          {t.searchHint}
        </p>
        {found.length === 0 ? (
          <p role="status" className="small">
            {t.noMatch(query.trim())}
          </p>
        ) : (
          <ul className="builder-results" aria-label={t.searchEvents}>
            {found.slice(0, SHOWN).map((event) => {
              const added = inDeck.has(itemKey({ kind: 'event', id: event.id }));
              return (
                <li key={event.id}>
                  <span>
                    <span className="muted small">{formatPartialDate(event.date.start, lang)}</span>{' '}
                    {event.title[lang]}
                  </span>
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={added || full}
                    onClick={() => {
                      onAdd('event', event.id);
                    }}
                  >
                    {added ? t.inDeck : t.add} <span className="visually-hidden">{event.title[lang]}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {found.length > SHOWN ? <p className="muted small">{t.more(found.length - SHOWN)}</p> : null}
      </div>
      <div className="builder-picker builder-panel-picker">
        <label className="field-label" htmlFor={`${id}-panel`}>
          {t.panel}
        </label>
        <select
          id={`${id}-panel`}
          className="input"
          value={chosen}
          disabled={available.length === 0}
          onChange={(e) => {
            setPanel(e.target.value);
          }}
        >
          {available.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title[lang]}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button small secondary"
          disabled={!chosen || full}
          onClick={() => {
            onAdd('panel', chosen);
          }}
        >
          {t.addPanel}
        </button>
      </div>
    </>
  );
}
