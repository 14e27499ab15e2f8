import type { ValidationIssue } from '@ai-gateway/validators';
import {
  createFaultQueue,
  DroppedConnection,
  type FaultOptions,
  type FaultQueue,
  htmlErrorPage,
  sleep,
} from './faults.ts';
import { readQuery } from './query.ts';
import { createRouter, type RouteDescriptor } from './routes.ts';
import {
  type ApiDefinition,
  ApiError,
  type Clock,
  type EmulatedApi,
  type SeedOptions,
} from './types.ts';

/** One request the emulator answered, for assertions such as "exactly 3 pages were fetched". */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** The operation it matched, if any. */
  readonly operationId: string | undefined;
  readonly status: number;
}

export interface EmulatorCore<Store> {
  readonly api: EmulatedApi;
  /** The stored data: read it in assertions, change it to set up a case. Replaced by `reset()`. */
  readonly store: Store;
  readonly clock: Clock;
  /** What the data was seeded with. */
  readonly seed: SeedOptions;
  /** The emulator as a Web-standard handler. */
  handle(request: Request): Promise<Response>;
  /** A `fetch` that answers from the emulator, without a socket: pass it as a client's `fetch`. */
  readonly fetch: typeof fetch;
  /** Back to the seeded data; pending faults and recorded requests are cleared too. */
  reset(): void;
  /** Make coming requests fail, wait or drop. */
  readonly faults: FaultQueue;
  /** Every request answered since the last reset, oldest first (the last 10,000). */
  readonly requests: readonly RecordedRequest[];
}

const recordedLimit = 10_000;

function clockFrom(start: Date): Clock {
  const startedAt = Date.now();
  return { start, now: () => new Date(start.getTime() + (Date.now() - startedAt)) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** The request's JSON body, or the API's error for a missing or unreadable one. */
async function readBody<Store>(
  api: ApiDefinition<Store>,
  route: RouteDescriptor,
  request: Request,
): Promise<unknown> {
  if (route.body === 'none') return undefined;
  const text = await request.text();
  if (text.trim() === '') {
    if (route.body === 'optional') return undefined;
    throw api.invalidRequest(
      [{ path: [], message: 'request body is required', rule: 'required' }],
      'body',
      route.operationId,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw api.invalidRequest(
      [{ path: [], message: 'request body is not valid JSON', rule: 'type' }],
      'body',
      route.operationId,
    );
  }
}

/** Checks path and query against the spec; drops what the API ignores, rejects the rest. */
function checkParams<Store>(
  api: ApiDefinition<Store>,
  route: RouteDescriptor,
  path: Record<string, string>,
  query: Record<string, unknown>,
): void {
  // Each round drops at least one parameter, so this ends.
  for (;;) {
    const result = route.request.params.parse({ path, query });
    if (result.ok) return;
    const first = result.issues[0] as ValidationIssue;
    const [part, name] = first.path;
    // Servers ignore query parameters they do not know, as Prism does.
    if (part === 'query' && first.rule === 'additionalProperties' && typeof name === 'string') {
      delete query[name];
      continue;
    }
    if (part === 'query' && typeof name === 'string' && name in query && api.invalidQuery) {
      const local = { ...first, path: first.path.slice(1) };
      const verdict = api.invalidQuery(name, local, {
        operationId: route.operationId,
        value: query[name],
      });
      if (verdict === 'drop') {
        delete query[name];
        continue;
      }
      throw verdict;
    }
    const group = part === 'path' ? 'path' : 'query';
    throw api.invalidRequest(
      result.issues
        .filter((issue) => issue.path[0] === group)
        .map((issue) => ({ ...issue, path: issue.path.slice(1) })),
      group,
      route.operationId,
    );
  }
}

export interface CoreOptions {
  seed: SeedOptions;
  /** Path prefix of the API's server URL (`/client/v4`), accepted in front of every path. */
  basePath: string;
  /** Extra headers on every answer (Cloudflare's `cf-ray`). */
  headers?: () => Record<string, string>;
  /** Reject every value that breaks the spec, even where the server would ignore it. */
  strict?: boolean;
}

export function createEmulatorCore<Store>(
  api: ApiDefinition<Store>,
  options: CoreOptions,
): EmulatorCore<Store> {
  const router = createRouter(api.routes);
  const faults = createFaultQueue();
  let store = api.createStore(options.seed);
  const clock = clockFrom(options.seed.now);
  let requests: RecordedRequest[] = [];

  const answer = (status: number, body: unknown, fault?: FaultOptions) => {
    const headers = {
      ...options.headers?.(),
      ...(fault?.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }),
    };
    if (fault?.body === 'html' || (fault?.body !== undefined && fault.body !== 'api'))
      return new Response(fault.body === 'html' ? htmlErrorPage(status) : fault.body, {
        status,
        headers: { 'content-type': fault.body === 'html' ? 'text/html' : 'text/plain', ...headers },
      });
    return json(status, body, headers);
  };

  const errorResponse = (error: ApiError, fault?: FaultOptions) =>
    answer(error.status, api.errorBody(error), fault);

  const stripBase = (pathname: string) =>
    options.basePath && pathname.startsWith(`${options.basePath}/`)
      ? pathname.slice(options.basePath.length)
      : pathname;

  async function dispatch(request: Request): Promise<{ response: Response; operationId?: string }> {
    const url = new URL(request.url);
    const pathname = stripBase(url.pathname).replace(/\/+$/, '') || '/';
    const matched = router.match(request.method.toUpperCase(), pathname);
    const route = typeof matched === 'object' ? matched.route : undefined;
    const operationId = route?.operationId;

    const fault = faults.take(request, operationId);
    if (fault?.delay) await sleep(fault.delay, request.signal);
    if (fault?.drop) throw new DroppedConnection();
    if (fault?.status !== undefined) {
      const error = new ApiError(fault.status, statusText(fault.status));
      return { response: errorResponse(error, fault), operationId };
    }

    if (matched === undefined)
      return { response: errorResponse(api.routeNotFound(request.method, pathname)) };
    if (matched === 'methodMismatch')
      return { response: errorResponse(new ApiError(405, `Method ${request.method} not allowed`)) };

    try {
      const denied = api.authorize?.(request);
      if (denied) throw denied;
      const path = { ...matched.path };
      const query = readQuery(url.searchParams, matched.route.query);
      checkParams(
        options.strict ? { ...api, invalidQuery: undefined } : api,
        matched.route,
        path,
        query,
      );
      const sent = new Set(Object.keys(query));
      // What the server uses for a parameter left out (or dropped as invalid): the spec's default.
      for (const [name, shape] of Object.entries(matched.route.query))
        if (query[name] === undefined && 'default' in shape && shape.default !== undefined)
          query[name] = shape.default;
      const body = await readBody(api, matched.route, request);
      if (body !== undefined && matched.route.request.body) {
        const result = matched.route.request.body.parse(body);
        if (!result.ok) throw api.invalidRequest(result.issues, 'body', matched.route.operationId);
      }
      const forbidden = api.forbids?.(path, store);
      if (forbidden) throw forbidden;
      const handler = api.handlers[matched.route.operationId as keyof typeof api.handlers];
      if (!handler) throw new ApiError(501, `${matched.route.operationId} is not emulated`);
      const result = await handler({
        operationId: matched.route.operationId,
        route: matched.route,
        path,
        query,
        sent,
        body,
        store,
        clock,
        request,
      });
      const status = result.status ?? matched.route.successStatus;
      return {
        response: json(status, result.body, { ...options.headers?.(), ...result.headers }),
        operationId,
      };
    } catch (error) {
      if (error instanceof ApiError) return { response: errorResponse(error), operationId };
      const message = error instanceof Error ? error.message : String(error);
      return {
        response: errorResponse(new ApiError(500, `Emulator failure: ${message}`)),
        operationId,
      };
    }
  }

  async function handle(request: Request): Promise<Response> {
    const { response, operationId } = await dispatch(request);
    requests.push({
      method: request.method,
      url: request.url,
      operationId,
      status: response.status,
    });
    if (requests.length > recordedLimit) requests = requests.slice(-recordedLimit);
    return response;
  }

  const emulatorFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof DroppedConnection) {
        const cause = Object.assign(new Error('other side closed'), { code: 'ECONNRESET' });
        throw new TypeError('fetch failed', { cause });
      }
      throw error;
    }
  }) as typeof fetch;

  return {
    api: api.name,
    get store() {
      return store;
    },
    clock,
    seed: options.seed,
    handle,
    fetch: emulatorFetch,
    reset() {
      store = api.createStore(options.seed);
      faults.clear();
      requests = [];
    },
    faults,
    get requests() {
      return requests;
    },
  };
}

const statusTexts: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const statusText = (status: number) => statusTexts[status] ?? `HTTP ${status}`;
