import { createContext, use } from 'react';
import type { Lang } from '@/lib/format';
import { en, type Messages } from './messages/en';

export interface I18n {
  lang: Lang;
  m: Messages;
}

export const I18nContext = createContext<I18n>({ lang: 'en', m: en });

/** The active language and its message catalog. */
export function useI18n(): I18n {
  return use(I18nContext);
}
