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
import type { SourcesMessages } from '@/features/sources/messages';
import { usePresentMessages } from '../routes/present.messages';

/**
 * A presenter's notes for a slide: first the deck's note for it (the presenter's own words, or a
 * curated deck's), then for an event its notes, corrections, identifiers (as the sources feature
 * names them) and its panel's latest figure; for a curated deck's title, its description.
 */
export function notesFor(
  s: Slide | undefined,
  lang: Lang,
  m: Messages,
  deck: Deck | null,
  related: (event: PolicyEvent) => Metric | undefined,
  identifierWords: SourcesMessages['identifier'],
): NoteLine[] {
  const own: NoteLine[] = s && 'note' in s && s.note ? [{ kind: 'presenter', text: s.note }] : [];
  return [...own, ...generatedNotes(s, lang, m, deck, related, identifierWords)];
}

function generatedNotes(
  s: Slide | undefined,
  lang: Lang,
  m: Messages,
  deck: Deck | null,
  related: (event: PolicyEvent) => Metric | undefined,
  identifierWords: SourcesMessages['identifier'],
): NoteLine[] {
  return s?.kind === 'event'
    ? speakerNotes(
        s.event,
        lang,
        m.speakerNotes,
        (s.event.identifiers ?? []).map((id) => {
          const link = identifierLink(id, lang, identifierWords);
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
      {notes.length > 0 ? <NoteList notes={notes} /> : <p className="muted">{t.noNotes}</p>}
      <h2>{t.nextUp}</h2>
      <p>
        {next
          ? next.kind === 'event'
            ? next.event.title[lang]
            : next.kind === 'panel'
              ? next.metric.title[lang]
              : next.kind === 'sources'
                ? t.allSources
                : next.kind === 'closing'
                  ? t.closing
                  : ''
          : t.end}
      </p>
      <h2>{t.keysTitle}</h2>
      <p className="small">{t.keys}</p>
    </aside>
  );
}

/** A slide's notes, the presenter's own first (set apart). */
function NoteList({ notes }: { notes: readonly NoteLine[] }) {
  return (
    <ul className="speaker-lines">
      {notes.map((n, i) => (
        <li key={`${String(i)}-${n.text}`} className={`note-${n.kind}`}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}

/** A slide's notes on the handout printed with notes (on paper only; never on the screen's slide). */
export function HandoutNotes({ notes }: { notes: readonly NoteLine[] }) {
  const t = usePresentMessages();
  return (
    <div className="handout-notes print-only" hidden>
      <h2>{t.notes}</h2>
      {notes.length > 0 ? <NoteList notes={notes} /> : <p>{t.noNotes}</p>}
    </div>
  );
}
