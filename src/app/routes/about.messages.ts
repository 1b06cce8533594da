import { pageMessages } from '@/lib/i18n/page-messages';
import type { AboutMessages } from './about.messages.en';

export type { AboutMessages };

/**
 * Texts of the About page, one module per language: only the page’s own language is loaded, by its loader.
 */
export const { load: loadAboutMessages, use: useAboutMessages } = pageMessages<AboutMessages>('about', {
  en: () => import('./about.messages.en'),
  es: () => import('./about.messages.es'),
});
