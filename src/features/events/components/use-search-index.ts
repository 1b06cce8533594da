import { useEffect, useMemo } from 'react';
import type { Actor } from '@/data/actors/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { Source } from '@/data/sources/contract';
import { byId } from '@/lib/collections';
import type { Lang } from '@/lib/i18n/langs';
import { buildSearchIndex } from '../lib/filter';

/**
 * The timeline's search index, built in small slices while the browser is idle after the first
 * render (no long task), or at once at the first search: call it to get the whole index.
 */
export function useIdleSearchIndex(
  all: readonly PolicyEvent[],
  actors: ReadonlyMap<string, Actor>,
  sourceList: readonly Source[],
) {
  const index = useMemo(() => {
    const sources = byId(sourceList);
    const lookups = {
      actorName: (id: string, l: Lang) => actors.get(id)?.name[l],
      sourceTitle: (id: string) => sources.get(id)?.title,
    };
    const built = new Map<string, Record<Lang, string>>();
    const progress = { done: 0 };
    const step = (n: number) => {
      const slice = all.slice(progress.done, progress.done + n);
      for (const [id, text] of buildSearchIndex(slice, lookups)) built.set(id, text);
      progress.done += slice.length;
      return progress.done >= all.length;
    };
    const get = () => {
      step(all.length);
      return built;
    };
    return Object.assign(get, { step });
  }, [all, actors, sourceList]);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (deadline.timeRemaining() > 4) if (index.step(250)) return;
      handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => {
      cancelIdleCallback(handle);
    };
  }, [index]);
  return index;
}
