import createRawClient, { type Client } from 'openapi-fetch';
import type { ClientCore } from './client-core.js';
import type { OperationDescriptor } from './descriptor.js';
import { encodeQuery } from './query.js';

/** What both clients' factories resolve from their options before building a client. */
export interface ClientSettings {
  baseUrl: string;
  headers: Record<string, string>;
  secrets: string[];
  pathDefaults?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
  maxRetries?: number;
  timeoutMs?: number;
  validateResponses?: boolean;
}

interface ApiParts<Resources> {
  operations: Readonly<Record<string, OperationDescriptor>>;
  createResources: (core: ClientCore) => Resources;
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

/** The resource layer over a `ClientCore`, with the raw client one property away. */
export function assembleClient<Resources, Paths extends {}>(
  core: ClientCore,
  settings: ClientSettings,
  parts: ApiParts<Resources>,
): Resources & { readonly raw: Client<Paths> } {
  let raw: Client<Paths> | undefined;
  return Object.assign(parts.createResources(core) as object, {
    get raw() {
      raw ??= rawClient<Paths>(settings, parts.operations);
      return raw;
    },
  }) as Resources & { readonly raw: Client<Paths> };
}
