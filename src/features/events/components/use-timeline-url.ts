import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigate, useNavigation, useNavigationType } from 'react-router';
import { sameFilters } from '../lib/filter';
import { serializeTimelineSearch, type TimelineSearch } from '../search-params';

type Update = (next: TimelineSearch, replace?: boolean, state?: AddressState) => void;
/** Kept with an address in the history: `axisWrite` when the axis wrote its own range there. */
interface AddressState {
  axisWrite?: boolean;
}

/**
 * What is typed filters at once; the URL follows a moment later, so typing does not wait for
 * navigation. `effective` is the search with what is typed; `cancel` drops what the URL has not
 * caught up with yet.
 */
export function useTypedQuery(search: TimelineSearch, update: Update) {
  const [draftQ, setDraftQ] = useState<string | null>(null);
  // Once the URL has caught up with what was typed, the URL is the source again.
  if (draftQ !== null && search.q === draftQ.trim()) setDraftQ(null);
  const effective = useMemo(() => (draftQ === null ? search : { ...search, q: draftQ }), [search, draftQ]);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(typingTimer.current);
    },
    [],
  );
  function onQuery(q: string) {
    setDraftQ(q);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      update({ ...search, q }, true);
    }, 250);
  }
  function cancel() {
    clearTimeout(typingTimer.current);
    setDraftQ(null);
  }
  return { effective, onQuery, cancel };
}

/**
 * The search as the filter sees it: the same object for as long as its words, values and dates
 * are the same, so a zoom or a selection written into the URL does not filter 10,000 events again.
 */
export function useFilterSearch(search: TimelineSearch): TimelineSearch {
  const [kept, setKept] = useState(search);
  const same = sameFilters(kept, search);
  if (!same) setKept(search);
  return same ? kept : search;
}

/**
 * The axis's zoom and pan follow into the URL a moment after they settle: a step of its own in
 * the history for a zoom (button, key, cluster), the same step for dragging and the wheel.
 * `echo` says the address now shown is one the axis wrote itself (not Back, Forward or a link):
 * the axis may have moved on while it was written, and must not be sent back to it.
 */
export function useAxisViewUrl(search: TimelineSearch, update: Update) {
  const latest = useRef(search);
  // Leaving the timeline (an event opened): a range written now would bring the reader back.
  const navigation = useNavigation();
  const { pathname, state } = useLocation() as { pathname: string; state: AddressState | null };
  const leaving = useRef(false);
  useEffect(() => {
    latest.current = search;
    leaving.current = navigation.state !== 'idle' && navigation.location.pathname !== pathname;
  });
  const axisTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(axisTimer.current);
    },
    [],
  );
  const write = useCallback(
    (next: { start: number; end: number }, discrete: boolean) => {
      clearTimeout(axisTimer.current);
      axisTimer.current = setTimeout(() => {
        if (leaving.current) return;
        const day = (t: number) => new Date(t).toISOString().slice(0, 10);
        update({ ...latest.current, axis: { start: day(next.start), end: day(next.end) } }, !discrete, {
          axisWrite: true,
        });
      }, 300);
    },
    [update],
  );
  // Called on the way out (an event opened), before the router says it is navigating.
  const cancel = useCallback(() => {
    clearTimeout(axisTimer.current);
  }, []);
  const echo = useNavigationType() !== NavigationType.Pop && state?.axisWrite === true;
  return [write, cancel, echo] as const;
}

/** Moves the timeline to another search (its URL), replacing the history step when asked. */
export function useTimelineUpdate(): Update {
  const navigate = useNavigate();
  return useCallback(
    (next: TimelineSearch, replace = false, state?: AddressState) => {
      const query = serializeTimelineSearch(next);
      void navigate({ search: query ? `?${query}` : '' }, { replace, preventScrollReset: true, state });
    },
    [navigate],
  );
}
