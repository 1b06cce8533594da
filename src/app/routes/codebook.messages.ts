import { pageMessages } from '@/lib/i18n/page-messages';
import type { CodebookMessages } from './codebook.messages.en';

export type { CodebookMessages };

/**
 * Texts of the codebook page, one module per language: only the page’s own language is loaded, by its
 * loader.
 */
export const { load: loadCodebookMessages, use: useCodebookMessages } = pageMessages<CodebookMessages>(
  'codebook',
  {
    en: () => import('./codebook.messages.en'),
    es: () => import('./codebook.messages.es'),
  },
);
