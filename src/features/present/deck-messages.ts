import { pageMessages } from '@/lib/i18n/page-messages';
import type { DeckMessages } from './deck-messages.en';

export type { DeckMessages };

/**
 * Texts of built decks (the builder, and a built deck presented), one module per language: loaded,
 * in the page’s language only, by the builder’s loader and by the presentation’s when it shows one.
 */
export const { load: loadDeckMessages, use: useDeckMessages } = pageMessages<DeckMessages>('deck', {
  en: () => import('./deck-messages.en'),
  es: () => import('./deck-messages.es'),
});
