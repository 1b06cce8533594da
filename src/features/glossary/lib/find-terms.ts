import type { GlossaryTerm } from '@/data/glossary/contract';
import type { Lang } from '@/lib/format';

export type Segment = string | { term: GlossaryTerm; text: string };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits each text into plain runs and glossary terms (by term or alias, whole words,
 * case-insensitive). A term is marked once on the page: at its first mention in the first text
 * that has it. Pure: the same texts always give the same marks (rendering twice, as StrictMode
 * does, must not lose them).
 */
export function markTerms(texts: readonly string[], terms: readonly GlossaryTerm[], lang: Lang): Segment[][] {
  const seen = new Set<string>();
  return texts.map((text) => findTerms(text, terms, lang, seen));
}

function findTerms(text: string, terms: readonly GlossaryTerm[], lang: Lang, seen: Set<string>): Segment[] {
  const forms: { form: string; term: GlossaryTerm }[] = [];
  for (const term of terms) {
    for (const form of [term.term[lang], ...term.aliases[lang]])
      if (form.length >= 3) forms.push({ form, term });
  }
  if (forms.length === 0) return [text];
  forms.sort((a, b) => b.form.length - a.form.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${forms.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const entry = forms.find((f) => f.form.toLowerCase() === found.toLowerCase());
    if (!entry || seen.has(entry.term.id)) continue;
    seen.add(entry.term.id);
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push({ term: entry.term, text: found });
    last = match.index + found.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
