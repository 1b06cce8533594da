import { useSyncExternalStore } from 'react';
import { storeIssues } from '@/lib/storage';
import { useI18n } from '@/lib/i18n/context';

// Loaded only when there is something to say, so its text stays out of the first page.
const text = {
  en: {
    names: {
      'irt:lang': 'your language choice',
      'irt:views': 'your saved views',
      'irt:visits': 'the date of your last visit',
    } as Record<string, string>,
    unread: (what: string) =>
      `Settings saved in this browser could not be read (${what}), so defaults are used.`,
    keptAside: 'The old value was kept aside in browser storage, not deleted.',
    leftInPlace: 'The old value was left untouched in browser storage.',
    unsaved: (what: string) =>
      `This browser did not let the tracker save ${what} (storage is full or blocked). Links still carry every setting.`,
    dismiss: 'Dismiss',
  },
  es: {
    names: {
      'irt:lang': 'su elección de idioma',
      'irt:views': 'sus vistas guardadas',
      'irt:visits': 'la fecha de su última visita',
    } as Record<string, string>,
    unread: (what: string) =>
      `No se pudieron leer ajustes guardados en este navegador (${what}); se usan los predeterminados.`,
    keptAside: 'El valor anterior se guardó aparte en el almacenamiento del navegador; no se borró.',
    leftInPlace: 'El valor anterior se dejó intacto en el almacenamiento del navegador.',
    unsaved: (what: string) =>
      `Este navegador no permitió guardar ${what} (almacenamiento lleno o bloqueado). Los enlaces conservan todos los ajustes.`,
    dismiss: 'Cerrar',
  },
};

/** Says when settings saved in the browser could not be read or written; never blocks the page. */
export default function StorageNotice() {
  const { lang } = useI18n();
  const t = text[lang];
  const issues = useSyncExternalStore(storeIssues.subscribe, storeIssues.get, storeIssues.none);
  if (issues.length === 0) return null;
  const name = (key: string) => t.names[key] ?? key;
  const unread = issues.filter((i) => i.kind === 'corrupt' || i.kind === 'outdated');
  const unsaved = issues.filter((i) => i.kind === 'quota' || i.kind === 'unavailable');
  return (
    <div className="callout callout-warning storage-notice" role="status">
      {unread.length > 0 ? (
        <p>
          {t.unread(unread.map((i) => name(i.key)).join(', '))}{' '}
          {unread.every((i) => i.setAsideAs) ? t.keptAside : t.leftInPlace}
        </p>
      ) : null}
      {unsaved.length > 0 ? <p>{t.unsaved(unsaved.map((i) => name(i.key)).join(', '))}</p> : null}
      <button type="button" className="button small secondary" onClick={storeIssues.dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
