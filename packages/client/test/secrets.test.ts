// The token (and the legacy API key) never shows in anything an error exposes, even when the
// server echoes it back in its body or headers.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCloudflareClient } from '../src/cloudflare.js';
import { AIGatewayError, APIConnectionError, ResponseValidationError } from '../src/index.js';
import {
  accountId,
  bifrost,
  bifrostToken,
  cloudflare,
  cloudflareToken,
  legacyApiKey,
  legacyEmail,
  rejection,
} from './support/clients.js';
import { errorClasses } from './support/error-classes.js';
import { type RecordedRequest, useServers } from './support/server.js';

const start = useServers();

/** Every way an error is commonly shown or logged. */
function renderings(error: unknown): Record<string, string> {
  const e = error as Error;
  return {
    message: e.message,
    string: String(e),
    json: JSON.stringify(e),
    stack: e.stack ?? '',
    inspect: inspect(e, { depth: 20 }),
  };
}

function expectNoSecret(error: unknown, secret: string) {
  expect(error).toBeInstanceOf(AIGatewayError);
  for (const [how, text] of Object.entries(renderings(error)))
    expect(text, `the secret shows in ${how}`).not.toContain(secret);
}

/** What the server sent back: the credential it received, echoed in body and headers. */
function echoingServer(status: number, shape: 'json' | 'html' | 'text') {
  const credential = (request: RecordedRequest) =>
    String(request.headers.authorization ?? request.headers['x-auth-key'] ?? '');
  return start((request, response) => {
    const secret = credential(request);
    const headers = {
      'x-echo-authorization': secret,
      'www-authenticate': `Bearer realm="api", error="invalid_token ${secret}"`,
      'cf-ray': `ray-${secret}`,
    };
    if (shape === 'json') {
      response.writeHead(status, { ...headers, 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          success: false,
          errors: [{ code: 10000, message: `Invalid credential ${secret}`, path: [secret] }],
          error: { message: `rejected ${secret}` },
          echo: { headers: request.headers, [secret]: [secret] },
        }),
      );
    } else if (shape === 'html') {
      response.writeHead(status, { ...headers, 'content-type': 'text/html' });
      response.end(
        `<html><head><title>Denied ${secret}</title></head><body>${secret}</body></html>`,
      );
    } else {
      response.writeHead(status, { ...headers, 'content-type': 'text/plain' });
      response.end(`you sent ${secret}`);
    }
  });
}

const shapes = ['json', 'html', 'text'] as const;
const cases = errorClasses.flatMap(([status, name]) =>
  shapes.map((shape) => [status, name, shape] as const),
);

describe('API token', () => {
  it.each(cases)('%i %s with a %s body that echoes it', async (status, name, shape) => {
    const server = await echoingServer(status, shape);
    const error = await rejection(
      cloudflare(server.url, { maxRetries: 0 }).gateways.get({ id: 'gw' }),
    );
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${cloudflareToken}`);
    expect((error as Error).name).toBe(name);
    expectNoSecret(error, cloudflareToken);
    // The rest of what the server said is kept.
    expect(JSON.stringify(error)).toContain('[redacted]');
  });
});

describe('legacy API key', () => {
  it.each(cases)('%i %s with a %s body that echoes it', async (status, name, shape) => {
    const server = await echoingServer(status, shape);
    const cf = createCloudflareClient({
      accountId,
      apiEmail: legacyEmail,
      apiKey: legacyApiKey,
      baseUrl: server.url,
      maxRetries: 0,
    });
    const error = await rejection(cf.logs.list({ gateway_id: 'gw' }));
    expect(server.requests[0]?.headers['x-auth-key']).toBe(legacyApiKey);
    expect((error as Error).name).toBe(name);
    expectNoSecret(error, legacyApiKey);
  });
});

describe('Bifrost token', () => {
  it.each(cases)('%i %s with a %s body that echoes it', async (status, name, shape) => {
    const server = await echoingServer(status, shape);
    const error = await rejection(bifrost(server.url, { maxRetries: 0 }).logs.get({ id: 'log-1' }));
    expect((error as Error).name).toBe(name);
    expectNoSecret(error, bifrostToken);
  });
});

describe('a long text body', () => {
  it('is cut to length after redaction, so no prefix of the token survives the cut', async () => {
    const server = await start((request, response) => {
      response.writeHead(400, { 'content-type': 'text/plain' });
      response.end(`${'x'.repeat(190)}${request.headers.authorization}`);
    });
    const error = await rejection(cloudflare(server.url).gateways.get({ id: 'gw' }));
    expect((error as Error).message).not.toContain(cloudflareToken.slice(0, 3));
    expectNoSecret(error, cloudflareToken);
  });
});

describe('errors that are not answers', () => {
  it('a connection error whose cause names the token', async () => {
    const cf = cloudflare('http://127.0.0.1:9', {
      maxRetries: 0,
      fetch: async (_input, init) => {
        const auth = new Headers(init?.headers).get('authorization');
        throw new TypeError(`proxy refused the request with header authorization: ${auth}`);
      },
    });
    const error = await rejection(cf.gateways.get({ id: 'gw' }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('authorization: Bearer [redacted]');
    expectNoSecret(error, cloudflareToken);
  });

  it('a success body that drifts from the spec and echoes the token', async () => {
    const server = await start((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          result: { id: request.headers.authorization, cache_ttl: request.headers.authorization },
          success: true,
        }),
      );
    });
    const error = await rejection(
      cloudflare(server.url, { validateResponses: true }).gateways.get({ id: 'gw' }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expectNoSecret(error, cloudflareToken);
  });
});

describe('credentials passed as headers', () => {
  const gatewayToken = 'aig-token-Fq3Rt6Yu9Io2Pa5Sd';
  const callToken = 'call-token-Zx8Cv1Bn4Mq7Wl0Ek';
  const customKey = 'custom-key-Gh2Jk5Lz8Xc1Vb4Nm';
  /** Echoes every header it received, in the body and in a header, with the given status. */
  const echoingAll = (status: number) =>
    start((request, response) => {
      const echo = JSON.stringify(request.headers);
      response.writeHead(status, { 'content-type': 'application/json', 'x-echo': echo });
      response.end(JSON.stringify({ success: false, errors: [{ message: echo }], echo }));
    });

  it.each(errorClasses.map(([status, name]) => [status, name] as const))(
    '%i %s: client and call headers are redacted',
    async (status) => {
      const server = await echoingAll(status);
      const cf = cloudflare(server.url, {
        maxRetries: 0,
        headers: { 'cf-aig-authorization': `Bearer ${gatewayToken}`, 'x-custom': customKey },
        secretHeaders: ['X-Custom'],
      });
      const error = await rejection(
        cf.gateways.get({ id: 'gw' }, { headers: { 'x-auth-key': callToken } }),
      );
      expect(server.requests[0]?.headers['cf-aig-authorization']).toBe(`Bearer ${gatewayToken}`);
      for (const secret of [cloudflareToken, gatewayToken, callToken, customKey])
        expectNoSecret(error, secret);
    },
  );

  it('a Bifrost call with its own authorization header', async () => {
    const server = await echoingAll(401);
    const bf = bifrost(server.url, { token: undefined, maxRetries: 0 });
    const error = await rejection(
      bf.logs.get({ id: 'log-1' }, { headers: { authorization: `Bearer ${callToken}` } }),
    );
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${callToken}`);
    expectNoSecret(error, callToken);
    expect(JSON.stringify(error)).toContain('Bearer [redacted]');
  });

  it('a connection error and a malformed 200 redact them too', async () => {
    const refusing = cloudflare('http://127.0.0.1:9', {
      maxRetries: 0,
      headers: { 'cf-aig-authorization': `Bearer ${gatewayToken}` },
      fetch: async (_input, init) => {
        throw new TypeError(`refused ${JSON.stringify(init?.headers)}`);
      },
    });
    const refused = await rejection(
      refusing.gateways.get({ id: 'gw' }, { headers: { authorization: `Bearer ${callToken}` } }),
    );
    expectNoSecret(refused, gatewayToken);
    expectNoSecret(refused, callToken);

    const server = await start((request, response) => {
      response.writeHead(200, {
        'content-type': 'text/html',
        'x-echo': JSON.stringify(request.headers),
      });
      response.end(`<html>${JSON.stringify(request.headers)}</html>`);
    });
    const cf = cloudflare(server.url, {
      headers: { 'cf-aig-authorization': `Bearer ${gatewayToken}` },
    });
    const malformed = await rejection(cf.gateways.get({ id: 'gw' }));
    expectNoSecret(malformed, gatewayToken);
    expectNoSecret(malformed, cloudflareToken);
  });
});
