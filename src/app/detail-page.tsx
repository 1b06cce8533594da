import type { ComponentType } from 'react';
import { QueryBoundary } from '@/components/ui/query-boundary';

/** A detail route's body: the item's details inside their own loading and error boundary. */
export function DetailPage({
  loader,
  Details,
}: {
  loader: { id: string };
  Details: ComponentType<{ id: string }>;
}) {
  return (
    <QueryBoundary>
      <Details id={loader.id} />
    </QueryBoundary>
  );
}
