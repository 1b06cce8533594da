import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/context';

/** Only http(s) links are rendered as links; anything else is shown as plain text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside source, opened in a new tab without giving it access to this page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { m } = useI18n();
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {m.event.opensNewTab}</span>
    </a>
  );
}
