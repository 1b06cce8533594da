import type { Identifier } from '@/data/identifiers';
import { ExternalLink } from '@/components/ui/external-link';
import { useI18n } from '@/lib/i18n/context';
import { identifierLink } from '../lib/identifiers';
import { useSourcesMessages } from '../messages';

/** The numbers a matter is cited by, each linked to its official or standard page. */
export function IdentifierList({ identifiers }: { identifiers: readonly Identifier[] }) {
  const { lang } = useI18n();
  const t = useSourcesMessages();
  if (identifiers.length === 0) return null;
  return (
    <ul className="identifiers">
      {identifiers.map((identifier) => {
        const link = identifierLink(identifier, lang, t.identifier);
        return (
          <li key={`${link.kind}:${link.label}`}>
            <span className="muted">{link.kind}: </span>
            {link.url && !link.search ? (
              <ExternalLink href={link.url}>{link.label}</ExternalLink>
            ) : (
              <>
                <span className="identifier">{link.label}</span>
                {link.url ? (
                  <>
                    {' '}
                    (<ExternalLink href={link.url}>{t.searchFor('CourtListener')}</ExternalLink>)
                  </>
                ) : null}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
