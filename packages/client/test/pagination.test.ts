// How many requests a full iteration sends, for lists that report a total and lists that do not.
import { describe, expect, it } from 'vitest';
import { accountId, bifrost, cloudflare } from './support/clients.js';
import { type RecordedRequest, sendJson, useServers } from './support/server.js';

const start = useServers();
const sizes = [0, 1, 50, 51, 123] as const;
const items = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `item-${i}` }));

/** Cloudflare logs: page + per_page, and `result_info.total_count`. */
function logsServer(total: number) {
  const all = items(total);
  return start((request, response) => {
    const page = Number(request.query.get('page') ?? 1);
    const perPage = Number(request.query.get('per_page') ?? 20);
    const result = all.slice((page - 1) * perPage, page * perPage);
    sendJson(response, 200, {
      result,
      result_info: { count: result.length, page, per_page: perPage, total_count: total },
      success: true,
    });
  });
}

/** Cloudflare gateways: page + per_page and no total at all. */
function gatewaysServer(total: number) {
  const all = items(total);
  return start((request, response) => {
    const page = Number(request.query.get('page') ?? 1);
    const perPage = Number(request.query.get('per_page') ?? 20);
    sendJson(response, 200, {
      result: all.slice((page - 1) * perPage, page * perPage),
      success: true,
    });
  });
}

/** Bifrost logs: offset + limit, and `pagination.total_count`. */
function bifrostServer(total: number) {
  const all = items(total);
  return start((request, response) => {
    const offset = Number(request.query.get('offset') ?? 0);
    const limit = Number(request.query.get('limit') ?? 50);
    const logs = all.slice(offset, offset + limit);
    sendJson(response, 200, {
      logs,
      pagination: { limit, offset, sort_by: 'timestamp', order: 'desc', total_count: total },
      stats: { total_requests: total },
      has_logs: total > 0,
    });
  });
}

const ids = async (iterable: AsyncIterable<{ id: string }>) => {
  const seen: string[] = [];
  for await (const item of iterable) seen.push(item.id);
  return seen;
};
const param = (requests: RecordedRequest[], name: string) => requests.map((r) => r.query.get(name));

describe('a list with a total (Cloudflare logs, per_page 50)', () => {
  const expected = { 0: 1, 1: 1, 50: 1, 51: 2, 123: 3 };
  it.each(sizes)('%i items take exactly the pages that hold them', async (total) => {
    const server = await logsServer(total);
    const cf = cloudflare(server.url);
    expect(await ids(cf.logs.list({ gateway_id: 'gw', per_page: 50 }))).toEqual(
      items(total).map((i) => i.id),
    );
    expect(server.requests).toHaveLength(expected[total]);
    expect(param(server.requests, 'page')).toEqual(
      Array.from({ length: expected[total] }, (_, i) => String(i + 1)),
    );
    expect(new Set(param(server.requests, 'per_page'))).toEqual(new Set(['50']));
    for (const request of server.requests)
      expect(request.path).toBe(`/accounts/${accountId}/ai-gateway/gateways/gw/logs`);
  });

  it('uses the spec default page size (20) when per_page is left out', async () => {
    const server = await logsServer(45);
    const cf = cloudflare(server.url);
    expect(await ids(cf.logs.list({ gateway_id: 'gw' }))).toHaveLength(45);
    expect(server.requests).toHaveLength(3);
    expect(param(server.requests, 'per_page')).toEqual([null, null, null]);
  });
});

describe('a list without a total (Cloudflare gateways, per_page 50)', () => {
  // A full page may be followed by more, so it costs one more request; a short page ends the list.
  const expected = { 0: 1, 1: 1, 50: 2, 51: 2, 123: 3 };
  it.each(sizes)('%i items: one more request only after a full page', async (total) => {
    const server = await gatewaysServer(total);
    const cf = cloudflare(server.url);
    expect(await ids(cf.gateways.list({ per_page: 50 }))).toEqual(items(total).map((i) => i.id));
    expect(server.requests).toHaveLength(expected[total]);
    expect(param(server.requests, 'page')).toEqual(
      Array.from({ length: expected[total] }, (_, i) => String(i + 1)),
    );
  });
});

describe('an offset list with a total (Bifrost logs, limit 50)', () => {
  const expected = { 0: 1, 1: 1, 50: 1, 51: 2, 123: 3 };
  it.each(sizes)('%i items take exactly the pages that hold them', async (total) => {
    const server = await bifrostServer(total);
    const bf = bifrost(server.url);
    expect(await ids(bf.logs.list({ limit: 50 }))).toEqual(items(total).map((i) => i.id));
    expect(server.requests).toHaveLength(expected[total]);
    expect(param(server.requests, 'offset')).toEqual(
      Array.from({ length: expected[total] }, (_, i) => String(i * 50)),
    );
    expect(new Set(param(server.requests, 'limit'))).toEqual(new Set(['50']));
  });

  it('starts at the offset the caller gives', async () => {
    const server = await bifrostServer(123);
    const bf = bifrost(server.url);
    expect(await ids(bf.logs.list({ limit: 50, offset: 100 }))).toHaveLength(23);
    expect(param(server.requests, 'offset')).toEqual(['100']);
  });
});

/**
 * Cloudflare dynamic routes: the spec gives `per_page` no default, and the server echoes the size
 * it used in `data.per_page`. `echo: false` plays a server that leaves the echo out.
 */
function routesServer(total: number, serverSize: number, echo: boolean) {
  const all = items(total);
  return start((request, response) => {
    const page = Number(request.query.get('page') ?? 1);
    const perPage = Number(request.query.get('per_page') ?? serverSize);
    const routes = all.slice((page - 1) * perPage, page * perPage);
    sendJson(response, 200, {
      data: { routes, page, ...(echo ? { per_page: perPage } : {}) },
      success: true,
    });
  });
}

describe('a list whose page size only the server knows (Cloudflare routes)', () => {
  it('pages by the size the server echoes', async () => {
    const server = await routesServer(25, 10, true);
    const cf = cloudflare(server.url);
    expect(await ids(cf.dynamicRouting.list({ gateway_id: 'gw' }))).toHaveLength(25);
    expect(param(server.requests, 'page')).toEqual(['1', '2', '3']);
    expect(param(server.requests, 'per_page')).toEqual([null, null, null]);
  });

  it('without the echo, takes the first page for a full one and reads on to a short page', async () => {
    const server = await routesServer(25, 10, false);
    const cf = cloudflare(server.url);
    const first = await cf.dynamicRouting.list({ gateway_id: 'gw' });
    expect(first.perPage).toBe(10);
    expect(await ids(first)).toHaveLength(25);
    expect(param(server.requests, 'page')).toEqual(['1', '2', '3']);
  });
});

describe('Page', () => {
  it('awaiting a list gives its first page only, with the paging figures', async () => {
    const server = await logsServer(123);
    const cf = cloudflare(server.url);
    const page = await cf.logs.list({ gateway_id: 'gw', per_page: 50 });
    expect(server.requests).toHaveLength(1);
    expect(page.items.map((i) => i.id)).toEqual(items(50).map((i) => i.id));
    expect(page).toMatchObject({ page: 1, perPage: 50, totalCount: 123 });
    expect(page.hasNextPage()).toBe(true);

    const second = await page.nextPage();
    const third = await second.nextPage();
    expect(server.requests).toHaveLength(3);
    expect(third).toMatchObject({ page: 3, totalCount: 123 });
    expect(third.items).toHaveLength(23);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.nextPage()).rejects.toThrow(RangeError);
    expect(server.requests).toHaveLength(3);
  });

  it('reports no total when the API gives none', async () => {
    const server = await gatewaysServer(3);
    const page = await cloudflare(server.url).gateways.list();
    expect(page.totalCount).toBeUndefined();
    expect(page.perPage).toBe(20);
    expect(page.hasNextPage()).toBe(false);
  });

  it('gives Bifrost pages a page number derived from the offset', async () => {
    const server = await bifrostServer(123);
    const page = await bifrost(server.url).logs.list({ limit: 50 });
    const next = await page.nextPage();
    expect([page.page, next.page]).toEqual([1, 2]);
    expect(next.response.pagination.offset).toBe(50);
  });

  it('sends nothing until the list is awaited or iterated', async () => {
    const server = await logsServer(5);
    const list = cloudflare(server.url).logs.list({ gateway_id: 'gw' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(0);
    await list;
    await list;
    expect(server.requests).toHaveLength(1);
  });
});
