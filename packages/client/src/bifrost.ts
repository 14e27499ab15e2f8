import { type paths, requestValidators } from '@ai-gateway/validators/bifrost/requests';
import type { Client } from 'openapi-fetch';
import { assembleClient, type ClientSettings, rawClient } from './core/assemble.js';
import { operations, serverUrl } from './generated/bifrost/operations.js';
import { type BifrostResources, createResources } from './generated/bifrost/resources.js';

export { ValidationError, type ValidationIssue } from '@ai-gateway/validators';
export type {
  components,
  operations as BifrostOperationTypes,
  paths,
} from '@ai-gateway/validators/bifrost/requests';
export * from './core/index.js';
export type * from './generated/bifrost/resources.js';
export { operations as bifrostOperations };

export interface BifrostClientOptions {
  /** Root URL of your Bifrost instance; default `http://localhost:8080`. */
  baseUrl?: string;
  /** Management key or session token, sent as a bearer token. Omit when auth is disabled. */
  token?: string;
  fetch?: typeof globalThis.fetch;
  /** Retries of idempotent requests on connection errors, 408, 409, 429 and 5xx; default 2. */
  maxRetries?: number;
  /** Per-attempt time limit in milliseconds; default 60 000. */
  timeoutMs?: number;
  /** Check every response against the spec; drift throws `ResponseValidationError`. */
  validateResponses?: boolean;
  headers?: Record<string, string>;
}

export type BifrostClient = BifrostResources & {
  /** The typed openapi-fetch client over the same spec. */
  readonly raw: Client<paths>;
};

function settings(options: BifrostClientOptions): ClientSettings {
  return {
    baseUrl: options.baseUrl ?? serverUrl,
    headers: {
      ...options.headers,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    secrets: options.token ? [options.token] : [],
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    validateResponses: options.validateResponses,
  };
}

/** The raw typed client alone: openapi-fetch over the spec's types. */
export function createBifrostRawClient(options: BifrostClientOptions = {}): Client<paths> {
  return rawClient<paths>(settings(options), operations);
}

/** The Bifrost logs client: `logs.list`, `logs.get` and `logs.stats`. */
export function createBifrostClient(options: BifrostClientOptions = {}): BifrostClient {
  return assembleClient<BifrostResources, paths>(settings(options), {
    operations,
    requestValidators,
    loadResponseValidators: async () =>
      (await import('@ai-gateway/validators/bifrost')).operationValidators,
    createResources,
  });
}
