// The live tail of Bifrost's logs: the server pushes every write of a log row over a WebSocket as
// `{ type: 'log', operation, payload }` (transports/bifrost-http/handlers/websocket.go). The
// WebSocket is not in the OpenAPI document, so this is written by hand. Loaded on first use only.

import { type LogEntry, type LogTailFilters, logMatcher } from './bifrost-tail-filters.js';
import type { ResponseValidatorLoader } from './core/client-core.js';
import { APIConnectionError, ResponseValidationError } from './core/errors.js';
import { connectionError } from './core/network.js';
import { redact, redactDeep } from './core/utils.js';

export type { LogEntry, LogTailFilters } from './bifrost-tail-filters.js';

export type LogTailOperation = 'create' | 'update';

/** One change of a log row: `create` for a new in-flight row, `update` for every later write. */
export interface LogTailEvent {
  readonly type: 'log';
  readonly operation: LogTailOperation;
  readonly log: LogEntry;
}

/** What the tail is doing; `reconnecting` follows a lost connection, before the next try. */
export type LogTailStatus =
  | { readonly state: 'connecting'; readonly attempt: number }
  | { readonly state: 'open'; readonly attempt: number }
  | {
      readonly state: 'reconnecting';
      readonly attempt: number;
      readonly delayMs: number;
      readonly error: APIConnectionError;
    }
  | { readonly state: 'closed' };

/** What the tail uses of a WebSocket: the standard API, which `ws` has too. */
export interface WebSocketLike {
  readonly readyState: number;
  close(code?: number, reason?: string): void;
  addEventListener(
    type: 'open' | 'message' | 'error' | 'close',
    listener: (event: { data?: unknown; code?: number; error?: unknown }) => void,
  ): void;
}

/** A WebSocket constructor: the global one, or one passed in (`ws`, a test double). */
export type WebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
) => WebSocketLike;

/** Node's, Bun's and `ws`'s constructors also take `{ headers }` in place of the protocols. */
type HeaderWebSocket = new (
  url: string,
  init: { headers: Record<string, string> },
) => WebSocketLike;

export interface LogTailOptions {
  filters?: LogTailFilters | undefined;
  /** Any further test a row must pass. */
  match?: ((log: LogEntry) => boolean) | undefined;
  /** Ends the tail: the socket is closed and the iteration finishes (no error). */
  signal?: AbortSignal | undefined;
  /** Default: the global `WebSocket` (Node 22+, Bun, Deno, browsers). */
  WebSocket?: WebSocketConstructor | undefined;
  /**
   * Path of the stream under the base URL; default `/ws/logs`, where the server's handlers register
   * it (`transports/bifrost-http/handlers/websocket.go`). Set it for a gateway served elsewhere.
   */
  path?: string | undefined;
  /**
   * How the token is sent. `header` (an `authorization` header, which the server checks first
   * and which takes management keys) needs a WebSocket that accepts `{ headers }`: Node's and
   * Bun's built-in one, or `ws`. `query` (`?token=`, for session tokens) works everywhere.
   * Default: `header` with the built-in WebSocket of Node or Bun, `query` elsewhere.
   */
  credentials?: 'header' | 'query' | undefined;
  /** After a lost connection; `false` ends the tail with an `APIConnectionError` instead. */
  reconnect?:
    | false
    | {
        /** First wait, in ms; it doubles on each failed try, with jitter. Default 500. */
        initialDelayMs?: number | undefined;
        /** Default 30 000. */
        maxDelayMs?: number | undefined;
        /** Consecutive failed tries before giving up. Default: never give up. */
        maxAttempts?: number | undefined;
      }
    | undefined;
  onStatus?: ((status: LogTailStatus) => void) | undefined;
}

export interface LogTail extends AsyncIterableIterator<LogTailEvent> {
  /** Closes the socket and ends the iteration. */
  return(): Promise<IteratorResult<LogTailEvent, undefined>>;
}

/** What the client resolved from its options. */
export interface TailSettings {
  baseUrl: string;
  headers: Readonly<Record<string, string>>;
  secrets: readonly string[];
  token?: string | undefined;
  validateResponses?: boolean | undefined;
  loadResponseValidators: ResponseValidatorLoader;
}

/** Rows remembered to skip a repeated push of the same write (after a reconnect, by a proxy). */
const rememberedRows = 1_000;

/** The stream's URL: the base URL's scheme swapped for ws/wss, the path appended. */
function streamUrl(baseUrl: string, path: string, token: string | undefined): URL {
  const url = new URL(baseUrl);
  url.protocol =
    url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  if (token) url.searchParams.set('token', token);
  return url;
}

const nodeLike = () => {
  const scope = globalThis as { process?: { versions?: Record<string, string> }; Deno?: unknown };
  return typeof scope.process?.versions?.node === 'string' && scope.Deno === undefined;
};

/** A tail that connects on the first `next()`. */
export function openLogTail(settings: TailSettings, options: LogTailOptions = {}): LogTail {
  const WebSocketClass = (options.WebSocket ?? globalThis.WebSocket) as
    | WebSocketConstructor
    | undefined;
  const inHeader =
    options.credentials === 'header' ||
    (options.credentials === undefined && options.WebSocket === undefined && nodeLike());
  const url = streamUrl(
    settings.baseUrl,
    options.path ?? '/ws/logs',
    inHeader ? undefined : settings.token,
  ).href;
  const secrets = [
    ...settings.secrets,
    ...(settings.token ? [encodeURIComponent(settings.token)] : []),
  ];
  const shownUrl = redact(url.replace(/([?&]token=)[^&]*/, '$1[redacted]'), secrets);
  const reconnect = options.reconnect === false ? undefined : (options.reconnect ?? {});
  const matches = logMatcher(options.filters);
  const seen = new Map<string, string>();

  const queue: LogTailEvent[] = [];
  const waiting: ((result: IteratorResult<LogTailEvent, undefined>) => void)[] = [];
  const rejecting: ((error: unknown) => void)[] = [];
  let failure: unknown;
  let finished = false;
  let started = false;
  let everOpen = false;
  let attempt = 0;
  let socket: WebSocketLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let validate: ((payload: unknown) => void) | undefined;

  const done = (): IteratorResult<LogTailEvent, undefined> => ({ done: true, value: undefined });

  function settle() {
    while (waiting.length > 0 && queue.length > 0) {
      rejecting.shift();
      (waiting.shift() as (typeof waiting)[number])({
        done: false,
        value: queue.shift() as LogTailEvent,
      });
    }
    if (!finished || queue.length > 0) return;
    if (failure !== undefined && rejecting.length > 0) {
      const error = failure;
      failure = undefined;
      waiting.shift();
      (rejecting.shift() as (typeof rejecting)[number])(error);
    }
    for (const resolve of waiting.splice(0)) resolve(done());
    rejecting.length = 0;
  }

  function finish(error?: unknown) {
    if (finished) return;
    finished = true;
    failure = error;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    const last = socket;
    socket = undefined;
    // Closed while connecting, a socket can only be failed (the server sees 1006): let it open first.
    if (last?.readyState === 0) last.addEventListener('open', () => last.close(1000));
    else if (last?.readyState === 1) last.close(1000);
    report({ state: 'closed' });
    settle();
  }

  function report(status: LogTailStatus) {
    try {
      options.onStatus?.(status);
    } catch (error) {
      finish(error);
    }
  }

  const onAbort = () => finish();

  function onMessage(data: unknown) {
    if (finished || typeof data !== 'string') return;
    let message: { type?: unknown; operation?: unknown; payload?: unknown };
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    // Newer servers push other kinds on the same socket; only log rows are this tail's.
    if (message?.type !== 'log') return;
    const { operation, payload } = message;
    if (operation !== 'create' && operation !== 'update') return;
    try {
      validate?.(payload);
    } catch (error) {
      return finish(error);
    }
    const log = payload as LogEntry;
    if (typeof log?.id !== 'string') return;
    if (seen.get(log.id) === data) return;
    seen.delete(log.id);
    seen.set(log.id, data);
    if (seen.size > rememberedRows) seen.delete(seen.keys().next().value as string);
    if (!matches(log) || (options.match && !options.match(log))) return;
    queue.push({ type: 'log', operation, log });
    settle();
  }

  function lost(cause: unknown, code: number | undefined) {
    socket = undefined;
    const what =
      code === undefined
        ? `Could not connect to the Bifrost log stream at ${shownUrl}`
        : `The Bifrost log stream at ${shownUrl} closed (code ${code})`;
    const inner = cause instanceof Error ? connectionError(cause, secrets) : undefined;
    const error = new APIConnectionError(redact(what, secrets), inner ? { cause: inner } : {});
    // A stream that never opened is a setting to fix (URL, credentials), not a blip to wait out.
    if (!reconnect || !everOpen || attempt >= (reconnect.maxAttempts ?? Number.POSITIVE_INFINITY))
      return finish(error);
    attempt++;
    const initial = reconnect.initialDelayMs ?? 500;
    const ceiling = reconnect.maxDelayMs ?? 30_000;
    const delayMs = Math.round(
      Math.min(ceiling, initial * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2),
    );
    report({ state: 'reconnecting', attempt, delayMs, error });
    if (!finished) timer = setTimeout(connect, delayMs);
  }

  function connect() {
    if (finished) return;
    if (!WebSocketClass)
      return finish(new TypeError('No WebSocket in this runtime: pass one as options.WebSocket'));
    report({ state: 'connecting', attempt });
    let opened = false;
    let current: WebSocketLike;
    try {
      current = inHeader
        ? new (WebSocketClass as unknown as HeaderWebSocket)(url, {
            headers: { ...settings.headers },
          })
        : new WebSocketClass(url);
    } catch (error) {
      return finish(
        new APIConnectionError(redact(`Could not open ${shownUrl}: ${String(error)}`, secrets)),
      );
    }
    socket = current;
    let failed: unknown;
    current.addEventListener('open', () => {
      if (socket !== current) return;
      opened = true;
      everOpen = true;
      attempt = 0;
      report({ state: 'open', attempt });
    });
    current.addEventListener('message', (event) => {
      if (socket === current) onMessage(event.data);
    });
    current.addEventListener('error', (event) => {
      failed = event.error;
    });
    current.addEventListener('close', (event) => {
      if (socket === current) lost(failed, opened ? event.code : undefined);
    });
  }

  async function start() {
    started = true;
    if (finished) return;
    if (options.signal?.aborted) return finish();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (settings.validateResponses) {
      const validator = (await settings.loadResponseValidators('getLog'))?.['200'];
      validate = (payload) => {
        const result = validator?.parse(payload);
        if (result && !result.ok)
          throw new ResponseValidationError(
            'logStream',
            101,
            redactDeep(result.issues, secrets) as typeof result.issues,
            redactDeep(payload, secrets),
          );
      };
    }
    connect();
  }

  const tail: LogTail = {
    next() {
      if (!started) start().catch((error: unknown) => finish(error));
      return new Promise((resolve, reject) => {
        waiting.push(resolve);
        rejecting.push(reject);
        settle();
      });
    },
    async return() {
      finish();
      queue.length = 0;
      settle();
      return done();
    },
    [Symbol.asyncIterator]() {
      return tail;
    },
  };
  return tail;
}
