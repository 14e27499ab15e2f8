// The raw typed client: openapi-fetch over the spec's types, with what the resource layer gives
// every call that openapi-fetch cannot know: the API's query encoding, the client's default path
// parameters (the account id) and redaction of credentials from what comes back.
import { ValidationError } from '@ai-gateway/validators';
import createRawClient, { type Middleware } from 'openapi-fetch';
import type { ClientSettings } from './assemble.js';
import type { OperationDescriptor } from './descriptor.js';
import { ResponseTooLargeError } from './errors.js';
import { connectionError } from './network.js';
import { encodeQuery } from './query.js';
import type { RawClient } from './raw-types.js';
import { defaultMaxResponseBytes } from './responses.js';
import { headerSecrets, redact, secretForms } from './utils.js';

/** `Paths` with the path parameters named `Name` optional, for a client that fills them in. */
export type WithPathDefaults<Paths, Name extends string> = {
  [P in keyof Paths]: {
    [M in keyof Paths[P]]: [Paths[P][M]] extends [never]
      ? never
      : Paths[P][M] extends { parameters: { path: infer Path } }
        ? Omit<Paths[P][M], 'parameters'> & {
            parameters: Omit<Paths[P][M]['parameters'], 'path'> & {
              path: Omit<Path, Name> & Partial<Pick<Path, Extract<keyof Path, Name>>>;
            };
          }
        : Paths[P][M];
  };
};

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Init = { params?: { path?: Record<string, unknown> } } | undefined;

/** `init` with the default path parameters under the caller's own. */
function withDefaults(init: Init, defaults: Readonly<Record<string, string>>): Init {
  const given = Object.entries(init?.params?.path ?? {}).filter(([, v]) => v !== undefined);
  const path = { ...defaults, ...Object.fromEntries(given) };
  return { ...init, params: { ...init?.params, path } };
}

/** Credentials out of error bodies, all headers, and connection errors. */
function redacting(all: (request: Request) => string[]): Middleware {
  return {
    async onResponse({ request, response }) {
      const known = all(request);
      const headers = new Headers();
      let headersChanged = false;
      for (const [name, value] of response.headers) {
        const redacted = redact(value, known);
        headersChanged ||= redacted !== value;
        headers.append(name, redacted);
      }
      // A success body is the caller's data and is left as it came; an error body is the
      // server's message, which may quote what it was sent.
      if (response.ok && !headersChanged) return undefined;
      const { status, statusText } = response;
      let body: BodyInit | null = response.body;
      if (!response.ok) {
        body = redact(await response.text(), known);
        headers.delete('content-length');
      }
      const copy = new Response(status === 204 || status === 304 ? null : body, {
        status,
        statusText,
        headers,
      });
      return Object.defineProperty(copy, 'url', { value: response.url });
    },
    onError: ({ request, error }) => connectionError(error, all(request)),
  };
}

/**
 * A body over `limit` bytes errors with `ResponseTooLargeError` there, as it is read: the rest is
 * never downloaded. Runs before `redacting`, which may read an error body.
 */
function limiting(limit: number, known: (request: Request) => string[]): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      const { status, statusText } = response;
      if (!response.body || status === 204 || status === 304) return undefined;
      const secrets = known(request);
      const headers: Record<string, string> = {};
      for (const [name, value] of response.headers) headers[name] = redact(value, secrets);
      const tooLarge = () =>
        new ResponseTooLargeError({
          operationId: `${request.method} ${schemaPath}`,
          status,
          limit,
          excerpt: '',
          headers,
        });
      let bytes = Number(response.headers.get('content-length')) > limit ? limit + 1 : 0;
      const body = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          start: (controller) => (bytes > limit ? controller.error(tooLarge()) : undefined),
          transform(chunk, controller) {
            bytes += chunk.byteLength;
            if (bytes > limit) controller.error(tooLarge());
            else controller.enqueue(chunk);
          },
        }),
      );
      const copy = new Response(body, { status, statusText, headers: response.headers });
      return Object.defineProperty(copy, 'url', { value: response.url });
    },
  };
}

/** The raw typed client: openapi-fetch over the spec's types, with the API's query encoding. */
export function rawClient<Paths extends {}>(
  settings: ClientSettings,
  operations: Readonly<Record<string, OperationDescriptor>>,
): RawClient<Paths> {
  // Query parameter names mean the same on every operation, so one serialiser serves them all.
  const all = Object.values(operations);
  const plan = {
    query: Object.assign({}, ...all.map((operation) => operation.query)),
    dottedFields: Object.assign({}, ...all.map((operation) => operation.dottedFields)),
    queryPrefixes: Object.assign({}, ...all.map((operation) => operation.queryPrefixes)),
  };
  const client = createRawClient<Paths>({
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    querySerializer: (query) => {
      const encoded = encodeQuery(query, plan);
      if (encoded.issues.length > 0) throw new ValidationError('query', encoded.issues);
      return encoded.query.slice(1);
    },
  });
  // The client's secrets, and those of the headers each request carries (a call's own included).
  const known = (request: Request) =>
    secretForms([
      ...settings.secrets,
      ...headerSecrets(Object.fromEntries(request.headers), settings.secretHeaders),
    ]);
  client.use(redacting(known));
  // Registered last, so it sees each answer first (openapi-fetch runs onResponse in reverse).
  client.use(limiting(settings.maxResponseBytes ?? defaultMaxResponseBytes, known));
  // The same type as openapi-fetch's `Client<Paths>`, declared in raw-types.ts: the compiler
  // cannot prove two generic declarations equal, the type tests check that they are.
  const typed = client as unknown as RawClient<Paths>;
  const defaults = settings.pathDefaults;
  if (!defaults || Object.keys(defaults).length === 0) return typed;
  const loose = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const send = loose[method]?.bind(client);
    if (send) loose[method] = (url, init) => send(url, withDefaults(init as Init, defaults));
  }
  const request = loose.request?.bind(client);
  if (request)
    loose.request = (method, url, init) =>
      request(method, url, withDefaults(init as Init, defaults));
  return typed;
}
