import { FileImportButton } from '@/components/ui/saved-item-controls';
import { useId } from 'react';
import { useHref } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { href } from '@/config/paths';
import { download } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { useCopy } from '@/lib/use-copy';
import type { DeckDraft } from '../lib/built-deck';
import { deckFileName, readDeckFile, toDeckFile } from '../lib/deck-file';
import { LINK_LIMIT } from '../lib/deck-link';
import { useDeckMessages } from '../deck-messages';

/** The `/present` query of a built deck (`d`), and where Esc returns to (`back`). */
export function builtDeckQuery(encoded: string, back?: string): string {
  const q = new URLSearchParams({ d: encoded });
  if (back) q.set('back', back);
  return q.toString();
}

/**
 * Presenting and sharing the deck: the presentation (Esc returns here), the link that reproduces
 * it with its length (over `LINK_LIMIT`, said plainly, with the file offered instead), and the
 * deck as a file, exported or imported (a bad file is refused with what is wrong; nothing changes).
 */
export function DeckShare({
  deck,
  encoded,
  onImport,
  onProblem,
}: {
  deck: DeckDraft;
  /** The deck's `d` value (null while it is being written). */
  encoded: string | null;
  onImport: (deck: DeckDraft) => void;
  onProblem: (text: string) => void;
}) {
  const { lang } = useI18n();
  const t = useDeckMessages();
  const id = useId();
  const [copy, copyText] = useCopy();
  const path = useHref(localize(href('present', undefined, builtDeckQuery(encoded ?? '')), lang));
  const url = `${typeof window === 'undefined' ? '' : window.location.origin}${path}`;
  const ready = encoded !== null && deck.items.length > 0;
  const over = url.length > LINK_LIMIT;
  return (
    <>
      {deck.items.length === 0 ? <p className="muted">{t.needSlide}</p> : null}
      {ready ? (
        <>
          <p>
            <AppLink
              to={href('present', undefined, builtDeckQuery(encoded, localize(href('deck-builder'), lang)))}
              className="button"
            >
              ▶ {t.present}
            </AppLink>
          </p>
          <label className="field-label" htmlFor={`${id}-link`}>
            {t.link}
          </label>
          <div className="builder-link">
            <input
              id={`${id}-link`}
              className="input"
              readOnly
              value={url}
              aria-describedby={`${id}-length`}
              onFocus={(e) => {
                e.currentTarget.select();
              }}
            />
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                copyText(url);
              }}
            >
              {t.copy}
            </button>
          </div>
          <p
            id={`${id}-length`}
            className={over ? 'callout callout-warning small' : 'muted small'}
            data-length={url.length}
          >
            {over
              ? t.linkTooLong(formatNumber(url.length, lang), formatNumber(LINK_LIMIT, lang))
              : t.linkLength(formatNumber(url.length, lang), formatNumber(LINK_LIMIT, lang))}
          </p>
          <p role="status" className="small">
            {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
          </p>
        </>
      ) : null}
      <div className="saved-views-actions">
        <button
          type="button"
          className={`button small${over ? '' : ' secondary'}`}
          disabled={deck.items.length === 0}
          onClick={() => {
            download(deckFileName(deck), 'application/json', toDeckFile(deck));
          }}
        >
          {t.exportFile}
        </button>
        <FileImportButton
          label={t.importFile}
          onText={(text) => {
            const result = readDeckFile(text);
            if ('deck' in result) onImport(result.deck);
            else if (result.error === 'invalid') onProblem(t.badFileProblem(t.problem(result.problem)));
            else onProblem(t.badFile[result.error]);
          }}
        />
      </div>
    </>
  );
}
