// A success status with a body that cannot be the answer (empty, cut short, an HTML page, or a
// Cloudflare envelope saying `success: false`) throws a typed error instead of returning nothing.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MalformedResponseError } from '../src/cloudflare.js';
import { bifrost, cloudflare, cloudflareToken, rejection } from './support/clients.js';
import { useServers } from './support/server.js';

const start = useServers();
const ray = '8f1c2d3e4a5b6c7d-AMS';

/** A 200 with this body; `{token}` in it is replaced by the credential the request carried. */
const answering = (
  body: string,
  type = 'application/json',
  id: Record<string, string> = { 'cf-ray': ray },
) =>
  start((request, response) => {
    response.writeHead(200, { 'content-type': type, ...id });
    response.end(body.replaceAll('{token}', String(request.headers.authorization)));
  });

const cases = [
  ['an empty body', '', 'application/json', 'empty', /empty body/],
  [
    'truncated JSON',
    '{"result":{"id":"gw","cache_ttl":',
    'application/json',
    'invalid-json',
    /not valid JSON/,
  ],
  [
    'an HTML page',
    '<!doctype html><html><head><title>Just a moment...</title></head><body>{token}</body></html>',
    'text/html',
    'not-json',
    /HTML page: Just a moment\.\.\./,
  ],
  [
    'success: false',
    '{"success":false,"errors":[{"code":10000,"message":"Authentication error {token}"}],"result":null}',
    'application/json',
    'unsuccessful',
    /success: false: \[10000\] Authentication error/,
  ],
] as const;

describe.each([false, true])('Cloudflare, validateResponses %s', (validateResponses) => {
  it.each(cases)('a 200 with %s', async (_label, body, type, reason, message) => {
    const server = await answering(body, type);
    const cf = cloudflare(server.url, { validateResponses });
    for (const call of [
      () => cf.gateways.get({ id: 'gw' }),
      () => cf.logs.list({ gateway_id: 'gw' }),
      () => cf.logs.delete({ gateway_id: 'gw', all: true }),
    ]) {
      const error = (await rejection(call())) as MalformedResponseError;
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect(error).toMatchObject({ status: 200, reason, requestId: ray });
      expect(error.message).toMatch(message);
      expect(error.message).toContain(ray);
      expect(error.excerpt).toBe(body.replaceAll('{token}', 'Bearer [redacted]').slice(0, 200));
      for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })])
        expect(text).not.toContain(cloudflareToken);
    }
    // A 200 is an answer: not retried.
    expect(server.requests).toHaveLength(3);
  });

  it('keeps the errors of a success: false body', async () => {
    const server = await answering(cases[3][1]);
    const error = (await rejection(
      cloudflare(server.url, { validateResponses }).gateways.get({ id: 'gw' }),
    )) as MalformedResponseError;
    expect(error.errors).toEqual([
      { code: 10000, message: 'Authentication error Bearer [redacted]' },
    ]);
  });
});

describe('Bifrost', () => {
  it.each(cases.slice(0, 3))('a 200 with %s', async (_label, body, type, reason) => {
    const server = await answering(body, type, { 'x-request-id': 'req-1' });
    const error = await rejection(bifrost(server.url).logs.get({ id: 'log-1' }));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ status: 200, reason, requestId: 'req-1' });
  });

  it('a body with its own success field is not read as an envelope', async () => {
    const server = await answering('{"id":"log-1","success":false}');
    expect(await bifrost(server.url).logs.get({ id: 'log-1' })).toEqual({
      id: 'log-1',
      success: false,
    });
  });

  it('a long body is cut to an excerpt', async () => {
    const server = await answering(`<html>${'x'.repeat(5000)}</html>`, 'text/html');
    const error = (await rejection(bifrost(server.url).logs.stats())) as MalformedResponseError;
    expect(error.excerpt).toHaveLength(200);
  });
});
