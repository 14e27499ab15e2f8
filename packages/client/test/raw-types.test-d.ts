// `RawClient` is openapi-fetch's `Client` type declared in this package (so that consumers who
// check declaration files do not pay for checking openapi-fetch's): it must stay the same type.
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, test } from 'vitest';
import type { BifrostClient, paths as BifrostPaths } from '../src/bifrost.js';
import type {
  CloudflareClient,
  CloudflareRawPaths,
  RawClient,
  RawMiddleware,
} from '../src/cloudflare.js';

declare const cf: CloudflareClient;
declare const bf: BifrostClient;
declare const upstream: Client<CloudflareRawPaths>;
declare const upstreamBifrost: Client<BifrostPaths>;

const gatewayPath = '/accounts/{account_id}/ai-gateway/gateways/{id}';
const gatewaysPath = '/accounts/{account_id}/ai-gateway/gateways';
const logsPath = '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs';

describe('the raw client type', () => {
  test('is the raw client of both APIs', () => {
    expectTypeOf(cf.raw).toEqualTypeOf<RawClient<CloudflareRawPaths>>();
    expectTypeOf(bf.raw).toEqualTypeOf<RawClient<BifrostPaths>>();
  });

  test("has openapi-fetch's methods", () => {
    expectTypeOf<keyof RawClient<CloudflareRawPaths>>().toEqualTypeOf<
      keyof Client<CloudflareRawPaths>
    >();
  });

  test("gives openapi-fetch's results for the same calls", () => {
    const get = { params: { path: { id: 'gw' } } };
    expectTypeOf(cf.raw.GET(gatewayPath, get)).toEqualTypeOf(upstream.GET(gatewayPath, get));
    const list = { params: { path: { gateway_id: 'gw' }, query: { per_page: 50 } } };
    expectTypeOf(cf.raw.GET(logsPath, list)).toEqualTypeOf(upstream.GET(logsPath, list));
    const create = {
      params: { path: {} },
      body: {
        id: 'gw',
        cache_invalidate_on_update: false,
        cache_ttl: 0,
        collect_logs: true,
        rate_limiting_interval: null,
        rate_limiting_limit: null,
      },
    };
    expectTypeOf(cf.raw.POST(gatewaysPath, create)).toEqualTypeOf(
      upstream.POST(gatewaysPath, create),
    );
    expectTypeOf(cf.raw.request('get', gatewayPath, get)).toEqualTypeOf(
      upstream.request('get', gatewayPath, get),
    );
    const text = { ...get, parseAs: 'text' as const };
    expectTypeOf(cf.raw.GET(gatewayPath, text)).toEqualTypeOf(upstream.GET(gatewayPath, text));
    expectTypeOf(bf.raw.GET('/api/logs', {})).toEqualTypeOf(upstreamBifrost.GET('/api/logs', {}));
  });

  test('types what a call sends and what it gets back', async () => {
    const { data } = await cf.raw.GET(gatewayPath, { params: { path: { id: 'gw' } } });
    expectTypeOf(data?.result?.cache_ttl).toEqualTypeOf<number | null | undefined>();
    const text = await cf.raw.GET(gatewayPath, { params: { path: { id: 'gw' } }, parseAs: 'text' });
    expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
    // @ts-expect-error the gateway id is a required path parameter
    cf.raw.GET(gatewayPath, { params: { path: {} } });
    // @ts-expect-error per_page is a number
    cf.raw.GET(logsPath, { params: { path: { gateway_id: 'gw' }, query: { per_page: '50' } } });
    // @ts-expect-error there is no PATCH on the gateways list
    cf.raw.PATCH(gatewaysPath, {});
    // @ts-expect-error a gateway needs its settings
    cf.raw.POST(gatewaysPath, { params: { path: {} }, body: { id: 'gw' } });
  });

  test("takes openapi-fetch's middleware", () => {
    const middleware: RawMiddleware = {
      onRequest: ({ request, schemaPath }) => {
        expectTypeOf(schemaPath).toBeString();
        return request;
      },
    };
    cf.raw.use(middleware);
    expectTypeOf<RawMiddleware>().toExtend<Parameters<typeof upstream.use>[0]>();
    expectTypeOf<Parameters<typeof upstream.use>[0]>().toExtend<RawMiddleware>();
  });
});
