// A successful call can give its answer's status, headers and request id, and hooks see (and may
// change) every request and answer.
import { describe, expect, it } from 'vitest';
import { APIPromise, type Middleware, NotFoundError } from '../src/cloudflare.js';
import { accountId, cloudflare, cloudflareToken, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const gateway = { id: 'gw', cache_ttl: 60 };

describe('withResponse', () => {
  it('gives the result with the status, headers and request id', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: gateway, success: true }, { 'cf-ray': 'ray-1-AMS' }),
    );
    const call = cloudflare(server.url).gateways.get({ id: 'gw' });
    expect(call).toBeInstanceOf(APIPromise);
    const { data, response } = await call.withResponse();
    expect(data).toEqual(gateway);
    expect(response).toMatchObject({ status: 200, requestId: 'ray-1-AMS' });
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.url).toBe(`${server.url}/accounts/${accountId}/ai-gateway/gateways/gw`);
    // The same call awaited gives the result alone, from the same single request.
    expect(await call).toEqual(gateway);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with the typed error, and an unused withResponse leaves nothing unhandled', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 404, { success: false, errors: [{ code: 7002, message: 'Not Found' }] }),
    );
    const cf = cloudflare(server.url);
    expect(await rejection(cf.gateways.get({ id: 'gw' }).withResponse())).toBeInstanceOf(
      NotFoundError,
    );
    // Awaited plainly, the call rejects once; vitest fails the run on an unhandled rejection.
    expect(await rejection(cf.gateways.get({ id: 'gw' }))).toBeInstanceOf(NotFoundError);
  });

  it('then() gives a plain promise', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: gateway, success: true }),
    );
    const chained = cloudflare(server.url)
      .gateways.get({ id: 'gw' })
      .then((g) => g?.id);
    expect(chained).not.toBeInstanceOf(APIPromise);
    expect(await chained).toBe('gw');
  });
});

describe('middleware', () => {
  it('sees each attempt, may add headers, and sees each answer', async () => {
    const server = await start((_request, response, index) =>
      index === 0
        ? sendJson(response, 503, { success: false, errors: [] }, { 'retry-after-ms': '0' })
        : sendJson(response, 200, { result: gateway, success: true }),
    );
    const seen: string[] = [];
    const tracing: Middleware = {
      onRequest({ request, operationId }) {
        seen.push(`${operationId} ${request.method} ${new URL(request.url).pathname}`);
        const traced = new Request(request);
        traced.headers.set('traceparent', '00-trace-01');
        return traced;
      },
      onResponse({ response }) {
        seen.push(`answered ${response.status}`);
      },
    };
    const cf = cloudflare(server.url, { middleware: [tracing] });
    expect(await cf.gateways.get({ id: 'gw' })).toEqual(gateway);
    const path = `/accounts/${accountId}/ai-gateway/gateways/gw`;
    expect(seen).toEqual([
      `getGateway GET ${path}`,
      'answered 503',
      `getGateway GET ${path}`,
      'answered 200',
    ]);
    expect(server.requests.map((r) => r.headers.traceparent)).toEqual([
      '00-trace-01',
      '00-trace-01',
    ]);
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${cloudflareToken}`);
  });

  it('runs onRequest in order and onResponse in reverse, and may replace the answer', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: gateway, success: true }),
    );
    const order: string[] = [];
    const named = (name: string): Middleware => ({
      onRequest: () => {
        order.push(`${name} request`);
      },
      onResponse: () => {
        order.push(`${name} response`);
      },
    });
    const replacing: Middleware = {
      onResponse: () =>
        new Response(JSON.stringify({ result: { id: 'replaced' }, success: true }), {
          status: 200,
        }),
    };
    const cf = cloudflare(server.url, { middleware: [named('outer'), named('inner'), replacing] });
    expect(await cf.gateways.get({ id: 'gw' })).toEqual({ id: 'replaced' });
    expect(order).toEqual(['outer request', 'inner request', 'inner response', 'outer response']);
  });
});
