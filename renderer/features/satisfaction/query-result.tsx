import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';

/** A query's answer once it is there; a failure with a retry, or a spinner, until then. */
export function QueryResult<T>({
  query,
  loadingLabel,
  children,
}: {
  query: { data: T | undefined; error: unknown; reload: () => void };
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.data !== undefined ? children(query.data) : query.error ? null : <Loading label={loadingLabel} />}
    </>
  );
}
