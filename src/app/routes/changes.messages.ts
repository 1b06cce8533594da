import { pageMessages } from '@/lib/i18n/page-messages';
import type { ChangesMessages } from './changes.messages.en';

export type { ChangesMessages };

/**
 * Texts of the "What changed" page, one module per language: only the page’s own language is loaded, by its
 * loader.
 */
export const { load: loadChangesMessages, use: useChangesMessages } = pageMessages<ChangesMessages>(
  'changes',
  {
    en: () => import('./changes.messages.en'),
    es: () => import('./changes.messages.es'),
  },
);
