import { pageMessages } from '@/lib/i18n/page-messages';
import type { EmbedCodeMessages } from './embed-code.messages.en';

export type { EmbedCodeMessages };

/**
 * Texts of the "Embed" action, one module per language: loaded, in the page’s language only, by the
 * loaders of the pages that offer it (a metric panel, a storyline).
 */
export const { load: loadEmbedCodeMessages, use: useEmbedCodeMessages } = pageMessages<EmbedCodeMessages>(
  'embed-code',
  {
    en: () => import('./embed-code.messages.en'),
    es: () => import('./embed-code.messages.es'),
  },
);
