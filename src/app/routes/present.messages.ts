import { pageMessages } from '@/lib/i18n/page-messages';
import type { PresentMessages } from './present.messages.en';

export type { PresentMessages };

/**
 * Text of the presentation mode, one module per language: only the page’s own language is loaded, by its
 * loader.
 */
export const { load: loadPresentMessages, use: usePresentMessages } = pageMessages<PresentMessages>(
  'present',
  {
    en: () => import('./present.messages.en'),
    es: () => import('./present.messages.es'),
  },
);
