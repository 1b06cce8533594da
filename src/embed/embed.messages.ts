import { pageMessages } from '@/lib/i18n/page-messages';
import type { EmbedMessages } from './embed.messages.en';

export type { EmbedMessages };

/**
 * Texts of the embeds, one module per language: the build loads the page's language before it
 * draws an embed, and a metric embed's script loads only its page's.
 */
export const { load: loadEmbedMessages, use: useEmbedMessages } = pageMessages<EmbedMessages>('embed', {
  en: () => import('./embed.messages.en'),
  es: () => import('./embed.messages.es'),
});
