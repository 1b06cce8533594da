import type { Lang } from '@/lib/format';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';

export const catalogs: Record<Lang, Messages> = { en, es };
