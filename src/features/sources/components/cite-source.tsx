import { useState } from 'react';
import type { Source } from '@/data/sources/contract';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { useI18n } from '@/lib/i18n/context';
import { usePageUrl } from '@/lib/use-page-url';
import { citeSource } from '../lib/cite';
import { CiteThis, useCitationContext } from './cite-this';
import { useSourcesMessages } from '../messages';

function Citations({ source }: { source: Source }) {
  const { lang } = useI18n();
  const t = useSourcesMessages();
  const context = useCitationContext();
  const trackerUrl = usePageUrl(lang, `source-${source.id}`);
  const citations = citeSource(
    {
      id: source.id,
      publisher: source.publisherLabel?.[lang] ?? source.publisher,
      title: source.untitled ? `[${source.untitled[lang]}]` : source.title,
      date: source.date,
      url: source.url,
      news: source.kind === 'news',
      trackerUrl,
      version: context.version,
      accessed: context.accessed,
      lang,
    },
    t.citation,
  );
  return <CiteThis citations={citations} file={source.id} heading={t.source} accessed={context.accessed} />;
}

/** "Cite this source", folded: the formats are drawn only once a reader opens it. */
export function CiteSource({ source }: { source: Source }) {
  const t = useSourcesMessages();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="cite-source"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>{t.source}</summary>
      {open ? (
        <QueryBoundary>
          <Citations source={source} />
        </QueryBoundary>
      ) : null}
    </details>
  );
}
