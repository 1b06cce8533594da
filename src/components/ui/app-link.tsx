import { Link, type LinkProps } from 'react-router';
import { withLang } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

/** An in-app link that keeps the active language in the URL. */
export function AppLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  const { lang } = useI18n();
  return <Link to={withLang(to, lang)} {...props} />;
}
