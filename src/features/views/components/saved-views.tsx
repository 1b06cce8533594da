import { FileImportButton, RenameField } from '@/components/ui/saved-item-controls';
import { useId, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { AppLink } from '@/components/ui/app-link';
import { useI18n } from '@/lib/i18n/context';
import { download } from '@/lib/download';
import { loadViews, mergeFile, newView, storeViews, toFile, type SavedView } from '../lib/saved-views';

interface Props {
  query: string;
  path: string;
}

/**
 * Name and keep timeline views in this browser; rename, delete, export and import them. The build
 * draws no one's saved views: this browser's are read once the page is live (a fresh panel then).
 */
export function SavedViews(props: Props) {
  const live = useHydrated();
  return <SavedViewsPanel key={live ? 'live' : 'drawn'} live={live} {...props} />;
}

function SavedViewsPanel({ query, path, live }: Props & { live: boolean }) {
  const { m } = useI18n();
  const t = m.savedViews;
  const id = useId();
  const [views, setViews] = useState<SavedView[]>(() => (live ? loadViews() : []));
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: SavedView[] } | null>(null);

  const commit = (next: SavedView[], text: string, undo?: SavedView[]) => {
    setViews(next);
    const ok = storeViews(next);
    setMessage({ text: ok ? text : `${text} ${t.notSaved}`, ...(undo ? { undo } : {}) });
  };

  return (
    <details className="saved-views panel">
      <summary>
        {t.title} ({views.length})
      </summary>
      <form
        className="saved-views-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          const view = newView(name, query);
          commit([...views, view], t.saved(view.name));
          setName('');
        }}
      >
        <label htmlFor={`${id}-name`}>{t.name}</label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={120}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
        <button type="submit" className="button small" disabled={!name.trim()}>
          {t.save}
        </button>
      </form>
      {views.length === 0 ? <p className="muted small">{t.none}</p> : null}
      <ul className="saved-views-list">
        {views.map((view) => (
          <li key={view.id}>
            {editing === view.id ? (
              <RenameField
                name={view.name}
                label={t.rename}
                onDone={(next) => {
                  setEditing(null);
                  if (next)
                    commit(
                      views.map((v) => (v.id === view.id ? { ...v, name: next } : v)),
                      t.saved(next),
                    );
                }}
              />
            ) : (
              <AppLink to={`${path}${view.query ? `?${view.query}` : ''}`}>{view.name}</AppLink>
            )}{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                setEditing(editing === view.id ? null : view.id);
              }}
            >
              {editing === view.id ? t.done : t.rename}
              <span className="visually-hidden"> {view.name}</span>
            </button>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                commit(
                  views.filter((v) => v.id !== view.id),
                  t.removed(view.name),
                  views,
                );
              }}
            >
              {t.remove}
              <span className="visually-hidden"> {view.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="saved-views-actions">
        <button
          type="button"
          className="button small secondary"
          disabled={views.length === 0}
          onClick={() => {
            download('iron-river-views.json', 'application/json', toFile(views));
          }}
        >
          {t.export}
        </button>
        <FileImportButton
          label={t.import}
          onText={(content) => {
            const result = mergeFile(views, content);
            if ('error' in result) setMessage({ text: t.badFile[result.error] });
            else commit(result.views, t.imported(result.added, result.skipped));
          }}
        />
      </div>
      {message ? (
        <p role="status" className="small">
          {message.text}{' '}
          {message.undo ? (
            <button
              type="button"
              className="link-button small"
              onClick={() => {
                if (message.undo) commit(message.undo, t.undo);
              }}
            >
              {t.undo}
            </button>
          ) : null}
        </p>
      ) : (
        <p role="status" className="visually-hidden" />
      )}
    </details>
  );
}
