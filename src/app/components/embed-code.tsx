import { useId, useState } from 'react';
import { env } from '@/config/env';
import { EMBED_SIZE, embedPath, type EmbedKind } from '@/config/embeds';
import { iframeCode } from '@/lib/embed-code';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import type { Lang } from '@/lib/i18n/langs';
import { useCopy } from '@/lib/use-copy';
import { useEmbedCodeMessages } from './embed-code.messages';

/**
 * The address of an embed on the site the reader is on (its language the page's), absolute: the
 * code is pasted into another site.
 */
export function embedUrl(kind: EmbedKind, id: string, lang: Lang): string {
  const base = new URL(env.basePath, window.location.origin);
  return new URL(localize(embedPath(kind, id), lang).slice(1), base).href;
}

/**
 * "Embed": reveals the code that frames this panel or storyline on another site (its embed page,
 * in the page's language), with a button that copies it. Drawn closed; the code is written when
 * opened, from the address the reader is on.
 */
export function EmbedCode(props: { kind: EmbedKind; id: string; title: string }) {
  return env.embeds ? <EmbedCodeButton {...props} /> : null;
}

function EmbedCodeButton({ kind, id, title }: { kind: EmbedKind; id: string; title: string }) {
  const { lang, m } = useI18n();
  const t = useEmbedCodeMessages();
  const [open, setOpen] = useState(false);
  const [copy, copyText] = useCopy();
  const panel = useId();
  const src = open ? embedUrl(kind, id, lang) : '';
  const code = open ? iframeCode({ src, title: `${title} · ${m.appName}`, ...EMBED_SIZE[kind] }) : '';
  return (
    <>
      <button
        type="button"
        className="button small secondary"
        aria-expanded={open}
        aria-controls={open ? panel : undefined}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t.embed}
      </button>
      {open ? (
        <div id={panel} className="embed-code" role="group" aria-labelledby={`${panel}-title`}>
          <p id={`${panel}-title`} className="embed-code-title">
            {t.title[kind]}
          </p>
          <p className="small muted">{t.hint}</p>
          <label htmlFor={`${panel}-code`} className="small">
            {t.code}
          </label>
          <textarea
            id={`${panel}-code`}
            readOnly
            rows={4}
            value={code}
            spellCheck={false}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
          <div className="embed-code-actions">
            <button
              type="button"
              className="button small"
              onClick={() => {
                copyText(code);
              }}
            >
              {t.copy}
            </button>
            <a className="small" href={src} target="_blank" rel="noopener">
              {t.preview}
              <span className="visually-hidden"> {m.event.opensNewTab}</span>
            </a>
            <span role="status" className="muted small">
              {copy === 'copied' ? t.copied : copy === 'failed' ? t.failed : ''}
            </span>
          </div>
        </div>
      ) : null}
    </>
  );
}
