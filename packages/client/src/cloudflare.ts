import type { paths } from '@ai-gateway/validators/cloudflare/requests';
import {
  assembleClient,
  type ClientSettings,
  type Credentials,
  clientSettings,
  loadOperationResponses,
  type SharedClientOptions,
} from './core/assemble.js';
import { ClientCore } from './core/client-core.js';
import { readEnv } from './core/environment.js';
import { AIGatewayError } from './core/errors.js';
import { rawClient, type WithPathDefaults } from './core/raw.js';
import type { RawClient } from './core/raw-types.js';
import { operations, serverUrl } from './generated/cloudflare/operations.js';
import { type CloudflareResources, createResources } from './generated/cloudflare/resources.js';

export { ValidationError, type ValidationIssue } from '@ai-gateway/validators';
export type {
  components,
  operations as CloudflareOperationTypes,
  paths,
} from '@ai-gateway/validators/cloudflare/requests';
export * from './core/index.js';
export * from './generated/cloudflare/functions.js';
export type * from './generated/cloudflare/resources.js';
export { ClientCore, operations as cloudflareOperations };

interface CommonOptions extends SharedClientOptions {
  /** Your Cloudflare account id (or `CLOUDFLARE_ACCOUNT_ID`). A call may pass `account_id` instead. */
  accountId?: string | undefined;
  /** Default: the Cloudflare API, `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string | undefined;
}

/**
 * An API token (or `CLOUDFLARE_API_TOKEN`), or the legacy email + global API key pair. Each
 * takes `undefined` too: `apiToken: process.env.CF_TOKEN` compiles under
 * `exactOptionalPropertyTypes`.
 */
export type CloudflareClientOptions = CommonOptions &
  (
    | { apiToken?: string | undefined; apiEmail?: undefined; apiKey?: undefined }
    | { apiToken?: undefined; apiEmail?: string | undefined; apiKey?: string | undefined }
  );

/** The spec's paths with `account_id` optional: the raw client fills in the client's. */
export type CloudflareRawPaths = WithPathDefaults<paths, 'account_id'>;

export type CloudflareClient = CloudflareResources & {
  /**
   * The typed openapi-fetch client over the same spec, for full control over each request. It
   * sends the client's account id where a call names none, and redacts credentials from error
   * bodies, response headers and connection errors. Built on first use.
   */
  readonly raw: RawClient<CloudflareRawPaths>;
};

function credentials(options: CloudflareClientOptions): Credentials {
  const token =
    options.apiToken ?? (options.apiEmail ? undefined : readEnv('CLOUDFLARE_API_TOKEN'));
  if (token) return { headers: { authorization: `Bearer ${token}` }, secrets: [token] };
  const email = options.apiEmail ?? readEnv('CLOUDFLARE_EMAIL');
  const key = options.apiKey ?? readEnv('CLOUDFLARE_API_KEY');
  if (email && key)
    return { headers: { 'x-auth-email': email, 'x-auth-key': key }, secrets: [key] };
  throw new AIGatewayError(
    'No Cloudflare credentials: pass apiToken, or apiEmail and apiKey, or set CLOUDFLARE_API_TOKEN ' +
      '(or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).',
  );
}

// Response validators are loaded on first use only, one operation's at a time: clients that do not
// check responses never load them, and a call loads the code of its own operation's responses alone.
const loadResponseValidators = async (operationId: string) =>
  loadOperationResponses(
    (await import('@ai-gateway/validators/cloudflare/response-loaders')).responseLoaders,
    operationId,
  );

function settings(options: CloudflareClientOptions): ClientSettings {
  const accountId = options.accountId ?? readEnv('CLOUDFLARE_ACCOUNT_ID');
  return clientSettings(options, serverUrl, credentials(options), {
    pathDefaults: accountId ? { account_id: accountId } : {},
    pathHints: {
      account_id:
        'pass accountId to the client (or set CLOUDFLARE_ACCOUNT_ID), or account_id to the call',
    },
    // Cloudflare's v4 envelope: a 200 whose `success` is false is a failure all the same.
    successFlag: 'success',
  });
}

/**
 * The runtime alone, for the standalone operation functions: `listLogs(core, params)`. A bundle
 * that imports a few of them carries only those operations and their checks.
 */
export function createCloudflareCore(options: CloudflareClientOptions = {}): ClientCore {
  return new ClientCore({ ...settings(options), loadResponseValidators });
}

/** The raw typed client alone: openapi-fetch over the spec's types, authenticated. */
export function createCloudflareRawClient(
  options: CloudflareClientOptions = {},
): RawClient<CloudflareRawPaths> {
  return rawClient<CloudflareRawPaths>(settings(options), operations);
}

/**
 * The Cloudflare AI Gateway client: one method per operation, grouped by resource, with
 * envelopes unwrapped, typed errors, pagination, retries and validation before sending.
 */
export function createCloudflareClient(options: CloudflareClientOptions = {}): CloudflareClient {
  return assembleClient<CloudflareResources, CloudflareRawPaths>(settings(options), {
    operations,
    createResources,
    loadResponseValidators,
  });
}
