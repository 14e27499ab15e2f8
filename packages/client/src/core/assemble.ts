import createRawClient, { type Client } from 'openapi-fetch';
import { ClientCore, type ClientCoreConfig, type ResponseValidators } from './client-core.js';
import type { OperationDescriptor } from './descriptor.js';
import { encodeQuery } from './query.js';

/** Options both clients take, whatever their API and credentials. */
export interface SharedClientOptions {
  fetch?: typeof globalThis.fetch;
  /** Retries of idempotent requests on connection errors, 408, 409, 429 and 5xx; default 2. */
  maxRetries?: number;
  /** Per-attempt time limit in milliseconds; default 60 000. */
  timeoutMs?: number;
  /** Check every response against the spec; drift throws `ResponseValidationError`. */
  validateResponses?: boolean;
  /** Sent with every request. They cannot replace the credentials. */
  headers?: Record<string, string>;
}

/** The headers that authenticate a client, and the values in them that no error may show. */
export interface Credentials {
  headers: Record<string, string>;
  secrets: string[];
}

/** What both clients' factories resolve from their options before building a client. */
export type ClientSettings = Omit<ClientCoreConfig, 'loadResponseValidators'>;

/** The settings of a client of `serverUrl` (unless `options.baseUrl` names another) with `auth`. */
export function clientSettings(
  options: SharedClientOptions & { baseUrl?: string },
  serverUrl: string,
  auth: Credentials,
  pathDefaults?: Record<string, string>,
): ClientSettings {
  return {
    baseUrl: options.baseUrl ?? serverUrl,
    headers: { ...options.headers, ...auth.headers },
    secrets: auth.secrets,
    ...(pathDefaults ? { pathDefaults } : {}),
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    validateResponses: options.validateResponses,
  };
}

interface ApiParts<Resources> {
  operations: Readonly<Record<string, OperationDescriptor>>;
  createResources: (core: ClientCore) => Resources;
  loadResponseValidators: () => Promise<ResponseValidators>;
}

/** The raw typed client: openapi-fetch over the spec's types, with the API's query encoding. */
export function rawClient<Paths extends {}>(
  settings: ClientSettings,
  operations: ApiParts<unknown>['operations'],
): Client<Paths> {
  // Query parameter names mean the same on every operation, so one serialiser serves them all.
  const encodings = Object.assign(
    {},
    ...Object.values(operations).map((operation) => operation.query),
  );
  return createRawClient<Paths>({
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    querySerializer: (query) => encodeQuery(query, encodings).slice(1),
  });
}

/** The resource layer over a new `ClientCore`, with the raw client one property away. */
export function assembleClient<Resources, Paths extends {}>(
  settings: ClientSettings,
  parts: ApiParts<Resources>,
): Resources & { readonly raw: Client<Paths> } {
  const core = new ClientCore({
    ...settings,
    loadResponseValidators: parts.loadResponseValidators,
  });
  let raw: Client<Paths> | undefined;
  return Object.assign(parts.createResources(core) as object, {
    get raw() {
      raw ??= rawClient<Paths>(settings, parts.operations);
      return raw;
    },
  }) as Resources & { readonly raw: Client<Paths> };
}
