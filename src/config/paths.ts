export { href } from './routes';

/** Adds the `lang` parameter for non-default languages so a copied link keeps the language. */
export function withLang(href: string, lang: string): string {
  if (lang === 'en') return href;
  const [path = '', hash] = href.split('#');
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}lang=${lang}${hash === undefined ? '' : `#${hash}`}`;
}
