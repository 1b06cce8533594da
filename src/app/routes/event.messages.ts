import { pageMessages } from '@/lib/i18n/page-messages';
import type { EventMessages } from './event.messages.en';

export type { EventMessages };

/**
 * Texts of the event page, one module per language: only the page’s own language is loaded, by its loader.
 */
export const { load: loadEventMessages, use: useEventMessages } = pageMessages<EventMessages>('event', {
  en: () => import('./event.messages.en'),
  es: () => import('./event.messages.es'),
});
