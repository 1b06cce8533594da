import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { DataErrorMessage } from '@/components/ui/data-error';
import { NotFound } from '@/components/ui/not-found';

/** Errors inside a page keep the shell: a not-found page for 404s, otherwise a message with a retry. */
export function PageError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound item />;
  return (
    <div className="page">
      <DataErrorMessage error={error} onRetry={() => void revalidator.revalidate()} />
    </div>
  );
}
