import { useId, useRef, useState } from 'react';
import type { GlossaryTerm } from '@/data/glossary/contract';
import { markTerms, type Segment } from '../lib/find-terms';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

/** A glossary term in running text: a button that shows a plain-language definition in place. */
function Term({ term, text }: { term: GlossaryTerm; text: string }) {
  const { lang, m } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <span
      className="term"
      onKeyDown={(e) => {
        // Esc closes the explanation and gives focus back to the term.
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {text}
        <span className="visually-hidden"> ({m.glossaryTerm.explain})</span>
      </button>
      <span id={id} role="note" className="term-definition" hidden={!open}>
        <strong>{term.term[lang]}:</strong> {term.definition[lang]}{' '}
        <AppLink to={`${href('glossary')}#${term.id}`}>{m.glossaryTerm.glossary}</AppLink>
      </span>
    </span>
  );
}

/**
 * The page's texts split into runs and glossary terms, each term marked at its first mention
 * (see markTerms); render each with GlossaryText.
 */
export function useGlossaryMarks(texts: readonly string[], terms: readonly GlossaryTerm[]): Segment[][] {
  const { lang } = useI18n();
  return markTerms(texts, terms, lang);
}

/** Renders dataset text as text, with glossary terms explained where they first appear. */
export function GlossaryText({ segments }: { segments: readonly Segment[] | undefined }) {
  return (
    <>
      {(segments ?? []).map((segment, i) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <Term key={`${segment.term.id}-${String(i)}`} term={segment.term} text={segment.text} />
        ),
      )}
    </>
  );
}
