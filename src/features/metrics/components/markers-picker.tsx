import type { PolicyEvent } from '@/data/events/contract';
import type { Storyline } from '@/data/storylines/contract';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { MAX_MARKERS } from '../lib/encodings';
import { usePanelMessages } from '../panel-messages';

/**
 * The storylines whose events are marked on a chart on a time axis, and the marked events in the
 * order they are numbered on it.
 */
export function MarkersPicker({
  id,
  storylines,
  chosen,
  onChoose,
  marked,
  events,
  highlight,
}: {
  /** The panel's id prefix (the list of marked events is labelled by `${id}-marked`). */
  id: string;
  storylines: readonly Storyline[];
  chosen: readonly string[];
  onChoose: (next: string[]) => void;
  marked: readonly { id: string; n: number }[];
  events: ReadonlyMap<string, PolicyEvent>;
  highlight: string | null;
}) {
  const { lang } = useI18n();
  const p = usePanelMessages();
  return (
    <fieldset className="facet markers-picker">
      <legend>{p.markers}</legend>
      <p className="muted small">{p.markersHint}</p>
      <ul className="inline-list">
        {storylines.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(s.id)}
                onChange={() => {
                  const next = chosen.includes(s.id) ? chosen.filter((x) => x !== s.id) : [...chosen, s.id];
                  onChoose(next);
                }}
              />{' '}
              {s.title[lang]}
            </label>
          </li>
        ))}
      </ul>
      {marked.length > MAX_MARKERS ? <p className="small">{p.tooManyMarkers(marked.length)}</p> : null}
      {marked.length > 0 ? (
        <>
          <h2 id={`${id}-marked`} className="small-heading">
            {p.markedEvents}
          </h2>
          <ol aria-labelledby={`${id}-marked`} className="marked-events">
            {marked.map((mk) => {
              const e = events.get(mk.id);
              return e ? (
                <li key={mk.id} value={mk.n} className={mk.id === highlight ? 'highlighted' : undefined}>
                  <DateText iso={e.date.start} style="short" />:{' '}
                  <AppLink to={href('event', { id: e.id })}>{e.title[lang]}</AppLink>
                </li>
              ) : null;
            })}
          </ol>
        </>
      ) : null}
    </fieldset>
  );
}
