// Every error the client can throw, provoked with every form a credential takes, against a
// loopback server that echoes what it received: every header value, the token after its scheme,
// each of them base64-encoded, and a Basic pair decoded. No credential, nor its base64 form,
// shows in anything the error exposes: message, stack, String(), JSON.stringify, util.inspect at
// depth 10 (hidden fields too), the cause chain, headers, body, excerpt, issues, or any other
// string reachable from it.
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type BifrostClient, createBifrostClient } from '../src/bifrost.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  type CloudflareClient,
  ConflictError,
  createCloudflareClient,
  InternalServerError,
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ResponseValidationError,
  UnprocessableEntityError,
  UnsafeRequestError,
  ValidationError,
} from '../src/cloudflare.js';
import { accountId, rejection } from './support/clients.js';
import { type RecordedRequest, useServers } from './support/server.js';

const start = useServers();
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// --- Credential forms ----------------------------------------------------------------------------

const cloudflareToken = 'cf-matrix-Tq7Wz3Lp9Xk2Rv5Nb8Md';
const legacyEmail = 'billing@example.com';
const legacyKey = 'legacy-matrix-9f3e7a1c5b2d8e4f6a0c';
const bifrostKey = 'sk-bf-v1-Qa8Ws3Ed6Rf9Tg2Yh5Uj7Ik';
const virtualKey = 'sk-bf-vk-Zx4Cv7Bn1Mq8Wl3Ek6Rt';
const basicUser = 'ops-admin';
const basicPassword = 'Hunter2-Pw9Xs4Lk7Qm1';
const basicPair = `${basicUser}:${basicPassword}`;
const gatewayToken = 'aig-matrix-Fq3Rt6Yu9Io2Pa5Sd8Gh';
const customSecret = 'custom-matrix-Gh2Jk5Lz8Xc1Vb4Nm';

type Api = 'cloudflare' | 'bifrost';
type AnyClient = CloudflareClient | BifrostClient;

interface Form {
  name: string;
  api: Api;
  /** Client options beyond the base URL: credentials, headers. */
  options: Record<string, unknown>;
  /** Headers each call passes. */
  callHeaders?: Record<string, string>;
  /** What must never show: each credential and its base64 form. */
  secrets: string[];
}

const withBase64 = (...values: string[]) => values.flatMap((value) => [value, base64(value)]);

const forms: Form[] = [
  {
    name: 'a Cloudflare API token',
    api: 'cloudflare',
    options: { apiToken: cloudflareToken },
    secrets: withBase64(cloudflareToken, `Bearer ${cloudflareToken}`),
  },
  {
    name: 'the legacy X-Auth-Email + X-Auth-Key pair',
    api: 'cloudflare',
    options: { apiEmail: legacyEmail, apiKey: legacyKey },
    secrets: withBase64(legacyKey),
  },
  {
    name: 'a Bifrost bearer key (sk-bf-…)',
    api: 'bifrost',
    options: { token: bifrostKey },
    secrets: withBase64(bifrostKey, `Bearer ${bifrostKey}`),
  },
  {
    name: 'a Bifrost virtual key in a header marked secret',
    api: 'bifrost',
    options: { headers: { 'x-bf-vk': virtualKey }, secretHeaders: ['X-BF-VK'] },
    secrets: withBase64(virtualKey),
  },
  {
    name: 'Basic user:pass on the client',
    api: 'bifrost',
    options: { headers: { authorization: `Basic ${base64(basicPair)}` } },
    secrets: [...withBase64(basicPair), basicPassword, `Basic ${base64(basicPair)}`],
  },
  {
    name: 'Basic user:pass on the call',
    api: 'bifrost',
    options: {},
    callHeaders: { Authorization: `Basic ${base64(basicPair)}` },
    secrets: [...withBase64(basicPair), basicPassword],
  },
  {
    name: 'a gateway token and a custom secret header on the client',
    api: 'cloudflare',
    options: {
      apiToken: cloudflareToken,
      headers: {
        'cf-aig-authorization': `Bearer ${gatewayToken}`,
        'x-custom-secret': customSecret,
      },
      secretHeaders: ['X-Custom-Secret'],
    },
    secrets: [...withBase64(cloudflareToken, gatewayToken, customSecret)],
  },
  {
    name: 'a gateway token and a custom secret header on the call',
    api: 'cloudflare',
    options: { apiToken: cloudflareToken, secretHeaders: ['x-custom-secret'] },
    callHeaders: {
      'cf-aig-authorization': `Bearer ${gatewayToken}`,
      'X-Custom-Secret': customSecret,
    },
    secrets: [...withBase64(cloudflareToken, gatewayToken, customSecret)],
  },
];

function clientFor(form: Form, baseUrl: string, more: Record<string, unknown> = {}): AnyClient {
  const options = { baseUrl, maxRetries: 0, ...form.options, ...more };
  return form.api === 'cloudflare'
    ? createCloudflareClient({ accountId, ...options } as never)
    : createBifrostClient(options as never);
}

/** One ordinary call of each API: a GET by id. */
function call(client: AnyClient, form: Form, options: Record<string, unknown> = {}) {
  const requestOptions = { headers: form.callHeaders, ...options };
  return form.api === 'cloudflare'
    ? (client as CloudflareClient).gateways.get({ id: 'gw' }, requestOptions)
    : (client as BifrostClient).logs.get({ id: 'log-1' }, requestOptions);
}

// --- What the server echoes ----------------------------------------------------------------------

/** Every credential-looking thing in a request, as a server might quote it back. */
function echoOf(request: RecordedRequest): string[] {
  const values = Object.values(request.headers).flatMap((value) => [value ?? ''].flat());
  const echoed = new Set<string>();
  for (const value of values) {
    echoed.add(value);
    const token = /^\s*\S+\s+(\S+)\s*$/.exec(value)?.[1];
    for (const part of token ? [value, token] : [value]) echoed.add(base64(part));
    if (token) echoed.add(token);
    if (/^basic\s/i.test(value) && token) {
      const pair = Buffer.from(token, 'base64').toString('utf8');
      echoed.add(pair);
      echoed.add(pair.slice(pair.indexOf(':') + 1));
    }
  }
  return [...echoed].filter((value) => value.length > 0);
}

function echoHeaders(echo: string[]): Record<string, string> {
  const line = echo.join(' ');
  return {
    'x-echo': line,
    'www-authenticate': `Bearer realm="api", error="invalid_token", error_description="${line}"`,
    'cf-ray': `ray-${echo[0] ?? ''}`,
    'x-request-id': `req-${line}`,
  };
}

/** A JSON body quoting the echo in both APIs' error shapes, in values and in keys. */
function echoBody(echo: string[]) {
  const line = echo.join(' ');
  return {
    success: false,
    errors: [{ code: 10000, message: `Invalid credentials: ${line}`, path: echo }],
    messages: echo,
    error: { message: `rejected ${line}`, type: 'auth', echo },
    received: Object.fromEntries(echo.map((value) => [value, value])),
  };
}

type Handler = (request: RecordedRequest, response: ServerResponse) => void;
const answer =
  (status: number, type: string, body: (echo: string[]) => string): Handler =>
  (request, response) => {
    const echo = echoOf(request);
    response.writeHead(status, { ...echoHeaders(echo), 'content-type': type });
    response.end(body(echo));
  };

// --- The errors, and how each is provoked ---------------------------------------------------------

interface Provocation {
  name: string;
  /** The class the call must fail with. */
  expected: abstract new (
    ...args: never[]
  ) => Error;
  /** Only these APIs can produce it. */
  apis?: Api[];
  run(form: Form): Promise<unknown>;
}

const statuses: [number, abstract new (...args: never[]) => Error][] = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [418, APIError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [503, InternalServerError],
];

const viaServer =
  (
    handler: Handler,
    more: Record<string, unknown> = {},
    callOptions: Record<string, unknown> = {},
  ) =>
  async (form: Form) => {
    const server = await start(handler);
    return rejection(call(clientFor(form, server.url, more), form, callOptions));
  };

/** A fetch that fails the way proxies and agents do: quoting the request, with nested causes. */
const quotingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const headers = JSON.stringify(Object.fromEntries(request.headers));
  const echo = echoOf({ headers: Object.fromEntries(request.headers) } as RecordedRequest).join(
    ' ',
  );
  const cause = Object.assign(new Error(`connect ECONNREFUSED via proxy, sent ${headers}`), {
    code: 'ECONNREFUSED',
    syscall: `connect ${echo}`,
    address: echo,
    hostname: echo,
    port: 9,
    headers: Object.fromEntries(request.headers),
  });
  const aggregate = new AggregateError(
    [cause, new Error(`retry failed: ${echo}`)],
    `all attempts failed: ${echo}`,
  );
  throw new TypeError(`fetch failed for ${request.url} with ${headers}`, { cause: aggregate });
};

const provocations: Provocation[] = [
  ...statuses.flatMap(([status, expected]): Provocation[] => [
    {
      name: `${status} with a JSON body`,
      expected,
      run: viaServer(answer(status, 'application/json', (echo) => JSON.stringify(echoBody(echo)))),
    },
    {
      name: `${status} with an HTML body`,
      expected,
      run: viaServer(
        answer(
          status,
          'text/html',
          (echo) =>
            `<html><title>Denied ${echo[0]}</title><body>${echo.join('<br>')}</body></html>`,
        ),
      ),
    },
  ]),
  {
    name: 'a malformed 200: empty',
    expected: MalformedResponseError,
    run: viaServer(answer(200, 'application/json', () => '')),
  },
  {
    name: 'a malformed 200: JSON cut short',
    expected: MalformedResponseError,
    run: viaServer(
      answer(200, 'application/json', (echo) => JSON.stringify(echoBody(echo)).slice(0, -3)),
    ),
  },
  {
    name: 'a malformed 200: an HTML page',
    expected: MalformedResponseError,
    run: viaServer(
      answer(
        200,
        'text/html',
        (echo) => `<!doctype html><title>${echo[0]}</title>${echo.join(' ')}`,
      ),
    ),
  },
  {
    name: 'a malformed 200: success: false',
    expected: MalformedResponseError,
    apis: ['cloudflare'],
    run: viaServer(answer(200, 'application/json', (echo) => JSON.stringify(echoBody(echo)))),
  },
  {
    name: 'a 200 over maxResponseBytes, cut in the middle of a credential',
    expected: ResponseTooLargeError,
    run: async (form) => {
      // The server quotes the credential first; the limit falls in the middle of it, so the part
      // read ends with its first half, too short to be recognised. That half must not show.
      const secret = form.secrets[0] as string;
      const head = '{"result":"';
      const server = await start((request, response) => {
        const echo = echoOf(request);
        expect(echo).toContain(secret);
        response.writeHead(200, { ...echoHeaders(echo), 'content-type': 'application/json' });
        response.end(`${head}${secret} ${echo.join(' ')}${'x'.repeat(100_000)}"}`);
      });
      const half = secret.slice(0, Math.ceil(secret.length / 2));
      const limit = head.length + half.length;
      const error = await rejection(
        call(clientFor(form, server.url, { maxResponseBytes: limit }), form),
      );
      expectNothingLeaks(error, [half]);
      return error;
    },
  },
  {
    name: 'a 500 over maxResponseBytes',
    expected: ResponseTooLargeError,
    run: viaServer(
      answer(500, 'text/plain', (echo) => `${echo.join(' ')} `.repeat(5000)),
      { maxResponseBytes: 4096 },
    ),
  },
  {
    name: 'a response that drifts from the spec',
    expected: ResponseValidationError,
    run: viaServer(
      answer(200, 'application/json', (echo) =>
        JSON.stringify({
          success: true,
          errors: [],
          messages: [],
          result: { id: 1, cache_ttl: echo.join(' '), [echo[0] ?? 'x']: echo },
          id: 1,
          timestamp: echo.join(' '),
          [echo[0] ?? 'y']: echo,
        }),
      ),
      { validateResponses: true },
    ),
  },
  {
    name: 'a connection reset by the server',
    expected: APIConnectionError,
    run: viaServer((_request, response) => response.socket?.resetAndDestroy()),
  },
  {
    name: 'a connection error whose causes quote the request',
    expected: APIConnectionError,
    run: (form) =>
      rejection(call(clientFor(form, 'http://127.0.0.1:9', { fetch: quotingFetch }), form)),
  },
  {
    name: 'a timeout',
    expected: APIConnectionTimeoutError,
    run: viaServer(() => {}, { timeoutMs: 50 }),
  },
  {
    name: 'an abort',
    expected: APIUserAbortError,
    run: async (form) => {
      const server = await start(() => {});
      const controller = new AbortController();
      const pending = call(clientFor(form, server.url), form, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error(`aborted by ${form.secrets.join(' ')}`)), 30);
      return rejection(pending);
    },
  },
  {
    name: 'a ValidationError with the credential passed as values',
    expected: ValidationError,
    run: async (form) => {
      const client = clientFor(form, 'http://127.0.0.1:9');
      const secret = form.secrets[0] as string;
      const options = { headers: form.callHeaders };
      return rejection(
        form.api === 'cloudflare'
          ? (client as CloudflareClient).logs.list(
              {
                gateway_id: `Bearer ${secret}`,
                per_page: secret,
                order_by: secret,
                search: `${secret}\uD800`,
              } as never,
              options,
            )
          : (client as BifrostClient).logs.list(
              {
                limit: secret,
                status: [secret],
                start_time: secret,
                content_search: `${secret}\uDC00`,
              } as never,
              options,
            ),
      );
    },
  },
  {
    name: 'an UnsafeRequestError',
    expected: UnsafeRequestError,
    apis: ['cloudflare'],
    run: async (form) => {
      const client = clientFor(form, 'http://127.0.0.1:9') as CloudflareClient;
      return rejection(client.logs.delete({ gateway_id: 'gw' }, { headers: form.callHeaders }));
    },
  },
];

// --- Looking everywhere --------------------------------------------------------------------------

/** Every string reachable from a value through own properties, hidden and symbol-keyed ones too. */
function reachableStrings(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') return void found.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 20) return;
    seen.add(value);
    if (value instanceof Headers) {
      for (const [k, v] of value) found.push(k, v);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'string') found.push(key);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      // Getters are not called: what they would compute is not held by the error.
      if (descriptor && 'value' in descriptor) visit(descriptor.value, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

/** Every way an error is commonly shown, logged or serialised. */
function renderings(error: unknown): Record<string, string> {
  const e = error as Error;
  const shown: Record<string, string> = {
    message: String(e.message ?? ''),
    string: String(e),
    stack: e.stack ?? '',
    json: JSON.stringify(e) ?? '',
    inspect: inspect(e, { depth: 10 }),
    'inspect (hidden fields)': inspect(e, { depth: 10, showHidden: true }),
    'reachable strings': reachableStrings(e).join('\n'),
  };
  const record = e as unknown as Record<string, unknown>;
  for (const field of [
    'headers',
    'body',
    'excerpt',
    'errors',
    'error',
    'issues',
    'url',
    'requestId',
  ])
    if (field in record) shown[field] = JSON.stringify(record[field]) ?? '';
  let cause: unknown = e.cause;
  for (let level = 1; cause !== undefined && level <= 10; level++) {
    const c = cause as Error & { errors?: unknown[] };
    shown[`cause ${level}`] = [
      String(c),
      c.stack ?? '',
      inspect(c, { depth: 10 }),
      JSON.stringify(c) ?? '',
    ].join('\n');
    for (const [index, inner] of (c.errors ?? []).entries())
      shown[`cause ${level} errors[${index}]`] = inspect(inner, { depth: 10, showHidden: true });
    cause = c.cause;
  }
  return shown;
}

function expectNothingLeaks(error: unknown, secrets: readonly string[]) {
  for (const [where, text] of Object.entries(renderings(error)))
    for (const secret of secrets)
      expect(text, `${JSON.stringify(secret)} shows in ${where}`).not.toContain(secret);
}

describe.each(forms.map((form) => [form.name, form] as const))('%s', (_name, form) => {
  const applicable = provocations.filter((p) => !p.apis || p.apis.includes(form.api));

  it.each(applicable.map((p) => [p.name, p] as const))('%s', async (_label, provocation) => {
    const error = await provocation.run(form);
    expect(error).toBeInstanceOf(provocation.expected);
    expectNothingLeaks(error, form.secrets);
  });

  it('the raw client: an error answer, a cut body, a connection error', async () => {
    const path =
      form.api === 'cloudflare'
        ? '/accounts/{account_id}/ai-gateway/gateways/{id}'
        : '/api/logs/{id}';
    const init = { params: { path: { id: 'gw' } }, headers: form.callHeaders };
    const get = (client: AnyClient) =>
      (
        client.raw as unknown as {
          GET: (path: string, init: object) => Promise<{ error?: unknown; response: Response }>;
        }
      ).GET(path, init);
    const server = await start(
      answer(401, 'application/json', (echo) => JSON.stringify(echoBody(echo))),
    );
    const { error, response } = await get(clientFor(form, server.url));
    expect(response.status).toBe(401);
    expectNothingLeaks({ error, headers: Object.fromEntries(response.headers) }, form.secrets);

    const big = await start(
      answer(200, 'application/json', (echo) => JSON.stringify({ echo, pad: 'x'.repeat(10_000) })),
    );
    const tooLarge = await rejection(get(clientFor(form, big.url, { maxResponseBytes: 1024 })));
    expect(tooLarge).toBeInstanceOf(ResponseTooLargeError);
    expectNothingLeaks(tooLarge, form.secrets);

    const refused = await rejection(
      get(clientFor(form, 'http://127.0.0.1:9', { fetch: quotingFetch })),
    );
    expect(refused).toBeInstanceOf(APIConnectionError);
    expectNothingLeaks(refused, form.secrets);
  });
});

it('the echo server does quote every credential form it is sent', async () => {
  // Keeps the matrix honest: a secret the server never echoed would pass vacuously.
  for (const form of forms) {
    const server = await start(
      answer(401, 'application/json', (echo) => JSON.stringify(echoBody(echo))),
    );
    await rejection(call(clientFor(form, server.url), form));
    const echoed = echoOf(server.requests[0] as RecordedRequest).join(' ');
    for (const secret of form.secrets) expect(echoed, `${form.name}: ${secret}`).toContain(secret);
  }
});
