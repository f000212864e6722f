import { Alert, Button, Center, Loader } from '@mantine/core';

import { isApiError } from '@/lib/api-client';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl">
      <Loader aria-label={label} />
    </Center>
  );
}

function describe(error: unknown): string {
  if (isApiError(error, 403)) return 'You are not allowed to see this.';
  if (isApiError(error, 404)) return 'This record does not exist, or you may not see it.';
  if (isApiError(error)) return error.problem.detail || error.problem.title || error.message;
  return 'Could not reach the server. Check your connection and try again.';
}

type QueryErrorProps = {
  error: unknown;
  onRetry?: () => void;
  title?: string;
};

export function QueryError({ error, onRetry, title = 'Could not load this page' }: QueryErrorProps) {
  return (
    <Alert color="red" title={title} role="alert">
      {describe(error)}
      {onRetry && (
        <div>
          <Button mt="sm" size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
    </Alert>
  );
}

/** The part of an infinite query that pages on: TanStack's infinite query result fits it. */
type NextPages = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
};

/** "Load more" under a paged list, with the error of a page that failed to load and a retry. */
export function LoadMore({ query, what }: { query: NextPages; what: string }) {
  return (
    <>
      {query.isFetchNextPageError && (
        <QueryError title={`Could not load more ${what}`} error={query.error} onRetry={() => void query.fetchNextPage()} />
      )}
      {query.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        </Center>
      )}
    </>
  );
}
