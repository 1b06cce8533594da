import { Component, Suspense, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { DataErrorMessage } from './data-error';
import { Loading } from './loading';

interface BoundaryProps {
  onReset: () => void;
  children: ReactNode;
}

class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };
  override render() {
    if (this.state.error !== null) return <DataErrorMessage error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/**
 * One section of a page that loads its own data: it shows progress while
 * loading and, if its data fails, a message with a retry, without taking
 * the rest of the page down.
 */
export function QueryBoundary({ children, loadingLabel }: { children: ReactNode; loadingLabel?: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset}>
          <Suspense fallback={<Loading {...(loadingLabel ? { label: loadingLabel } : {})} />}>
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
