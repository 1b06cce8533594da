import { useSuspenseQuery } from '@tanstack/react-query';
import { queries } from '@/data/queries';
import { StatusBoard } from '@/features/storylines/components/status-board';
import { StorylineStrip } from '@/features/storylines/components/storyline-strip';
import { SkippedNotice } from '@/components/ui/skipped-notice';
import { useNow } from '@/lib/use-today';

/** A strip of each storyline's key events since `fromYear` (overview). */
export function StorylineStripSection({ fromYear }: { fromYear: number }) {
  const storylines = useSuspenseQuery(queries.storylines()).data;
  const events = useSuspenseQuery(queries.events()).data;
  // Drawn at build time up to the dataset's last change; the reader's "now" once the page is live.
  const now = useNow(Date.parse(useSuspenseQuery(queries.meta()).data.lastUpdated));
  return <StorylineStrip storylines={storylines.items} events={events.items} fromYear={fromYear} now={now} />;
}

/** Every storyline with its status and latest event (overview and storyline index). */
export function StorylineBoard() {
  const storylines = useSuspenseQuery(queries.storylines()).data;
  const events = useSuspenseQuery(queries.events()).data;
  return (
    <>
      <SkippedNotice skipped={storylines.skipped} />
      <StatusBoard storylines={storylines.items} events={events.items} />
    </>
  );
}
