// Compile-time checks: misuse of the clients fails to compile, the right uses type-check with the
// types the spec implies. Run by `vitest` (typecheck) and by `tsc` (tsconfig includes test/).
import { describe, expectTypeOf, test } from 'vitest';
import {
  type BifrostClient,
  type ListLogsItem as BifrostLog,
  createBifrostClient,
} from '../src/bifrost.js';
import {
  type AnyAPIError,
  type APIError,
  type APIPromise,
  type AuthenticationError,
  type CloudflareClient,
  createCloudflareClient,
  type GetGatewayResult,
  type InternalServerError,
  isAPIError,
  type ListLogsItem,
  type ListLogsResponse,
  type NotFoundError,
  type Page,
  type PagePromise,
  type RateLimitError,
  type StopReason,
  type WithResponse,
} from '../src/cloudflare.js';

declare const cf: CloudflareClient;
declare const bf: BifrostClient;

const gatewayBody = {
  id: 'support-bot',
  rate_limiting_interval: 60,
  rate_limiting_limit: 100,
  collect_logs: true,
  cache_ttl: 300,
  cache_invalidate_on_update: false,
  workers_ai_billing_mode: 'postpaid',
} as const;

describe('parameters', () => {
  test('a wrong parameter name does not compile', () => {
    // @ts-expect-error `perPage` is not a parameter of logs.list (it is `per_page`)
    cf.logs.list({ gateway_id: 'gw', perPage: 10 });
    // @ts-expect-error `gatewayId` is not a parameter (it is `gateway_id`)
    cf.datasets.list({ gatewayId: 'gw' });
    // @ts-expect-error Bifrost has `limit`, not `per_page`
    bf.logs.list({ per_page: 10 });
  });

  test('a wrong parameter type does not compile', () => {
    // @ts-expect-error per_page is a number
    cf.logs.list({ gateway_id: 'gw', per_page: '10' });
    // @ts-expect-error `gte` is not a filter operator
    cf.logs.list({ gateway_id: 'gw', filters: [{ key: 'cost', operator: 'gte', value: [1] }] });
    // @ts-expect-error a filter value is a list
    cf.logs.list({ gateway_id: 'gw', filters: [{ key: 'cost', operator: 'gt', value: 0.5 }] });
    // @ts-expect-error `done` is not a Bifrost status
    bf.logs.list({ status: ['success', 'done'] });
    // @ts-expect-error start_time is a string, not a Date
    bf.logs.stats({ start_time: new Date() });
    // @ts-expect-error the bulk delete flag can only be `true`
    cf.logs.delete({ gateway_id: 'gw', all: false });
  });

  test('a missing required path parameter does not compile', () => {
    // @ts-expect-error logs.get needs the log `id`
    cf.logs.get({ gateway_id: 'gw' });
    // @ts-expect-error logs.list needs `gateway_id`
    cf.logs.list();
    // @ts-expect-error Bifrost logs.get needs `id`
    bf.logs.get({});
  });

  test('a missing required body field does not compile', () => {
    const { id: _, ...withoutId } = gatewayBody;
    // @ts-expect-error the gateway `id` is required
    cf.gateways.create(withoutId);
    // @ts-expect-error evaluation_type_ids is required
    cf.evaluations.create({ gateway_id: 'gw' }, { name: 'eval', dataset_ids: ['d1'] });
    const dataset = {
      name: 'd',
      enable: true,
      filters: [{ key: 'cost' as const, operator: 'gt' as const }],
    };
    // @ts-expect-error a dataset filter needs `value`
    cf.datasets.create({ gateway_id: 'gw' }, dataset);
    // @ts-expect-error logs.edit takes a body
    cf.logs.edit({ gateway_id: 'gw', id: 'log' });
  });

  test('wrong request options do not compile', () => {
    // @ts-expect-error the option is `timeoutMs`
    cf.gateways.get({ id: 'gw' }, { timeout: 1000 });
    // @ts-expect-error maxRetries is a number
    bf.logs.stats({}, { maxRetries: '2' });
    // @ts-expect-error an API token and the legacy key are exclusive
    createCloudflareClient({ apiToken: 't', apiEmail: 'a@b.c', apiKey: 'k' });
  });
});

describe('results', () => {
  test('a wrong use of a result does not compile', async () => {
    const gateway = await cf.gateways.get({ id: 'gw' });
    // @ts-expect-error gateways have no `name`
    gateway.name;
    const url = await cf.urls.get({ gateway_id: 'gw', provider: 'openai' });
    // @ts-expect-error the gateway URL is a string
    url.toFixed();
    // @ts-expect-error bulk delete resolves to the `success` flag, a boolean
    const deleted: string = await cf.logs.delete({ gateway_id: 'gw', all: true });
    const page = await cf.logs.list({ gateway_id: 'gw' });
    // @ts-expect-error cost is optional
    page.items[0]?.cost.toFixed();
    // @ts-expect-error log metadata is read back as a JSON string, not an object
    page.items[0]?.metadata?.user;
    // @ts-expect-error Bifrost token counts live in token_usage
    (await bf.logs.get({ id: 'x' })).total_tokens;
    return deleted;
  });

  test('the right uses compile with the spec types', async () => {
    expectTypeOf(await cf.gateways.get({ id: 'gw' })).toEqualTypeOf<GetGatewayResult>();
    expectTypeOf(await cf.gateways.get({ id: 'gw' }))
      .toHaveProperty('cache_ttl')
      .toEqualTypeOf<number | null>();
    expectTypeOf(cf.gateways.create(gatewayBody)).resolves.toHaveProperty('id').toBeString();
    expectTypeOf(await cf.urls.get({ gateway_id: 'gw', provider: 'openai' })).toBeString();
    expectTypeOf(
      await cf.logs.delete({
        gateway_id: 'gw',
        filters: [{ key: 'cost', operator: 'gt', value: [1] }],
      }),
    ).toBeBoolean();
    expectTypeOf(await cf.logs.delete({ gateway_id: 'gw', all: true })).toBeBoolean();
    expectTypeOf(
      await cf.logs.edit({ gateway_id: 'gw', id: 'l' }, { feedback: 1, metadata: { vip: true } }),
    ).toBeObject();
    expectTypeOf(await cf.logs.request({ gateway_id: 'gw', id: 'l' })).toBeUnknown();

    const list = cf.logs.list({
      gateway_id: 'gw',
      per_page: 50,
      filters: [{ key: 'provider', operator: 'eq', value: ['openai'] }],
    });
    expectTypeOf(list).toEqualTypeOf<PagePromise<ListLogsItem, ListLogsResponse>>();
    const page = await list;
    expectTypeOf(page).toEqualTypeOf<Page<ListLogsItem, ListLogsResponse>>();
    expectTypeOf(page.items).toEqualTypeOf<ListLogsItem[]>();
    expectTypeOf(page.totalCount).toEqualTypeOf<number | undefined>();
    expectTypeOf(page.nextPage()).resolves.toEqualTypeOf<Page<ListLogsItem, ListLogsResponse>>();
    expectTypeOf(page.response.result_info.total_count).toBeNumber();
    for await (const log of cf.logs.list({ gateway_id: 'gw' })) {
      expectTypeOf(log).toEqualTypeOf<ListLogsItem>();
      expectTypeOf(log.tokens_in).toEqualTypeOf<number | null>();
    }
    expectTypeOf(await cf.dynamicRouting.list({ gateway_id: 'gw' }))
      .toHaveProperty('items')
      .items.toHaveProperty('elements');
    expectTypeOf(await cf.dynamicRouting.getVersion({ gateway_id: 'gw', id: 'r', version_id: 'v' }))
      .toHaveProperty('active')
      .toEqualTypeOf<'true' | 'false'>();

    const logs = await bf.logs.list({
      providers: ['openai'],
      status: ['success', 'cancelled'],
      limit: 100,
      offset: 0,
    });
    expectTypeOf(logs.items).toEqualTypeOf<BifrostLog[]>();
    expectTypeOf(logs.response.pagination.total_count).toBeNumber();
    expectTypeOf(await bf.logs.stats({ providers: 'openai,anthropic' }))
      .toHaveProperty('success_rate')
      .toBeNumber();
    expectTypeOf(bf.logs.get({ id: 'x' }))
      .resolves.toHaveProperty('status')
      .toEqualTypeOf<'processing' | 'success' | 'error' | 'cancelled'>();
  });

  test('options, clients and errors', () => {
    cf.gateways.get(
      { id: 'gw', account_id: '0123456789abcdef0123456789abcdef' },
      {
        signal: AbortSignal.timeout(1000),
        timeoutMs: 5000,
        maxRetries: 0,
        retryNonIdempotent: false,
        headers: { 'x-a': 'b' },
      },
    );
    expectTypeOf(
      createCloudflareClient({ apiEmail: 'a@b.c', apiKey: 'k', accountId: 'a' }),
    ).toEqualTypeOf<CloudflareClient>();
    expectTypeOf(
      createBifrostClient({ baseUrl: 'http://localhost:8080', token: 't' }),
    ).toEqualTypeOf<BifrostClient>();
    expectTypeOf<APIError['status']>().toBeNumber();
    expectTypeOf<APIError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APIError['errors'][number]>().toHaveProperty('message').toBeString();
  });
});

describe('errors narrow by status', () => {
  test('each class has its status as a literal', () => {
    expectTypeOf<NotFoundError['status']>().toEqualTypeOf<404>();
    expectTypeOf<RateLimitError['status']>().toEqualTypeOf<429>();
    expectTypeOf<500 | 503 | 599>().toExtend<InternalServerError['status']>();
    // @ts-expect-error a 404 is not a server error
    const notServer: InternalServerError['status'] = 404;
    return notServer;
  });

  test('isAPIError narrows, with or without a status', () => {
    const error: unknown = undefined;
    if (isAPIError(error, 404)) expectTypeOf(error).toEqualTypeOf<NotFoundError>();
    if (isAPIError(error, 502)) expectTypeOf(error).toEqualTypeOf<InternalServerError>();
    if (isAPIError(error, 401)) expectTypeOf(error).toEqualTypeOf<AuthenticationError>();
    if (isAPIError(error)) {
      expectTypeOf(error).toEqualTypeOf<AnyAPIError>();
      if (error.status === 429) expectTypeOf(error).toEqualTypeOf<RateLimitError>();
      if (error.status === 503) expectTypeOf(error).toEqualTypeOf<InternalServerError>();
      if (error.status === 418) expectTypeOf(error.status).toEqualTypeOf<418>();
    }
  });
});

describe('Bifrost comma lists', () => {
  test('a string takes one value of the enum; several go in an array', () => {
    bf.logs.list({ status: 'error', routing_engine_used: 'governance' });
    bf.logs.list({ status: ['error', 'cancelled'] });
    // @ts-expect-error `failed` is not a status
    bf.logs.list({ status: 'failed' });
    // @ts-expect-error several statuses go in an array
    bf.logs.list({ status: 'error,cancelled' });
    // Lists without an enum still take a comma-joined string.
    bf.logs.list({ providers: 'openai,anthropic' });
  });
});

describe('lists', () => {
  test('maxPages and the reason a list stopped', async () => {
    const list = cf.logs.list({ gateway_id: 'gw' }, { maxPages: 5 });
    expectTypeOf(list.stopReason).toEqualTypeOf<StopReason | undefined>();
    expectTypeOf((await list).stopReason).toEqualTypeOf<StopReason | undefined>();
    expectTypeOf<'max-pages'>().toExtend<StopReason>();
    // @ts-expect-error maxPages is a number
    cf.logs.list({ gateway_id: 'gw' }, { maxPages: '5' });
  });
});

describe('responses', () => {
  test('a call is an APIPromise of its result, withResponse adds the answer', async () => {
    const call = cf.gateways.get({ id: 'gw' });
    expectTypeOf(call).toEqualTypeOf<APIPromise<GetGatewayResult>>();
    expectTypeOf(call).toExtend<Promise<GetGatewayResult>>();
    const { data, response } = await call.withResponse();
    expectTypeOf(data).toEqualTypeOf<GetGatewayResult>();
    expectTypeOf(response.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(call.withResponse()).resolves.toEqualTypeOf<WithResponse<GetGatewayResult>>();
  });
});
