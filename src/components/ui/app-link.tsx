import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { localize } from '@/lib/i18n/lang';
import { useI18n } from '@/lib/i18n/context';

/** An in-app link to `to` (an address without language, from `href()`) in the page's language. */
export function AppLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  const { lang } = useI18n();
  return <Link to={localize(to, lang)} {...props} />;
}

/** A navigation link (marked current when its page is open) in the page's language. */
export function AppNavLink({ to, ...props }: Omit<NavLinkProps, 'to'> & { to: string }) {
  const { lang } = useI18n();
  return <NavLink to={localize(to, lang)} {...props} />;
}
