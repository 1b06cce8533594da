import { href } from '@/config/paths';
import { PageHead } from './page-head';
import { useI18n } from '@/lib/i18n/context';
import { AppLink } from './app-link';

/** The not-found page, with a way back. */
export function NotFound({ item = false }: { item?: boolean }) {
  const { m } = useI18n();
  return (
    <div className="page narrow">
      <PageHead
        title={m.notFound.title}
        description={item ? m.notFound.itemBody : m.notFound.body}
        index={false}
      />
      <h1>{m.notFound.title}</h1>
      <p>{item ? m.notFound.itemBody : m.notFound.body}</p>
      <p>
        <AppLink to={href('overview')} className="button">
          {m.notFound.home}
        </AppLink>
      </p>
    </div>
  );
}
