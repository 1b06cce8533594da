import { createContext, use } from 'react';
import type { Lang } from '@/lib/format';
import { en, type Messages } from './messages/en';
import { localize } from './lang';

export interface I18n {
  lang: Lang;
  m: Messages;
}

export const I18nContext = createContext<I18n>({ lang: 'en', m: en });

/** The active language and its message catalog. */
export function useI18n(): I18n {
  return use(I18nContext);
}

/** Puts an in-app address (from `href()`) in the page's language, for `navigate()`. */
export function useLocalize(): (to: string) => string {
  const { lang } = useI18n();
  return (to) => localize(to, lang);
}
