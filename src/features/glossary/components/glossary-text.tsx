import { useId, useState } from 'react';
import type { GlossaryTerm } from '../api/contract';
import { findTerms } from '../lib/find-terms';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

const label = {
  en: { glossary: 'In the glossary', explain: 'explain' },
  es: { glossary: 'En el glosario', explain: 'explicar' },
};

/** A glossary term in running text: a button that shows a plain-language definition in place. */
function Term({ term, text }: { term: GlossaryTerm; text: string }) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term">
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {text}
        <span className="visually-hidden"> ({label[lang].explain})</span>
      </button>
      <span id={id} role="note" className="term-definition" hidden={!open}>
        <strong>{term.term[lang]}:</strong> {term.definition[lang]}{' '}
        <AppLink to={`${paths.glossary()}#${term.id}`}>{label[lang].glossary}</AppLink>
      </span>
    </span>
  );
}

/** Renders dataset text as text, with glossary terms explained where they first appear. */
export function GlossaryText({
  text,
  terms,
  seen,
}: {
  text: string;
  terms: readonly GlossaryTerm[];
  seen?: Set<string>;
}) {
  const { lang } = useI18n();
  return (
    <>
      {findTerms(text, terms, lang, seen).map((segment, i) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <Term key={`${segment.term.id}-${String(i)}`} term={segment.term} text={segment.text} />
        ),
      )}
    </>
  );
}
