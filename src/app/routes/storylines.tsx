import type { LoaderFunctionArgs } from 'react-router';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { queryClientFrom, prefetch } from '../loader-utils';
import { StorylineBoard } from '../components/storyline-board';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { useI18n } from '@/lib/i18n/context';
import { ViewActions } from '../components/view-actions';

export function loader({ context }: LoaderFunctionArgs) {
  prefetch(queryClientFrom(context), queries.storylines());
  prefetch(queryClientFrom(context), queries.events());
  return null;
}

export function Component() {
  const { m } = useI18n();
  return (
    <div className="page narrow">
      <PageHead title={m.storyline.index} description={m.storyline.indexIntro} />
      <h1>{m.storyline.index}</h1>
      <p className="lede">{m.storyline.indexIntro}</p>
      <ViewActions />
      <QueryBoundary>
        <StorylineBoard />
      </QueryBoundary>
    </div>
  );
}
