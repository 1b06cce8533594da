import { pageMessages } from '@/lib/i18n/page-messages';
import type { TimelineMessages } from './timeline-messages.en';

export type { TimelineMessages };

/**
 * UI text of the timeline, one module per language: loaded, in the page’s language only, by the timeline’s
 * loader.
 */
export const { load: loadTimelineMessages, use: useTimelineMessages } = pageMessages<TimelineMessages>(
  'timeline',
  {
    en: () => import('./timeline-messages.en'),
    es: () => import('./timeline-messages.es'),
  },
);
