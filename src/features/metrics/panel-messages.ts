import { pageMessages } from '@/lib/i18n/page-messages';
import type { PanelMessages } from './panel-messages.en';

export type { PanelMessages };

/**
 * UI text of a metric panel, one module per language: loaded, in the page’s language only, by the loader of
 * each page that shows a panel or its charts.
 */
export const { load: loadPanelMessages, use: usePanelMessages } = pageMessages<PanelMessages>('panel', {
  en: () => import('./panel-messages.en'),
  es: () => import('./panel-messages.es'),
});
