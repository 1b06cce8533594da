import { pageMessages } from '@/lib/i18n/page-messages';
import type { StorylineMessages } from './messages.en';

export type { StorylineMessages };

/**
 * Texts of a storyline’s currency, one module per language: loaded, in the page’s language only, by the
 * loader of each page that shows it in full.
 */
export const { load: loadStorylineMessages, use: useStorylineMessages } = pageMessages<StorylineMessages>(
  'storylines',
  {
    en: () => import('./messages.en'),
    es: () => import('./messages.es'),
  },
);
