import type { Messages } from '@/lib/i18n/messages/en';
import type { Deck } from '@/data/decks/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { useI18n } from '@/lib/i18n/context';
import type { Lang } from '@/lib/i18n/langs';
import { formatInUnit } from '@/features/metrics/lib/format-observation';
import { SpeakerClock } from '@/features/present/components/speaker-clock';
import type { Slide } from '@/features/present/lib/slides';
import { speakerNotes, type NoteLine } from '@/features/present/lib/speaker-notes';
import { identifierLink } from '@/features/sources/lib/identifiers';
import { usePresentMessages } from '../routes/present.messages';

/**
 * A presenter's notes for a slide: for an event, its notes, corrections, identifiers (as the
 * sources feature names them) and its panel's latest figure; for a deck's title, its description.
 */
export function notesFor(
  s: Slide | undefined,
  lang: Lang,
  m: Messages,
  deck: Deck | null,
  related: (event: PolicyEvent) => Metric | undefined,
): NoteLine[] {
  return s?.kind === 'event'
    ? speakerNotes(
        s.event,
        lang,
        m.speakerNotes,
        (s.event.identifiers ?? []).map((id) => {
          const link = identifierLink(id, lang);
          return `${link.kind}: ${link.label}`;
        }),
        related(s.event),
        (v) => {
          const unit = related(s.event)?.unit;
          return unit ? formatInUnit(v, unit, lang) : String(v);
        },
      )
    : s?.kind === 'title' && deck
      ? [{ kind: 'note', text: deck.description[lang] }]
      : [];
}

/** The speaker view's side: the clock, the notes for this slide, what comes next, and the keys. */
export function SpeakerNotes({ notes, next }: { notes: readonly NoteLine[]; next: Slide | undefined }) {
  const { lang } = useI18n();
  const t = usePresentMessages();
  return (
    <aside className="speaker-notes no-print" aria-label={t.notes}>
      <SpeakerClock lang={lang} />
      <h2>{t.notes}</h2>
      {notes.length > 0 ? (
        <ul className="speaker-lines">
          {notes.map((n) => (
            <li key={n.text} className={`note-${n.kind}`}>
              {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noNotes}</p>
      )}
      <h2>{t.nextUp}</h2>
      <p>
        {next
          ? next.kind === 'event'
            ? next.event.title[lang]
            : next.kind === 'sources'
              ? t.allSources
              : ''
          : t.end}
      </p>
      <h2>{t.keysTitle}</h2>
      <p className="small">{t.keys}</p>
    </aside>
  );
}
