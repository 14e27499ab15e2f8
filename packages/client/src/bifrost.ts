import type { paths } from '@ai-gateway/validators/bifrost/requests';
import type { LogTail, LogTailOptions, TailSettings } from './bifrost-tail.js';
import {
  assembleClient,
  type ClientSettings,
  type Credentials,
  clientSettings,
  loadOperationResponses,
  type SharedClientOptions,
} from './core/assemble.js';
import { ClientCore } from './core/client-core.js';
import { rawClient } from './core/raw.js';
import type { RawClient } from './core/raw-types.js';
import { operations, serverUrl } from './generated/bifrost/operations.js';
import { type BifrostResources, createResources } from './generated/bifrost/resources.js';

export { ValidationError, type ValidationIssue } from '@ai-gateway/validators';
export type {
  components,
  operations as BifrostOperationTypes,
  paths,
} from '@ai-gateway/validators/bifrost/requests';
export type {
  LogEntry,
  LogTail,
  LogTailEvent,
  LogTailFilters,
  LogTailOperation,
  LogTailOptions,
  LogTailStatus,
  WebSocketConstructor,
  WebSocketLike,
} from './bifrost-tail.js';
export * from './core/index.js';
export * from './generated/bifrost/functions.js';
export type * from './generated/bifrost/resources.js';
export { ClientCore, operations as bifrostOperations };

export interface BifrostClientOptions extends SharedClientOptions {
  /** Root URL of your Bifrost instance; default `http://localhost:8080`. */
  baseUrl?: string | undefined;
  /** Management key or session token, sent as a bearer token. Omit when auth is disabled. */
  token?: string | undefined;
}

export type BifrostClient = BifrostResources & {
  /** The typed openapi-fetch client over the same spec. */
  readonly raw: RawClient<paths>;
  readonly logs: {
    /**
     * Every write of a log row from now on, over the server's WebSocket (`/ws`): an async
     * iterable of `{ type: 'log', operation, log }`, filtered here, reconnecting after a drop.
     */
    tail(options?: LogTailOptions): LogTail;
  };
};

// Response validators are loaded on first use only, one operation's at a time: clients that do not
// check responses never load them, and a call loads the code of its own operation's responses alone.
const loadResponseValidators = async (operationId: string) =>
  loadOperationResponses(
    (await import('@ai-gateway/validators/bifrost/response-loaders')).responseLoaders,
    operationId,
  );

function settings(options: BifrostClientOptions): ClientSettings {
  const { token } = options;
  const auth: Credentials = token
    ? { headers: { authorization: `Bearer ${token}` }, secrets: [token] }
    : { headers: {}, secrets: [] };
  return clientSettings(options, serverUrl, auth);
}

/**
 * The runtime alone, for the standalone operation functions: `listLogs(core, params)`. A bundle
 * that imports a few of them carries only those operations and their checks.
 */
export function createBifrostCore(options: BifrostClientOptions = {}): ClientCore {
  return new ClientCore({ ...settings(options), loadResponseValidators });
}

/** The raw typed client alone: openapi-fetch over the spec's types. */
export function createBifrostRawClient(options: BifrostClientOptions = {}): RawClient<paths> {
  return rawClient<paths>(settings(options), operations);
}

/**
 * A tail that loads its module on the first `next()`: a bundle that never tails carries only this.
 */
function lazyTail(settings: TailSettings, options: LogTailOptions | undefined): LogTail {
  let opened: Promise<LogTail> | undefined;
  let closed = false;
  const open = () => {
    opened ??= import('./bifrost-tail.js').then((module) => module.openLogTail(settings, options));
    return opened;
  };
  const tail: LogTail = {
    next: () =>
      closed ? Promise.resolve({ done: true, value: undefined }) : open().then((t) => t.next()),
    return: async () => {
      closed = true;
      return opened ? (await opened).return() : { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => tail,
  };
  return tail;
}

const tailSettings = (options: BifrostClientOptions): TailSettings => ({
  ...settings(options),
  token: options.token,
  loadResponseValidators,
});

/**
 * The live tail alone, without a client: `for await (const event of tailBifrostLogs({ baseUrl,
 * token }, { filters: { status: 'error' } }))`.
 */
export function tailBifrostLogs(
  options: BifrostClientOptions = {},
  tailOptions?: LogTailOptions,
): LogTail {
  return lazyTail(tailSettings(options), tailOptions);
}

/** The Bifrost logs client: `logs.list`, `logs.get`, `logs.stats` and the live `logs.tail`. */
export function createBifrostClient(options: BifrostClientOptions = {}): BifrostClient {
  const client = assembleClient<BifrostResources, paths>(settings(options), {
    operations,
    createResources,
    loadResponseValidators,
  });
  const live = tailSettings(options);
  Object.assign(client.logs, {
    tail: (tailOptions?: LogTailOptions) => lazyTail(live, tailOptions),
  });
  return client as BifrostClient;
}
