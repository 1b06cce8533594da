import { useId, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { usePresentMessages } from '../routes/present.messages';

const ICONS = {
  leave: 'M6 6l12 12M18 6L6 18',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  speaker: 'M3 5h12v9H3zM18 5h3M18 9h3M18 13h3M7 18h4',
  audience: 'M3 5h18v11H3zM9 20h6M12 16v4',
  print: 'M7 9V4h10v5M7 17H4v-8h16v8h-3M7 14h10v6H7z',
} as const;

/** A control's picture (its name is its label, shown beside it on wide screens). */
function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className="deck-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

/** A control's label: beside its picture, or (on a phone) only for assistive technology. */
const Label = ({ children }: { children: ReactNode }) => <span className="deck-label">{children}</span>;

/**
 * The presentation's controls (not printed), in one row even on a phone: leave, previous and next,
 * which slide this is, full screen, the audience or speaker view, and the handout (printed one slide
 * per page, with each slide's notes beneath when asked). `hrefFor` is the address of slide n
 * (1-based), in the speaker view or not.
 */
export function DeckControls({
  current,
  count,
  notes,
  leaveTo,
  hrefFor,
  withNotes,
  onWithNotes,
}: {
  /** The slide shown (0-based). */
  current: number;
  count: number;
  /** Whether this is the speaker view. */
  notes: boolean;
  leaveTo: string;
  hrefFor: (n: number, speaker?: boolean) => string;
  /** Whether the handout prints each slide's notes. */
  withNotes: boolean;
  onWithNotes: (withNotes: boolean) => void;
}) {
  const t = usePresentMessages();
  const navigate = useNavigate();
  const id = useId();
  const [printing, setPrinting] = useState(false);
  return (
    <nav className="deck-controls no-print" aria-label={t.pageTitle}>
      <AppLink to={leaveTo} className="button small secondary deck-button">
        <Icon name="leave" />
        <Label>{t.leave}</Label>
      </AppLink>
      <AppLink
        to={hrefFor(current)}
        className="button small deck-button"
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
        className="button small deck-button"
        aria-disabled={current === count - 1}
        aria-label={t.next}
        replace
      >
        →
      </AppLink>
      <button
        type="button"
        className="button small secondary deck-button"
        onClick={() => {
          void document.documentElement.requestFullscreen().catch(() => undefined);
        }}
      >
        <Icon name="fullscreen" />
        <Label>{t.fullscreen}</Label>
      </button>
      {notes ? (
        <AppLink to={hrefFor(current + 1, false)} className="button small secondary deck-button" replace>
          <Icon name="audience" />
          <Label>{t.audienceView}</Label>
        </AppLink>
      ) : (
        <button
          type="button"
          className="button small secondary deck-button"
          onClick={() => {
            // This window stays the audience's (on the projector); the speaker's opens beside it.
            // Without a second window (blocked, or a phone) this one becomes the speaker view.
            const opened = window.open(hrefFor(current + 1, true), 'irt-speaker', 'popup');
            if (!opened) void navigate(hrefFor(current + 1, true), { replace: true });
          }}
        >
          <Icon name="speaker" />
          <Label>{t.speakerView}</Label>
        </button>
      )}
      <div className="deck-handout">
        <button
          type="button"
          className="button small secondary deck-button"
          aria-expanded={printing}
          aria-controls={`${id}-handout`}
          onClick={() => {
            setPrinting(!printing);
          }}
        >
          <Icon name="print" />
          <Label>{t.handout}</Label>
        </button>
        {printing ? (
          <div
            id={`${id}-handout`}
            className="deck-handout-panel"
            onKeyDown={(e) => {
              // Esc closes this box (rather than leaving the presentation).
              if (e.key !== 'Escape') return;
              e.stopPropagation();
              setPrinting(false);
            }}
          >
            <label>
              <input
                type="checkbox"
                checked={withNotes}
                onChange={(e) => {
                  onWithNotes(e.target.checked);
                }}
              />{' '}
              {t.withNotes}
            </label>
            <button
              type="button"
              className="button small"
              onClick={() => {
                window.print();
              }}
            >
              {t.print}
            </button>
          </div>
        ) : null}
      </div>
    </nav>
  );
}
