import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';

export interface ClientProviderProps<TClient> {
  client: TClient;
  children?: ReactNode;
}

/** The API clients of the providers above, by API name; nested providers add theirs. */
const ClientsContext = createContext<Readonly<Record<string, unknown>>>({});
ClientsContext.displayName = 'AIGatewayClients';

/**
 * Hands one API's client to the hooks below it. The QueryClient stays TanStack's
 * (`QueryClientProvider`), so one cache holds the queries of both APIs.
 */
export function ApiClientProvider({
  api,
  client,
  children,
}: ClientProviderProps<unknown> & { api: string }) {
  const parent = useContext(ClientsContext);
  const value = useMemo(() => ({ ...parent, [api]: client }), [parent, api, client]);
  return createElement(ClientsContext.Provider, { value }, children);
}

/** The client the nearest provider of `api` holds; throws, naming the provider, when there is none. */
export function useApiClient<TClient>(api: string, providerName: string): TClient {
  const client = useContext(ClientsContext)[api];
  if (client === undefined) {
    throw new Error(`No ${api} client: wrap your components in <${providerName} client={...}>.`);
  }
  return client as TClient;
}
