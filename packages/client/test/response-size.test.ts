// A body is read no further than `maxResponseBytes` (32 MiB unless set): past it the client stops
// reading, closes the connection and throws one ResponseTooLargeError. Against a server that
// never stops sending, the call still ends, and the server is cut off after little more than the
// limit: nothing buffers the whole body.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCloudflareRawClient,
  MalformedResponseError,
  ResponseTooLargeError,
} from '../src/cloudflare.js';
import { accountId, bifrost, cloudflare, cloudflareToken, rejection } from './support/clients.js';
import { type RecordedRequest, sendJson, useServers } from './support/server.js';

const start = useServers();
const MiB = 1024 * 1024;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** What an endless server wrote before the client hung up, and whether it did. */
interface Stream {
  written: number;
  closed: Promise<void>;
}

/**
 * Answers with a body that never ends: 64 KiB chunks, as fast as the client reads them (the
 * server waits on backpressure, so what it wrote is what the client took in or the sockets hold).
 */
function endless(status = 200, headers: Record<string, string> = {}) {
  const streams: Stream[] = [];
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const handler = (_request: RecordedRequest, response: ServerResponse) => {
    let closeStream = () => {};
    const stream: Stream = {
      written: 0,
      closed: new Promise((resolve) => (closeStream = resolve)),
    };
    streams.push(stream);
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.write('{"result":"');
    let open = true;
    response.on('close', () => {
      open = false;
      closeStream();
    });
    const pump = () => {
      while (open) {
        stream.written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
    };
    pump();
  };
  return { handler, streams };
}

/** Slack over the limit the sockets and the fetch stack may hold: a fraction of a full read. */
const slack = 16 * MiB;

describe('an endless body', () => {
  it('is cut at maxResponseBytes with one typed error, and the server is hung up on', {
    timeout: 20_000,
  }, async () => {
    const { handler, streams } = endless();
    const server = await start(handler);
    const cf = cloudflare(server.url, { maxResponseBytes: MiB, maxRetries: 3 });
    const error = await rejection(cf.gateways.get({ id: 'gw' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(MalformedResponseError);
    const tooLarge = error as ResponseTooLargeError;
    expect(tooLarge).toMatchObject({ status: 200, reason: 'too-large', limit: MiB });
    expect(tooLarge.message).toContain('1048576-byte limit (maxResponseBytes)');
    expect(tooLarge.excerpt.startsWith('{"result":"xxx')).toBe(true);
    expect(tooLarge.excerpt.length).toBeLessThanOrEqual(200);
    // Not retried: the answer came, it was only too long.
    expect(server.requests).toHaveLength(1);
    await streams[0]?.closed;
    expect(streams[0]?.written).toBeLessThan(MiB + slack);
  });

  it('is cut at the default of 32 MiB', { timeout: 30_000 }, async () => {
    const { handler, streams } = endless();
    const server = await start(handler);
    const error = await rejection(bifrost(server.url).logs.get({ id: 'log-1' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(32 * MiB);
    await streams[0]?.closed;
    expect(streams[0]?.written).toBeGreaterThan(32 * MiB);
    expect(streams[0]?.written).toBeLessThan(32 * MiB + slack);
  });

  it('with an error status is cut too, retried as that status is, then typed', {
    timeout: 20_000,
  }, async () => {
    const { handler, streams } = endless(503, { 'retry-after-ms': '1' });
    const server = await start(handler);
    const cf = cloudflare(server.url, { maxResponseBytes: 256 * 1024, maxRetries: 1 });
    const error = await rejection(cf.gateways.get({ id: 'gw' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).status).toBe(503);
    expect(server.requests).toHaveLength(2);
    await Promise.all(streams.map((stream) => stream.closed));
  });

  it('through the raw client: the same typed error, the same hang-up', {
    timeout: 20_000,
  }, async () => {
    const { handler, streams } = endless();
    const server = await start(handler);
    const raw = createCloudflareRawClient({
      accountId,
      apiToken: cloudflareToken,
      baseUrl: server.url,
      maxResponseBytes: MiB,
    });
    const error = await rejection(
      raw.GET('/accounts/{account_id}/ai-gateway/gateways/{id}', {
        params: { path: { id: 'gw' } },
      }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).operationId).toBe(
      'GET /accounts/{account_id}/ai-gateway/gateways/{id}',
    );
    await streams[0]?.closed;
    expect(streams[0]?.written).toBeLessThan(MiB + slack);
  });
});

describe('the limit', () => {
  const sized = (bytes: number, headers: Record<string, string> = {}) =>
    start((_request, response) => {
      // `{"result":"xxx…"}` of exactly `bytes` bytes.
      const body = `{"result":"${'x'.repeat(bytes - 13)}"}`;
      response.writeHead(200, { 'content-type': 'application/json', ...headers });
      response.end(body);
    });

  it('admits a body of exactly maxResponseBytes, and refuses one byte more', async () => {
    const exact = await sized(4096);
    const cf = cloudflare(exact.url, { maxResponseBytes: 4096 });
    expect(await cf.gateways.get({ id: 'gw' })).toHaveLength(4096 - 13);
    const over = await sized(4097);
    const error = await rejection(
      cloudflare(over.url, { maxResponseBytes: 4096 }).gateways.get({ id: 'gw' }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('refuses a declared content-length over it before reading the body', async () => {
    let wrote = false;
    const server = await start((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(100 * MiB),
      });
      response.flushHeaders();
      // The body would come later, slowly; the client must not wait for it.
      setTimeout(() => {
        wrote = !response.destroyed && response.write('{"result":"');
      }, 500);
    });
    const began = Date.now();
    const error = await rejection(
      cloudflare(server.url, { maxResponseBytes: MiB }).gateways.get({ id: 'gw' }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(Date.now() - began).toBeLessThan(450);
    expect(wrote).toBe(false);
  });

  it('counts bytes, not characters, and decodes characters split across chunks', async () => {
    const text = 'é'.repeat(3000); // 6000 bytes in UTF-8
    const body = Buffer.from(JSON.stringify({ result: text, success: true }));
    const server = await start(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      // Chunks of 7 bytes: most of them end in the middle of an é.
      for (let at = 0; at < body.length; at += 7) response.write(body.subarray(at, at + 7));
      response.end();
    });
    expect(
      await cloudflare(server.url, { maxResponseBytes: body.length }).gateways.get({ id: 'gw' }),
    ).toBe(text);
    const error = await rejection(
      cloudflare(server.url, { maxResponseBytes: body.length - 1 }).gateways.get({ id: 'gw' }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a call's own maxResponseBytes overrides the client's", async () => {
    const server = await sized(10_000);
    const cf = cloudflare(server.url, { maxResponseBytes: 1000 });
    await expect(cf.gateways.get({ id: 'gw' })).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(await cf.gateways.get({ id: 'gw' }, { maxResponseBytes: 20_000 })).toHaveLength(
      10_000 - 13,
    );
  });

  it('applies to every page of a list', async () => {
    const server = await start((request, response) => {
      const page = Number(request.query.get('page') ?? 1);
      const items = Array.from({ length: page === 1 ? 20 : 2000 }, (_, i) => ({ id: `log-${i}` }));
      sendJson(response, 200, {
        result: items,
        result_info: { page, per_page: 20 },
        success: true,
      });
    });
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' }, { maxResponseBytes: 4096 });
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of list) seen.push(item);
      })(),
    );
    expect(seen).toHaveLength(20);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });
});
