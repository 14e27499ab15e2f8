// Calls that would do harm or silently widen a query are refused before anything is sent.
import { describe, expect, it } from 'vitest';
import { UnsafeRequestError, ValidationError, type ValidationIssue } from '../src/cloudflare.js';
import { accountId, bifrost, cloudflare, rejection } from './support/clients.js';
import { type RecordedRequest, sendJson, useServers } from './support/server.js';

const start = useServers();

/** A server that answers every request with a success body that fits any operation. */
const anything = () =>
  start((_request, response) =>
    sendJson(response, 200, {
      result: [],
      success: true,
      logs: [],
      pagination: { limit: 50, offset: 0, total_count: 0 },
    }),
  );

async function refusal(promise: PromiseLike<unknown>) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError & { issues: ValidationIssue[] };
}
const paths = (error: { issues: readonly ValidationIssue[] }) =>
  error.issues.map((i) => i.path.join('.'));

describe('billing calls that move money', () => {
  const calls = [
    [
      'createTopup',
      (cf: ReturnType<typeof cloudflare>, confirm: object) =>
        cf.billing.topup(confirm as { confirm: true }, { amount: 5000 }),
    ],
    [
      'setTopupConfig',
      (cf: ReturnType<typeof cloudflare>, confirm: object) =>
        cf.billing.setTopupConfig(confirm as { confirm: true }, { threshold: 1000, amount: 5000 }),
    ],
    [
      'setSpendingLimit',
      (cf: ReturnType<typeof cloudflare>, confirm: object) =>
        cf.billing.setSpendingLimit(confirm as { confirm: true }, {
          amount: 10_000,
          duration: 'monthly',
          strategy: 'fixed',
        }),
    ],
    [
      'deleteSpendingLimit',
      (cf: ReturnType<typeof cloudflare>, confirm: object) =>
        cf.billing.deleteSpendingLimit(confirm as { confirm: true }),
    ],
  ] as const;

  it.each(calls)('%s without confirm: true is refused, and nothing is sent', async (_id, call) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    for (const params of [{}, { confirm: false }]) {
      const error = await rejection(call(cf, params));
      expect(error).toBeInstanceOf(UnsafeRequestError);
      expect((error as Error).message).toMatch(/confirm: true/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it.each(calls)('%s with confirm: true is sent once, without the flag', async (_id, call) => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: {}, success: true, errors: [], messages: [] }),
    );
    await call(cloudflare(server.url), { confirm: true });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.rawQuery).toBe('');
    expect(server.requests[0]?.body ?? '').not.toContain('confirm');
  });
});

describe('bulk delete of logs', () => {
  it('without a filter is refused, and nothing is sent', async () => {
    const server = await anything();
    const cf = cloudflare(server.url);
    for (const params of [{ gateway_id: 'gw' }, { gateway_id: 'gw', filters: [] }]) {
      const error = await rejection(cf.logs.delete(params));
      expect(error).toBeInstanceOf(UnsafeRequestError);
      expect((error as Error).message).toMatch(/filters.*all: true/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('with all: true is sent once, without the flag', async () => {
    const server = await start((_request, response) => sendJson(response, 200, { success: true }));
    const result = await cloudflare(server.url).logs.delete({ gateway_id: 'gw', all: true });
    expect(result).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'DELETE',
      path: `/accounts/${accountId}/ai-gateway/gateways/gw/logs`,
      rawQuery: '',
      body: '',
    });
  });

  it('with a filter is sent, with the filter and without a body', async () => {
    const server = await start((_request, response) => sendJson(response, 200, { success: true }));
    await cloudflare(server.url).logs.delete({
      gateway_id: 'gw',
      filters: [{ key: 'created_at', operator: 'lt', value: ['2026-01-01T00:00:00Z'] }],
      limit: 500,
    });
    expect(server.requests[0]?.rawQuery).toBe(
      'filters.key=created_at&filters.operator=lt&filters.value=2026-01-01T00%3A00%3A00Z&limit=500',
    );
    expect(server.requests[0]?.headers['content-type']).toBeUndefined();
  });
});

describe('arguments the server would silently ignore or reject', () => {
  it.each(['2026-11-20', '2026-11-20T14:00:00', '2026-11-20 14:00:00Z', 'yesterday', '1763647200'])(
    'Bifrost start_time %j is refused, nothing sent',
    async (value) => {
      const server = await anything();
      const bf = bifrost(server.url);
      const error = await refusal(bf.logs.list({ start_time: value }));
      expect(paths(error)).toContain('query.start_time');
      expect(error.message).toContain('query.start_time');
      const stats = await refusal(bf.logs.stats({ end_time: value }));
      expect(paths(stats)).toContain('query.end_time');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('a well-formed Bifrost start_time is sent as is', async () => {
    const server = await anything();
    await bifrost(server.url).logs.stats({ start_time: '2026-11-20T14:00:00.123456789+02:00' });
    expect(server.requests[0]?.query.get('start_time')).toBe('2026-11-20T14:00:00.123456789+02:00');
  });

  it.each([
    [
      'logs list per_page 51',
      (cf: ReturnType<typeof cloudflare>) => cf.logs.list({ gateway_id: 'gw', per_page: 51 }),
      'query.per_page',
      'at most 50',
    ],
    [
      'logs list per_page 0',
      (cf: ReturnType<typeof cloudflare>) => cf.logs.list({ gateway_id: 'gw', per_page: 0 }),
      'query.per_page',
      'at least 1',
    ],
    [
      'gateways per_page 101',
      (cf: ReturnType<typeof cloudflare>) => cf.gateways.list({ per_page: 101 }),
      'query.per_page',
      'at most 100',
    ],
    [
      'evaluation types per_page 4',
      (cf: ReturnType<typeof cloudflare>) => cf.evaluationTypes.list({ per_page: 4 }),
      'query.per_page',
      'at least 5',
    ],
    [
      'page 0',
      (cf: ReturnType<typeof cloudflare>) => cf.datasets.list({ gateway_id: 'gw', page: 0 }),
      'query.page',
      'at least 1',
    ],
    [
      'bulk delete limit 10001',
      (cf: ReturnType<typeof cloudflare>) =>
        cf.logs.delete({ gateway_id: 'gw', all: true, limit: 10_001 }),
      'query.limit',
      'at most 10000',
    ],
  ])(
    'Cloudflare %s is refused with a ValidationError naming the field',
    async (_label, call, field, rule) => {
      const server = await anything();
      const error = await refusal(call(cloudflare(server.url)));
      expect(paths(error)).toEqual([field]);
      expect(error.message).toContain(`${field} must be ${rule}`);
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each([
    [{ limit: 1001 }, 'query.limit'],
    [{ limit: 0 }, 'query.limit'],
    [{ offset: -1 }, 'query.offset'],
    [{ status: ['success', 'done'] as never }, 'query.status.1'],
    [{ sort_by: 'date' as never }, 'query.sort_by'],
  ])('Bifrost %j is refused with a ValidationError naming the field', async (params, field) => {
    const server = await anything();
    const error = await refusal(bifrost(server.url).logs.list(params));
    expect(paths(error)).toContain(field);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ key: 'price', operator: 'gt', value: [1] }, 'query.filters.0.key'],
    [{ key: 'cost', operator: 'gte', value: [1] }, 'query.filters.0.operator'],
    [{ key: 'cost', operator: 'gt', value: 1 }, 'query.filters.0.value'],
    [{ key: 'cost', operator: 'gt' }, 'query.filters.0.value'],
  ])('an invalid log filter %j is refused, naming the filter field', async (filter, field) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    const filters = [filter] as never;
    const listed = await refusal(cf.logs.list({ gateway_id: 'gw', filters }));
    expect(paths(listed)).toContain(field);
    expect(listed.message).toContain(field.replace('.0.', '[0].'));
    const deleted = await refusal(cf.logs.delete({ gateway_id: 'gw', filters }));
    expect(paths(deleted)).toContain(field);
    expect(server.requests).toHaveLength(0);
  });

  it('an invalid body field is refused, naming it', async () => {
    const server = await anything();
    const error = await refusal(
      cloudflare(server.url).logs.edit(
        { gateway_id: 'gw', id: 'log-1' },
        { feedback: 2, score: 101 },
      ),
    );
    expect(paths(error)).toEqual(['body.feedback', 'body.score']);
    expect(error.message).toContain('body.score must be at most 100');
    expect(server.requests).toHaveLength(0);
  });

  it('a parameter the operation does not have is refused, not sent', async () => {
    const server = await anything();
    const cf = cloudflare(server.url);
    const unknown = { force: true } as never;
    for (const call of [
      () => cf.gateways.delete({ id: 'gw', ...(unknown as object) }),
      () => cf.logs.list({ gateway_id: 'gw', ...(unknown as object) }),
      () => bifrost(server.url).logs.get({ id: 'log-1', ...(unknown as object) }),
    ]) {
      const error = await refusal(call());
      expect(paths(error)).toEqual(['query.force']);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('ids that would change the path', () => {
  const cloudflareLogPath = `/accounts/${accountId}/ai-gateway/gateways/gw/logs/`;
  /** The request stayed on the operation's path: one more segment, which decodes to the id. */
  function expectOnPath(request: RecordedRequest | undefined, prefix: string, id: string) {
    expect(request?.path.startsWith(prefix)).toBe(true);
    const rest = request?.path.slice(prefix.length) ?? '';
    expect(rest).not.toContain('/');
    expect(decodeURIComponent(rest)).toBe(id);
  }

  it.each(['../../x', 'a/b', '..%2F..%2Fx', '%2e%2e', 'a?b=c#d', '...', 'a\\b'])(
    'a log id %j is encoded into one segment',
    async (id) => {
      const server = await start((_request, response) =>
        sendJson(response, 200, { result: {}, success: true }),
      );
      const cf = cloudflare(server.url);
      await cf.logs.get({ gateway_id: 'gw', id });
      expectOnPath(server.requests[0], cloudflareLogPath, id);
      await cf.logs.request({ gateway_id: 'gw', id });
      expect(server.requests[1]?.path).toBe(
        `${cloudflareLogPath}${encodeURIComponent(id)}/request`,
      );
    },
  );

  it.each(['..', '.', ''])('a log id %j is refused: it cannot be encoded', async (id) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    expect(paths(await refusal(cf.logs.get({ gateway_id: 'gw', id })))).toContain('path.id');
    expect(paths(await refusal(cf.dynamicRouting.get({ gateway_id: 'gw', id })))).toContain(
      'path.id',
    );
    expect(paths(await refusal(bifrost(server.url).logs.get({ id })))).toContain('path.id');
    expect(server.requests).toHaveLength(0);
  });

  it.each(['../../x', 'a/b', '..', '.', '', 'GW'])(
    'a gateway id %j is refused by its pattern',
    async (id) => {
      const server = await anything();
      const cf = cloudflare(server.url);
      expect(paths(await refusal(cf.gateways.get({ id })))).toContain('path.id');
      expect(paths(await refusal(cf.logs.list({ gateway_id: id })))).toContain('path.gateway_id');
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each(['', '..', '.'])('an account id %j is refused', async (account) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    const error = await refusal(cf.gateways.get({ account_id: account, id: 'gw' }));
    expect(paths(error)).toContain('path.account_id');
    expect(server.requests).toHaveLength(0);
  });

  it('an account id with a slash is encoded into one segment', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: {}, success: true }),
    );
    await cloudflare(server.url).gateways.get({ account_id: '../other-account', id: 'gw' });
    expect(server.requests[0]?.path).toBe('/accounts/..%2Fother-account/ai-gateway/gateways/gw');
  });

  it('Bifrost ids are encoded too', async () => {
    const server = await start((_request, response) => sendJson(response, 200, { id: 'x' }));
    await bifrost(server.url).logs.get({ id: '../../api/config' });
    expectOnPath(server.requests[0], '/api/logs/', '../../api/config');
  });
});
