import { pageMessages } from '@/lib/i18n/page-messages';
import type { SourcesMessages } from './messages.en';

export type { SourcesMessages };

/**
 * Texts of citations and identifiers, one module per language: loaded, in the page’s language only, by the
 * loader of each page that cites.
 */
export const { load: loadSourcesMessages, use: useSourcesMessages } = pageMessages<SourcesMessages>(
  'sources',
  {
    en: () => import('./messages.en'),
    es: () => import('./messages.es'),
  },
);
