// Iteration ends against servers that would keep it going: a page repeated forever, a total that
// lies, and any list at all once `maxPages` pages were read. Why it ended is recorded.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/cloudflare.js';
import { bifrost, cloudflare, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const items = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ id: `item-${from + i}` }));

/** Cloudflare logs: `count` items on every page whatever is asked, and `total` as the total. */
const cloudflareLogs = (count: (page: number) => number, total?: number, same = false) =>
  start((request, response) => {
    const page = Number(request.query.get('page'));
    const result = items(count(page), same ? 0 : (page - 1) * 20);
    sendJson(response, 200, {
      result,
      ...(total === undefined
        ? {}
        : { result_info: { count: result.length, page, per_page: 20, total_count: total } }),
      success: true,
    });
  });

async function drain(list: AsyncIterable<{ id: string }>) {
  const seen: string[] = [];
  for await (const item of list) seen.push(item.id);
  return seen;
}

describe('a server that repeats the same full page', () => {
  it.each([
    ['without a total (gateways)', undefined],
    ['with a total of 1e9 (logs)', 1e9],
  ])('%s: ends at the repeat, and yields its items once', async (_label, total) => {
    const server = await cloudflareLogs(() => 20, total, true);
    const cf = cloudflare(server.url);
    const list = total === undefined ? cf.gateways.list() : cf.logs.list({ gateway_id: 'gw' });
    expect(await drain(list)).toEqual(items(20).map((i) => i.id));
    expect(server.requests).toHaveLength(2);
    expect(list.stopReason).toBe('repeated-page');
  });
});

describe('a page is a repeat only when every item is the same', () => {
  /** Pages of 20 Cloudflare logs, every page the same except where `vary` changes one item. */
  const nearlyRepeating = (vary: (page: number, result: Record<string, unknown>[]) => void) =>
    start((request, response) => {
      const page = Number(request.query.get('page'));
      const result: Record<string, unknown>[] = items(20).map((item) => ({
        ...item,
        meta: { tokens: [1, 2, 3] },
      }));
      vary(page, result);
      sendJson(response, 200, {
        result,
        result_info: { count: 20, page, per_page: 20, total_count: 60 },
        success: true,
      });
    });

  it.each([
    [
      'a nested value of a middle item',
      (page: number, result: Record<string, unknown>[]) => {
        result[10] = { ...result[10], meta: { tokens: [1, 2, page] } };
      },
    ],
    [
      "the order of one item's keys",
      (page: number, result: Record<string, unknown>[]) => {
        if (page === 2) result[19] = { meta: result[19]?.meta, id: result[19]?.id };
      },
    ],
    [
      'one extra field on the last item',
      (page: number, result: Record<string, unknown>[]) => {
        if (page > 1) result[19] = { ...result[19], [`page${page}`]: true };
      },
    ],
  ])('differing in %s, the list goes on', async (_label, vary) => {
    const server = await nearlyRepeating(vary);
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' });
    expect(await drain(list)).toHaveLength(60);
    expect(server.requests).toHaveLength(3);
    expect(list.stopReason).toBe('total-reached');
  });
});

describe('a reported total does not outrank the page', () => {
  it('a short Bifrost page ends the list even with total_count 1287', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, {
        logs: items(3),
        pagination: { limit: 50, offset: 0, total_count: 1287 },
        has_logs: true,
      }),
    );
    const list = bifrost(server.url).logs.list();
    expect(await drain(list)).toHaveLength(3);
    expect(server.requests).toHaveLength(1);
    expect(list.stopReason).toBe('short-page');
  });

  it('an empty page ends it too', async () => {
    const server = await cloudflareLogs((page) => (page === 1 ? 20 : 0), 500);
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' });
    expect(await drain(list)).toHaveLength(20);
    expect(server.requests).toHaveLength(2);
    expect(list.stopReason).toBe('empty-page');
  });

  it('a list that really ends says how', async () => {
    const server = await cloudflareLogs((page) => (page < 3 ? 20 : 5), 45);
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' });
    expect(list.stopReason).toBeUndefined();
    expect(await drain(list)).toHaveLength(45);
    expect(list.stopReason).toBe('total-reached');
  });
});

describe('maxPages', () => {
  it('stops a list that would go on, after exactly that many requests', async () => {
    const server = await cloudflareLogs(() => 20, 1e9);
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' }, { maxPages: 3 });
    expect(await drain(list)).toHaveLength(60);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    expect(list.stopReason).toBe('max-pages');
  });

  it('is seen by the pages themselves', async () => {
    const server = await cloudflareLogs(() => 20, 1e9);
    const first = await cloudflare(server.url).logs.list({ gateway_id: 'gw' }, { maxPages: 2 });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.nextPage();
    expect(second.hasNextPage()).toBe(false);
    expect(second.stopReason).toBe('max-pages');
    await expect(second.nextPage()).rejects.toThrow(RangeError);
    expect(server.requests).toHaveLength(2);
  });

  it.each([0, -1, 1.5, Number.NaN, '3'])('%j is refused before sending', async (maxPages) => {
    const server = await cloudflareLogs(() => 20, 1e9);
    const error = await rejection(
      cloudflare(server.url).logs.list({ gateway_id: 'gw' }, { maxPages: maxPages as never }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('options.maxPages must be a positive integer');
    expect(server.requests).toHaveLength(0);
  });
});
