/** Typed href builders: the one place that knows the app's URLs. */
export const paths = {
  overview: () => '/',
  timeline: () => '/timeline',
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  storylines: () => '/storylines',
  storyline: (id: string) => `/storylines/${encodeURIComponent(id)}`,
  metrics: () => '/metrics',
  metric: (id: string) => `/metrics/${encodeURIComponent(id)}`,
  sources: () => '/sources',
  glossary: () => '/glossary',
  about: () => '/about',
  present: (query = '') => `/present${query ? `?${query}` : ''}`,
} as const;

/** Adds the `lang` parameter for non-default languages so a copied link keeps the language. */
export function withLang(href: string, lang: string): string {
  if (lang === 'en') return href;
  const [path = '', hash] = href.split('#');
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}lang=${lang}${hash === undefined ? '' : `#${hash}`}`;
}
