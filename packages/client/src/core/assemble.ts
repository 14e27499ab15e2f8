import {
  ClientCore,
  type ClientCoreConfig,
  type OperationResponseValidators,
  type ResponseValidatorLoader,
} from './client-core.js';
import type { OperationDescriptor } from './descriptor.js';
import { AIGatewayError } from './errors.js';
import type { Middleware } from './hooks.js';
import { rawClient } from './raw.js';
import type { RawClient } from './raw-types.js';
import { headerSecrets } from './utils.js';

/**
 * Options both clients take, whatever their API and credentials. Every field also takes
 * `undefined`, so `{ timeoutMs: process.env.X ? Number(process.env.X) : undefined }` compiles
 * under `exactOptionalPropertyTypes`.
 */
export interface SharedClientOptions {
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries of idempotent requests on connection errors, 408, 409, 429 and 5xx; default 2. */
  maxRetries?: number | undefined;
  /** Per-attempt time limit in milliseconds; default 60 000. */
  timeoutMs?: number | undefined;
  /**
   * Longest response body read, in bytes; default 32 MiB. A longer body is not read further (the
   * connection is closed) and the call throws `ResponseTooLargeError`.
   */
  maxResponseBytes?: number | undefined;
  /** Check every response against the spec; drift throws `ResponseValidationError`. */
  validateResponses?: boolean | undefined;
  /**
   * Sent with every request. They cannot replace the credentials. The values of credential
   * headers among them (`authorization`, `cf-aig-authorization`, `x-auth-key`, …, and those named
   * in `secretHeaders`) are redacted from every error.
   */
  headers?: Record<string, string> | undefined;
  /** Further header names whose values are secrets, in the client's and in a call's headers. */
  secretHeaders?: readonly string[] | undefined;
  /**
   * Hooks that see, and may replace, each request and each answer of the resource methods (every
   * attempt, retries included): `onRequest({ request, operationId })` and
   * `onResponse({ request, response, operationId })`, in openapi-fetch's middleware shape.
   */
  middleware?: readonly Middleware[] | undefined;
}

/** The headers that authenticate a client, and the values in them that no error may show. */
export interface Credentials {
  headers: Record<string, string>;
  secrets: string[];
}

/** What both clients' factories resolve from their options before building a client. */
export type ClientSettings = Omit<ClientCoreConfig, 'loadResponseValidators'>;

/**
 * A user name or password in the base URL would be quoted by every error that names the URL, and
 * `fetch` refuses such URLs anyway: the client says so up front, without repeating the URL.
 */
function refuseCredentialsInUrl(baseUrl: string): void {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    return;
  }
  if (parsed.username || parsed.password)
    throw new AIGatewayError(
      `baseUrl must not carry a user name or password (${parsed.protocol}//…@${parsed.host}): pass credentials in the client's options instead`,
    );
}

/** The settings of a client of `serverUrl` (unless `options.baseUrl` names another) with `auth`. */
export function clientSettings(
  options: SharedClientOptions & { baseUrl?: string | undefined },
  serverUrl: string,
  auth: Credentials,
  api: Pick<ClientCoreConfig, 'pathDefaults' | 'pathHints' | 'successFlag'> = {},
): ClientSettings {
  if (options.baseUrl !== undefined) refuseCredentialsInUrl(options.baseUrl);
  return {
    ...api,
    baseUrl: options.baseUrl ?? serverUrl,
    headers: { ...options.headers, ...auth.headers },
    // The credential headers' whole values too (`Bearer …`), as a server may quote them encoded.
    secrets: [
      ...auth.secrets,
      ...headerSecrets({ ...options.headers, ...auth.headers }, options.secretHeaders),
    ],
    secretHeaders: options.secretHeaders,
    middleware: options.middleware,
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    maxResponseBytes: options.maxResponseBytes,
    validateResponses: options.validateResponses,
  };
}

interface ApiParts<Resources> {
  operations: Readonly<Record<string, OperationDescriptor>>;
  createResources: (core: ClientCore) => Resources;
  loadResponseValidators: ResponseValidatorLoader;
}

/** The resource layer over a new `ClientCore`, with the raw client one property away. */
export function assembleClient<Resources, Paths extends {}>(
  settings: ClientSettings,
  parts: ApiParts<Resources>,
): Resources & { readonly raw: RawClient<Paths> } {
  const core = new ClientCore({
    ...settings,
    loadResponseValidators: parts.loadResponseValidators,
  });
  let raw: RawClient<Paths> | undefined;
  // A getter defined in place: `Object.assign` would call it, building the raw client eagerly.
  return Object.defineProperty(parts.createResources(core) as object, 'raw', {
    get: () => {
      raw ??= rawClient<Paths>(settings, parts.operations);
      return raw;
    },
    enumerable: true,
  }) as Resources & { readonly raw: RawClient<Paths> };
}

/**
 * The response validators of one operation, from an API's `responseLoaders` (one dynamic import
 * per operation); `undefined` for an operation it does not know.
 */
export function loadOperationResponses(
  loaders: object,
  operationId: string,
): Promise<OperationResponseValidators | undefined> {
  const load = Object.hasOwn(loaders, operationId)
    ? (loaders as Record<string, () => Promise<OperationResponseValidators>>)[operationId]
    : undefined;
  return load ? load() : Promise.resolve(undefined);
}
