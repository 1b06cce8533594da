import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PolicyEvent } from '@/data/events/contract';
import type { ChangeKind } from '../lib/since-last-visit';
import { ChangeBadge } from './change-badge';
import { groupByYear } from '../lib/events';
import { EventDateText } from './event-date';
import { AppLink } from '@/components/ui/app-link';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

type Row =
  { kind: 'year'; year: string; count: number } | { kind: 'event'; event: PolicyEvent; index: number };

/**
 * The list view for large datasets: the same year-grouped list, but only the
 * rows on screen are in the DOM, so 10,000 events scroll smoothly.
 */
export function VirtualEventList({
  events,
  changes,
}: {
  events: PolicyEvent[];
  changes?: ReadonlyMap<string, ChangeKind>;
}) {
  const { lang, m } = useI18n();
  const rows = useMemo(() => {
    const out: Row[] = [];
    let index = 0;
    for (const group of groupByYear(events)) {
      out.push({ kind: 'year', year: group.year, count: group.events.length });
      for (const event of group.events) out.push({ kind: 'event', event, index: index++ });
    }
    return out;
  }, [events]);
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'year' ? 56 : 120),
    overscan: 8,
    scrollMargin: offset,
  });
  return (
    <div
      ref={listRef}
      role="list"
      aria-rowcount={events.length}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            role="listitem"
            aria-posinset={row.kind === 'event' ? row.index + 1 : undefined}
            aria-setsize={row.kind === 'event' ? events.length : undefined}
            className={row.kind === 'year' ? 'year-heading virtual' : 'event-item'}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${String(item.start - offset)}px)`,
            }}
          >
            {row.kind === 'year' ? (
              <h2 className="year-title">{row.year}</h2>
            ) : (
              <>
                <p className="event-date">
                  <EventDateText date={row.event.date} />
                </p>
                <h3 className="event-title">
                  <AppLink to={href('event', { id: row.event.id })}>{row.event.title[lang]}</AppLink>
                </h3>
                <p className="event-summary">{row.event.summary[lang]}</p>
                <p className="event-meta">
                  <ChangeBadge kind={changes?.get(row.event.id)} />
                  <span className={`tag tag-${row.event.category}`}>{m.category[row.event.category]}</span>
                  {row.event.verification !== 'confirmed' ? (
                    <VerificationBadge level={row.event.verification} />
                  ) : null}
                </p>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
