import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

export const ME_QUERY_KEY = ['me'] as const;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended elsewhere (signed out, expired) sends the user back to sign-in.
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== 'me') {
          client.setQueryData(ME_QUERY_KEY, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status > 0 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
