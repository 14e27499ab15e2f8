// Which API a command talks to, and the client for it, from flags and the environment. Tokens
// come from the environment only: a command line is visible to every user of the machine (`ps`)
// and stays in shell history.
import {
  type BifrostClient,
  type BifrostClientOptions,
  createBifrostClient,
} from '@ai-gateway/client/bifrost';
import { type CloudflareClient, createCloudflareClient } from '@ai-gateway/client/cloudflare';
import { UsageError } from './args.ts';

export type ApiName = 'cloudflare' | 'bifrost';
export const apiNames: readonly ApiName[] = ['cloudflare', 'bifrost'];

export type Env = Readonly<Record<string, string | undefined>>;

/** What every command is given: where to write, the environment, and how to reach the APIs. */
export interface Context {
  env: Env;
  /** Answers every HTTP request (tests pass an emulator's); default the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Aborted on Ctrl-C: requests in flight stop, a tail ends. */
  signal: AbortSignal;
  now: () => Date;
  cwd: string;
  /** What `--from -` reads. */
  stdin: AsyncIterable<Uint8Array | string>;
}

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

const cloudflareConfigured = (env: Env) =>
  set(env.CLOUDFLARE_API_TOKEN) || (set(env.CLOUDFLARE_EMAIL) && set(env.CLOUDFLARE_API_KEY));
const bifrostConfigured = (env: Env) => set(env.BIFROST_URL);

/**
 * `--api` when given; otherwise the only API the environment configures (a Cloudflare token, or
 * `BIFROST_URL`). With both or neither, the command cannot guess and says so.
 */
export function chooseApi(flag: string | undefined, env: Env): ApiName {
  if (flag !== undefined) {
    if ((apiNames as readonly string[]).includes(flag)) return flag as ApiName;
    throw new UsageError(`--api must be cloudflare or bifrost, not "${flag}"`);
  }
  const cloudflare = cloudflareConfigured(env);
  const bifrost = bifrostConfigured(env);
  if (cloudflare && !bifrost) return 'cloudflare';
  if (bifrost && !cloudflare) return 'bifrost';
  throw new UsageError(
    cloudflare
      ? 'Both CLOUDFLARE_API_TOKEN and BIFROST_URL are set: pass --api cloudflare or --api bifrost'
      : 'Pass --api cloudflare or --api bifrost (or set CLOUDFLARE_API_TOKEN or BIFROST_URL)',
  );
}

export interface ConnectionFlags {
  'account-id'?: string | undefined;
  'base-url'?: string | undefined;
}

/**
 * A root URL from a flag or the environment, checked: one that carries credentials
 * (`http://admin:pw@…`) is refused, as it would end up in error messages and cannot be sent by
 * `fetch` anyway; the token variables are the place for them.
 */
function baseUrl(
  source: string,
  value: string | undefined,
  tokenVariable: string,
): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${source} must be a URL such as http://localhost:8080, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${source} must be an http or https URL`);
  if (url.username || url.password)
    throw new UsageError(
      `${source} must not carry credentials: put them in ${tokenVariable} instead` +
        (tokenVariable === 'BIFROST_TOKEN'
          ? " (for a user and password: $(printf 'user:password' | base64))"
          : ''),
    );
  return value;
}

export interface CloudflareTarget {
  api: 'cloudflare';
  client: CloudflareClient;
  accountId: string;
}

export interface BifrostTarget {
  api: 'bifrost';
  client: BifrostClient;
  options: BifrostClientOptions;
}

export function cloudflareTarget(context: Context, flags: ConnectionFlags): CloudflareTarget {
  const { env } = context;
  const accountId = flags['account-id'] ?? env.CLOUDFLARE_ACCOUNT_ID;
  if (!set(accountId))
    throw new UsageError('No Cloudflare account: set CLOUDFLARE_ACCOUNT_ID or pass --account-id');
  const root =
    flags['base-url'] !== undefined
      ? baseUrl('--base-url', flags['base-url'], 'CLOUDFLARE_API_TOKEN')
      : baseUrl('CLOUDFLARE_BASE_URL', env.CLOUDFLARE_BASE_URL, 'CLOUDFLARE_API_TOKEN');
  const common = { accountId, baseUrl: root, fetch: context.fetch };
  let client: CloudflareClient;
  if (set(env.CLOUDFLARE_API_TOKEN)) {
    client = createCloudflareClient({ ...common, apiToken: env.CLOUDFLARE_API_TOKEN });
  } else if (set(env.CLOUDFLARE_EMAIL) && set(env.CLOUDFLARE_API_KEY)) {
    client = createCloudflareClient({
      ...common,
      apiEmail: env.CLOUDFLARE_EMAIL,
      apiKey: env.CLOUDFLARE_API_KEY,
    });
  } else {
    throw new UsageError(
      'No Cloudflare credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)',
    );
  }
  return { api: 'cloudflare', client, accountId };
}

export function bifrostTarget(context: Context, flags: ConnectionFlags): BifrostTarget {
  if (flags['account-id'] !== undefined)
    throw new UsageError('--account-id is for Cloudflare; Bifrost has no accounts');
  const { env } = context;
  const options: BifrostClientOptions = {
    baseUrl:
      flags['base-url'] !== undefined
        ? baseUrl('--base-url', flags['base-url'], 'BIFROST_TOKEN')
        : baseUrl('BIFROST_URL', env.BIFROST_URL, 'BIFROST_TOKEN'),
    token: set(env.BIFROST_TOKEN) ? env.BIFROST_TOKEN : undefined,
    fetch: context.fetch,
  };
  return { api: 'bifrost', client: createBifrostClient(options), options };
}
