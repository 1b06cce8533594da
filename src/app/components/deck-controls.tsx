import { useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { usePresentMessages } from '../routes/present.messages';

/**
 * The presentation's controls (not printed): leave, previous and next, which slide this is, full
 * screen, the audience or speaker view, and print. `hrefFor` is the address of slide n (1-based),
 * in the speaker view or not.
 */
export function DeckControls({
  current,
  count,
  notes,
  leaveTo,
  hrefFor,
}: {
  /** The slide shown (0-based). */
  current: number;
  count: number;
  /** Whether this is the speaker view. */
  notes: boolean;
  leaveTo: string;
  hrefFor: (n: number, speaker?: boolean) => string;
}) {
  const t = usePresentMessages();
  const navigate = useNavigate();
  return (
    <nav className="deck-controls no-print" aria-label={t.pageTitle}>
      <AppLink to={leaveTo} className="button small secondary">
        {t.leave}
      </AppLink>
      <AppLink
        to={hrefFor(current)}
        className="button small"
        aria-disabled={current === 0}
        aria-label={t.previous}
        replace
      >
        ←
      </AppLink>
      <span role="status" aria-live="polite" className="deck-count">
        {t.slide(current + 1, count)}
      </span>
      <AppLink
        to={hrefFor(current + 2)}
        className="button small"
        aria-disabled={current === count - 1}
        aria-label={t.next}
        replace
      >
        →
      </AppLink>
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          void document.documentElement.requestFullscreen().catch(() => undefined);
        }}
      >
        {t.fullscreen}
      </button>
      {notes ? (
        <AppLink to={hrefFor(current + 1, false)} className="button small secondary" replace>
          {t.audienceView}
        </AppLink>
      ) : (
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            // This window stays the audience's (on the projector); the speaker's opens beside it.
            // Without a second window (blocked, or a phone) this one becomes the speaker view.
            const opened = window.open(hrefFor(current + 1, true), 'irt-speaker', 'popup');
            if (!opened) void navigate(hrefFor(current + 1, true), { replace: true });
          }}
        >
          {t.speakerView}
        </button>
      )}
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          window.print();
        }}
      >
        {t.print}
      </button>
    </nav>
  );
}
