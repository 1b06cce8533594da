import { useState } from 'react';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';

const text = {
  en: {
    present: 'Present as slides',
    copy: 'Copy link to this view',
    copied: 'Link copied',
    failed: 'Could not copy; copy the address bar instead.',
  },
  es: {
    present: 'Presentar como diapositivas',
    copy: 'Copiar enlace a esta vista',
    copied: 'Enlace copiado',
    failed: 'No se pudo copiar; copie la barra de direcciones.',
  },
};

/**
 * The actions every view offers: open it as a presentation (`present`: the
 * `/present` query that reproduces it) and copy a link that reproduces it exactly.
 */
export function ViewActions({ present }: { present?: string | null }) {
  const { lang } = useI18n();
  const t = text[lang];
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="view-actions">
      {present !== undefined && present !== null ? (
        <AppLink to={paths.present(present)} className="button small">
          ▶ {t.present}
        </AppLink>
      ) : null}
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => {
              setCopy('copied');
            },
            () => {
              setCopy('failed');
            },
          );
        }}
      >
        {t.copy}
      </button>
      <span role="status" className="muted small">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.failed : ''}
      </span>
    </div>
  );
}
