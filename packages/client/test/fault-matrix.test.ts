// Every way a loopback server can fail a call ends in a typed error (or, for lists, a bounded
// number of requests), with no unhandled rejection along the way.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InternalServerError,
  MalformedResponseError,
  RateLimitError,
} from '../src/cloudflare.js';
import { cloudflare, rejection } from './support/clients.js';
import { type RecordedRequest, sendJson, useServers } from './support/server.js';

const start = useServers();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

type Handler = (request: RecordedRequest, response: ServerResponse) => void;
const edge =
  (status: number, headers: Record<string, string> = {}): Handler =>
  (_q, response) =>
    sendJson(
      response,
      status,
      { success: false, errors: [{ code: status, message: 'no' }] },
      headers,
    );
const raw =
  (status: number, type: string, body: string): Handler =>
  (_q, response) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
const inOneSecond = () => new Date(Date.now() + 1000).toUTCString();

/**
 * [fault, handler, error class, requests at most, time limit]: a GET with one retry and a time
 * limit of 300 ms unless the fault needs longer to be read.
 */
const faults: [string, Handler, abstract new (...args: never[]) => Error, number, number?][] = [
  ['429 with retry-after seconds', edge(429, { 'retry-after': '0' }), RateLimitError, 2],
  [
    '429 with retry-after as a date',
    (q, r) => edge(429, { 'retry-after': inOneSecond() })(q, r),
    RateLimitError,
    2,
  ],
  ['429 with retry-after-ms', edge(429, { 'retry-after-ms': '1' }), RateLimitError, 2],
  ['503', edge(503, { 'retry-after-ms': '1' }), InternalServerError, 2],
  [
    'an HTML 502',
    raw(502, 'text/html', '<html><title>Bad gateway</title></html>'),
    InternalServerError,
    2,
  ],
  ['a reset before the headers', (_q, r) => r.socket?.resetAndDestroy(), APIConnectionError, 2],
  [
    'a reset in the middle of the body',
    (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"result":{"id":"gw",');
      setTimeout(() => response.socket?.resetAndDestroy(), 20);
    },
    APIConnectionError,
    2,
  ],
  ['no answer at all', () => {}, APIConnectionTimeoutError, 2],
  [
    'a slow drip of a body',
    (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(
        () => (response.writableEnded ? clearInterval(drip) : response.write(' ')),
        50,
      );
      response.on('close', () => clearInterval(drip));
    },
    APIConnectionTimeoutError,
    2,
  ],
  ['an empty 200', raw(200, 'application/json', ''), MalformedResponseError, 1],
  ['a truncated 200', raw(200, 'application/json', '{"result":{"id":'), MalformedResponseError, 1],
  [
    'an HTML 200',
    raw(200, 'text/html', '<!doctype html><title>Login</title>'),
    MalformedResponseError,
    1,
  ],
  [
    'a success: false 200',
    raw(200, 'application/json', '{"success":false,"errors":[]}'),
    MalformedResponseError,
    1,
  ],
  [
    'a 50 MB HTML 200',
    raw(200, 'text/html', `<html>${'x'.repeat(50e6)}</html>`),
    MalformedResponseError,
    1,
    10_000,
  ],
];

describe('every fault is a typed error after a bounded number of requests', () => {
  it.each(faults)('%s', { timeout: 20_000 }, async (_fault, handler, ErrorClass, most, limit) => {
    const server = await start(handler);
    const cf = cloudflare(server.url, { maxRetries: 1, timeoutMs: limit ?? 300 });
    const error = await rejection(cf.gateways.get({ id: 'gw' }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(server.requests.length).toBeLessThanOrEqual(most);
  });

  it('a 500 on a POST is not retried', async () => {
    const server = await start(edge(500));
    const cf = cloudflare(server.url, { maxRetries: 3 });
    const error = await rejection(
      cf.datasets.create({ gateway_id: 'gw' }, { name: 'd', enable: true, filters: [] }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('lists against lying servers end', () => {
  const full = (total?: number) => (_q: RecordedRequest, response: ServerResponse) =>
    sendJson(response, 200, {
      result: Array.from({ length: 20 }, (_, i) => ({ id: `log-${i}` })),
      ...(total === undefined
        ? {}
        : { result_info: { count: 20, page: 1, per_page: 20, total_count: total } }),
      success: true,
    });

  it.each([
    ['the same full page forever, no total', full(), 2],
    ['the same full page forever, a total of 1e9', full(1e9), 2],
  ])('%s', async (_label, handler, requests) => {
    const server = await start(handler);
    let items = 0;
    for await (const _ of cloudflare(server.url).logs.list({ gateway_id: 'gw' })) items++;
    expect(items).toBe(20);
    expect(server.requests).toHaveLength(requests);
  });
});
