/** What a correction request is about: the record, as the reader sees it. */
export interface CorrectionTarget {
  id: string;
  title: string;
  url: string;
}

const PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * The address "Suggest a correction" opens: `template` (VITE_CORRECTIONS_URL, an issue form or a
 * `mailto:`) with `{id}`, `{title}` and `{url}` replaced by the record's, each percent-encoded so
 * a title with `&` or `#` stays one value. Null without a template, or when the result is not a
 * web or mail address (the link is then not shown rather than a dead end).
 */
export function correctionHref(template: string | null, target: CorrectionTarget): string | null {
  if (!template) return null;
  const filled = template.replace(/\{(id|title|url)\}/g, (_, key: keyof CorrectionTarget) =>
    encodeURIComponent(target[key]),
  );
  try {
    const url = new URL(filled);
    return PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
