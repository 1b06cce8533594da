import { PageHead } from '@/components/ui/page-head';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { useDeckMessages } from '@/features/present/deck-messages';
import type { DeckItem, DeckProblem } from '@/features/present/lib/built-deck';
import { describeSkipped, type DeckLinkError } from '@/features/present/lib/deck-link';
import { usePresentMessages } from '../routes/present.messages';

/** A built deck's link (`/present?d=…`) this version cannot read: said plainly, with a way on. */
export function BadDeckLink({ error, problem }: { error: DeckLinkError; problem?: DeckProblem }) {
  const d = useDeckMessages();
  return (
    <div className="page narrow">
      <PageHead title={d.badLinkTitle} description={d.linkErrors[error]} index={false} />
      <h1>{d.badLinkTitle}</h1>
      <p className="callout callout-error" role="alert">
        {d.linkErrors[error]}
        {problem ? ` ${d.problem(problem)}` : ''}
      </p>
      <p>
        <AppLink to={href('deck-builder')} className="button">
          {d.openBuilder}
        </AppLink>
      </p>
    </div>
  );
}

/**
 * What a presentation says before its slides (not printed): a curated deck that does not exist, a
 * built deck's slides this dataset does not have (left out, and named), or nothing to present.
 */
export function PresentNotices({
  unknownDeck,
  skipped,
  empty,
}: {
  unknownDeck: string | null;
  skipped: readonly DeckItem[];
  empty: boolean;
}) {
  const t = usePresentMessages();
  return (
    <>
      {unknownDeck ? (
        <p className="callout callout-warning no-print" role="status">
          {t.unknownDeck(unknownDeck)}
        </p>
      ) : null}
      {skipped.length > 0 ? <SkippedSlides skipped={skipped} /> : null}
      {empty ? (
        <p className="callout no-print" role="status">
          {t.empty}
        </p>
      ) : null}
    </>
  );
}

function SkippedSlides({ skipped }: { skipped: readonly DeckItem[] }) {
  const d = useDeckMessages();
  return (
    <p className="callout callout-warning no-print" role="status">
      {d.skipped(describeSkipped(skipped, { event: d.eventWord, panel: d.panelWord }))}
    </p>
  );
}
