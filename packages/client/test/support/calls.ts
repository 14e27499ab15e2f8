// Every operation of both APIs called through the resource layer, once with the required
// arguments only and once with every parameter (and every body field) the spec has. Shared by the
// contract tests (our specs) and the conformance tests (the vendors' documents).
import { expect } from 'vitest';
import type { BifrostClient } from '../../src/bifrost.js';
import type {
  CloudflareClient,
  CreateGatewayBody,
  UpdateGatewayBody,
} from '../../src/cloudflare.js';
import { Page } from '../../src/index.js';

export type Variant = 'required' | 'all';

export interface Call<Client> {
  operationId: string;
  variant: Variant;
  run(client: Client): PromiseLike<unknown>;
  /** Checks the type and shape of what the call returned (already unwrapped). */
  check(result: unknown): void;
}

const gatewayId = 'support-bot-prod';
const otherAccount = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const logId = '01JD8W5K3Q9V7XH2M4T6R8B0CN';
const datasetId = '4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82';
const evaluationId = '9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18';
const routeId = '0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51';
const versionId = '5e8b1d4a-2c7f-4e9b-a3d6-8f1c4b7e0a29';

// --- shape checks -------------------------------------------------------------------------------

type Shape = Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array'>;
const kind = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

function hasShape(value: unknown, shape: Shape): void {
  expect(kind(value)).toBe('object');
  const record = value as Record<string, unknown>;
  for (const [field, type] of Object.entries(shape)) expect(kind(record[field]), field).toBe(type);
}

const isObject = (shape: Shape) => (value: unknown) => hasShape(value, shape);

function isPage(item: Shape, options: { total: boolean }) {
  return (value: unknown) => {
    expect(value).toBeInstanceOf(Page);
    const page = value as Page<unknown>;
    expect(page.items.length).toBeGreaterThan(0);
    for (const entry of page.items) hasShape(entry, item);
    expect(page.page).toBe(1);
    if (options.total) expect(typeof page.totalCount).toBe('number');
    else expect(page.totalCount).toBeUndefined();
  };
}

const gatewayShape: Shape = { id: 'string', collect_logs: 'boolean', created_at: 'string' };
const logShape: Shape = { id: 'string', provider: 'string', model: 'string', success: 'boolean' };
const datasetShape: Shape = { id: 'string', name: 'string', enable: 'boolean', filters: 'array' };
const evaluationShape: Shape = {
  id: 'string',
  name: 'string',
  datasets: 'array',
  results: 'array',
};
const routeShape: Shape = { id: 'string', name: 'string', elements: 'array' };
const versionShape: Shape = { version_id: 'string', active: 'string', data: 'string' };
const providerConfigShape: Shape = { id: 'string', provider_slug: 'string', alias: 'string' };

// --- bodies -------------------------------------------------------------------------------------

// `workers_ai_billing_mode` is optional in the spec, but the generated body types require it
// (openapi-typescript makes every property with a default required), hence the cast.
const gatewayRequired = {
  id: gatewayId,
  rate_limiting_interval: 60,
  rate_limiting_limit: 600,
  collect_logs: true,
  cache_ttl: 300,
  cache_invalidate_on_update: true,
} as CreateGatewayBody;

const gatewaySettings = {
  authentication: true,
  cache_invalidate_on_update: true,
  cache_ttl: 300,
  collect_logs: true,
  log_management: 1_000_000,
  log_management_strategy: 'DELETE_OLDEST',
  logpush: true,
  logpush_public_key: 'age1qyqszqgpqyqszqgpqyqszqgpqyqs',
  rate_limiting_interval: 60,
  rate_limiting_limit: 600,
  rate_limiting_technique: 'sliding',
  retry_backoff: 'exponential',
  retry_delay: 250,
  retry_max_attempts: 3,
  store_id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  workers_ai_billing_mode: 'postpaid',
  zdr: false,
} as const;

const gatewayUpdateAll: UpdateGatewayBody = {
  ...gatewaySettings,
  log_classification: true,
  dlp: { enabled: true, action: 'BLOCK', profiles: ['c60e6ec9-1c2b-4a7f-9e0d-3b5f8a2d4e71'] },
  guardrails: { prompt: { P1: 'BLOCK', S1: 'FLAG' }, response: { S2: 'FLAG' } },
  otel: [
    {
      url: 'https://otlp.example.com/v1/traces',
      authorization: 'Bearer otel-example',
      headers: { 'x-service-name': 'support-bot' },
      content_type: 'json',
    },
  ],
  spend_limits: {
    enabled: true,
    rules: [
      {
        id: 'daily-cap',
        enabled: true,
        limitType: 'cost',
        limit: 25,
        window: 86_400,
        technique: 'sliding',
        provider: { mode: 'filter', values: ['openai'] },
        model: { mode: 'filter', values: ['gpt-4o-mini'] },
        metadata: { team: { mode: 'partition' } },
      },
    ],
  },
  stripe: { authorization: 'rk_test_example', usage_events: [{ payload: '{"event":"usage"}' }] },
};

const routeElements = [
  { id: 'start', type: 'start', outputs: { next: { elementId: 'primary' } } },
  {
    id: 'primary',
    type: 'model',
    properties: { provider: 'openai', model: 'gpt-4o-mini', timeout: 30_000, retries: 2 },
    outputs: { success: { elementId: 'end' }, fallback: { elementId: 'end' } },
  },
  { id: 'end', type: 'end', outputs: {} },
] as const;

const datasetFilters = () => [
  { key: 'model' as const, operator: 'eq' as const, value: ['claude-3-5-sonnet-20241022'] },
  { key: 'cost' as const, operator: 'gt' as const, value: [0.005] },
];

// --- Cloudflare ---------------------------------------------------------------------------------

type CF = CloudflareClient;
const both = (
  operationId: string,
  run: (client: CF, variant: Variant) => PromiseLike<unknown>,
  check: (result: unknown) => void,
): Call<CF>[] =>
  (['required', 'all'] as const).map((variant) => ({
    operationId,
    variant,
    run: (client) => run(client, variant),
    check,
  }));
/** Path parameters, with the account given per call in the all-parameters variant. */
const at = <T extends object>(variant: Variant, params: T) =>
  variant === 'all' ? { account_id: otherAccount, ...params } : params;

export const cloudflareCalls: Call<CF>[] = [
  ...both(
    'listGateways',
    (cf, v) =>
      v === 'all'
        ? cf.gateways.list({ account_id: otherAccount, page: 1, per_page: 10, search: 'support' })
        : cf.gateways.list(),
    isPage(gatewayShape, { total: false }),
  ),
  ...both(
    'createGateway',
    (cf, v) =>
      cf.gateways.create(v === 'all' ? { id: gatewayId, ...gatewaySettings } : gatewayRequired),
    isObject(gatewayShape),
  ),
  ...both(
    'getGateway',
    (cf, v) => cf.gateways.get(at(v, { id: gatewayId })),
    isObject(gatewayShape),
  ),
  ...both(
    'updateGateway',
    (cf, v) =>
      cf.gateways.update(
        at(v, { id: gatewayId }),
        v === 'all'
          ? gatewayUpdateAll
          : ({
              rate_limiting_interval: 60,
              rate_limiting_limit: 1200,
              collect_logs: true,
              cache_ttl: 600,
              cache_invalidate_on_update: false,
            } as UpdateGatewayBody),
      ),
    isObject(gatewayShape),
  ),
  ...both(
    'deleteGateway',
    (cf, v) => cf.gateways.delete(at(v, { id: gatewayId })),
    isObject(gatewayShape),
  ),
  ...both(
    'listEvaluationTypes',
    (cf, v) =>
      v === 'all'
        ? cf.evaluationTypes.list({
            account_id: otherAccount,
            page: 1,
            per_page: 5,
            order_by: 'name',
            order_by_direction: 'asc',
          })
        : cf.evaluationTypes.list(),
    isPage({ id: 'string', name: 'string', mandatory: 'boolean' }, { total: true }),
  ),
  ...both(
    'listLogs',
    (cf, v) =>
      cf.logs.list(
        v === 'all'
          ? {
              account_id: otherAccount,
              gateway_id: gatewayId,
              search: 'refund',
              page: 1,
              per_page: 25,
              order_by: 'model',
              order_by_direction: 'asc',
              filters: [
                { key: 'cost', operator: 'gt', value: [0.5] },
                { key: 'provider', operator: 'eq', value: ['openai', 'anthropic'] },
              ],
              meta_info: true,
              direction: 'asc',
              start_date: '2026-11-01T00:00:00Z',
              end_date: '2026-11-20T00:00:00Z',
              min_cost: 0.01,
              max_cost: 2.5,
              min_tokens_in: 1,
              max_tokens_in: 4000,
              min_tokens_out: 1,
              max_tokens_out: 2000,
              min_total_tokens: 2,
              max_total_tokens: 6000,
              min_duration: 10,
              max_duration: 30_000,
              feedback: 1,
              success: true,
              cached: false,
              model: 'gpt-4o-mini',
              model_type: 'chat',
              provider: 'openai',
              request_content_type: 'application/json',
              response_content_type: 'application/json',
            }
          : { gateway_id: gatewayId },
      ),
    isPage(logShape, { total: true }),
  ),
  ...both(
    'deleteLogs',
    (cf, v) =>
      cf.logs.delete(
        v === 'all'
          ? {
              account_id: otherAccount,
              gateway_id: gatewayId,
              filters: [{ key: 'created_at', operator: 'lt', value: ['2026-01-01T00:00:00Z'] }],
              limit: 500,
              order_by: 'cost',
              order_by_direction: 'desc',
            }
          : // Without a filter the call must be confirmed; the flag itself is never sent.
            { gateway_id: gatewayId, all: true },
      ),
    (result) => expect(result).toBe(true),
  ),
  ...both(
    'getLog',
    (cf, v) => cf.logs.get(at(v, { gateway_id: gatewayId, id: logId })),
    isObject(logShape),
  ),
  ...both(
    'editLog',
    (cf, v) =>
      cf.logs.edit(
        at(v, { gateway_id: gatewayId, id: logId }),
        v === 'all'
          ? { feedback: 1, score: 92, metadata: { user: 'u-42', vip: true, tier: 2 } }
          : {},
      ),
    (result) => expect(result).toEqual({}),
  ),
  ...both(
    'getLogRequest',
    (cf, v) => cf.logs.request(at(v, { gateway_id: gatewayId, id: logId })),
    (result) => expect(result).not.toBeUndefined(),
  ),
  ...both(
    'getLogResponse',
    (cf, v) => cf.logs.response(at(v, { gateway_id: gatewayId, id: logId })),
    (result) => expect(result).not.toBeUndefined(),
  ),
  ...both(
    'listDatasets',
    (cf, v) =>
      cf.datasets.list(
        v === 'all'
          ? {
              account_id: otherAccount,
              gateway_id: gatewayId,
              page: 1,
              per_page: 50,
              name: 'Expensive',
              enable: true,
              search: 'claude',
            }
          : { gateway_id: gatewayId },
      ),
    isPage(datasetShape, { total: false }),
  ),
  ...both(
    'createDataset',
    (cf, v) =>
      cf.datasets.create(at(v, { gateway_id: gatewayId }), {
        name: 'Expensive Claude calls',
        enable: true,
        filters: v === 'all' ? datasetFilters() : [],
      }),
    isObject(datasetShape),
  ),
  ...both(
    'getDataset',
    (cf, v) => cf.datasets.get(at(v, { gateway_id: gatewayId, id: datasetId })),
    isObject(datasetShape),
  ),
  ...both(
    'updateDataset',
    (cf, v) =>
      cf.datasets.update(at(v, { gateway_id: gatewayId, id: datasetId }), {
        name: 'Expensive Claude calls',
        enable: v === 'all',
        filters: v === 'all' ? datasetFilters() : [],
      }),
    isObject(datasetShape),
  ),
  ...both(
    'deleteDataset',
    (cf, v) => cf.datasets.delete(at(v, { gateway_id: gatewayId, id: datasetId })),
    isObject(datasetShape),
  ),
  ...both(
    'listEvaluations',
    (cf, v) =>
      cf.evaluations.list(
        v === 'all'
          ? {
              account_id: otherAccount,
              gateway_id: gatewayId,
              page: 1,
              per_page: 20,
              name: 'failure',
              processed: true,
              search: 'cost',
            }
          : { gateway_id: gatewayId },
      ),
    isPage(evaluationShape, { total: false }),
  ),
  ...both(
    'createEvaluation',
    (cf, v) =>
      cf.evaluations.create(at(v, { gateway_id: gatewayId }), {
        name: 'OpenAI failure cost',
        dataset_ids:
          v === 'all' ? [datasetId, 'c8e1f2a4-6b3d-4e9f-9a27-5d1c0b8e3f64'] : [datasetId],
        evaluation_type_ids: ['2f8c1d6e-4b7a-4e9d-8c3f-0a5b7d9e1f24'],
      }),
    isObject(evaluationShape),
  ),
  ...both(
    'getEvaluation',
    (cf, v) => cf.evaluations.get(at(v, { gateway_id: gatewayId, id: evaluationId })),
    isObject(evaluationShape),
  ),
  ...both(
    'deleteEvaluation',
    (cf, v) => cf.evaluations.delete(at(v, { gateway_id: gatewayId, id: evaluationId })),
    isObject(evaluationShape),
  ),
  ...both(
    'listDynamicRoutes',
    (cf, v) =>
      cf.dynamicRouting.list(
        v === 'all'
          ? { account_id: otherAccount, gateway_id: gatewayId, page: 1, per_page: 20 }
          : { gateway_id: gatewayId },
      ),
    isPage({ ...routeShape, account_tag: 'string' }, { total: false }),
  ),
  ...both(
    'createDynamicRoute',
    (cf, v) =>
      cf.dynamicRouting.create(at(v, { gateway_id: gatewayId }), {
        name: 'support-fallback',
        elements: v === 'all' ? [...routeElements] : [routeElements[0], routeElements[2]],
      }),
    isObject({ ...routeShape, version: 'object', deployment: 'object' }),
  ),
  ...both(
    'getDynamicRoute',
    (cf, v) => cf.dynamicRouting.get(at(v, { gateway_id: gatewayId, id: routeId })),
    isObject({ ...routeShape, version: 'object', deployment: 'object' }),
  ),
  ...both(
    'deleteDynamicRoute',
    (cf, v) => cf.dynamicRouting.delete(at(v, { gateway_id: gatewayId, id: routeId })),
    isObject(routeShape),
  ),
  ...both(
    'updateDynamicRoute',
    (cf, v) =>
      cf.dynamicRouting.update(at(v, { gateway_id: gatewayId, id: routeId }), {
        name: 'support-fallback-v2',
      }),
    isObject({ ...routeShape, account_tag: 'string' }),
  ),
  ...both(
    'listDynamicRouteDeployments',
    (cf, v) => cf.dynamicRouting.listDeployments(at(v, { gateway_id: gatewayId, id: routeId })),
    isObject({ deployments: 'array' }),
  ),
  ...both(
    'createDynamicRouteDeployment',
    (cf, v) =>
      cf.dynamicRouting.createDeployment(at(v, { gateway_id: gatewayId, id: routeId }), {
        version_id: versionId,
      }),
    isObject(routeShape),
  ),
  ...both(
    'listDynamicRouteVersions',
    (cf, v) => cf.dynamicRouting.listVersions(at(v, { gateway_id: gatewayId, id: routeId })),
    isObject({ versions: 'array' }),
  ),
  ...both(
    'createDynamicRouteVersion',
    (cf, v) =>
      cf.dynamicRouting.createVersion(at(v, { gateway_id: gatewayId, id: routeId }), {
        elements: v === 'all' ? [...routeElements] : [routeElements[0], routeElements[2]],
      }),
    isObject(routeShape),
  ),
  ...both(
    'getDynamicRouteVersion',
    (cf, v) =>
      cf.dynamicRouting.getVersion(
        at(v, { gateway_id: gatewayId, id: routeId, version_id: versionId }),
      ),
    isObject({ ...versionShape, elements: 'array' }),
  ),
  ...both(
    'listProviderConfigs',
    (cf, v) =>
      cf.providerConfigs.list(
        v === 'all'
          ? { account_id: otherAccount, gateway_id: gatewayId, page: 1, per_page: 50 }
          : { gateway_id: gatewayId },
      ),
    isPage(providerConfigShape, { total: false }),
  ),
  ...both(
    'createProviderConfig',
    (cf, v) =>
      cf.providerConfigs.create(
        at(v, { gateway_id: gatewayId }),
        v === 'all'
          ? {
              provider_slug: 'openai',
              alias: 'openai-batch',
              default_config: false,
              secret: 'sk-proj-example',
              rate_limit: 60,
              rate_limit_period: 3600,
            }
          : // `rate_limit_period` has a default, so the generated type requires it: see the gateway body.
            ({
              provider_slug: 'openai',
              alias: 'openai-batch',
              default_config: true,
              secret_id: 'sec-1',
            } as never),
      ),
    isObject(providerConfigShape),
  ),
  ...both(
    'getGatewayUrl',
    (cf, v) => cf.urls.get(at(v, { gateway_id: gatewayId, provider: 'openai' })),
    (result) => expect(result).toMatch(/^https:\/\//),
  ),
];

// --- Bifrost ------------------------------------------------------------------------------------

type BF = BifrostClient;
const filtersAll = {
  providers: ['openai', 'anthropic'],
  models: ['gpt-4o-mini', 'claude-3-5-sonnet-20241022'],
  status: ['success', 'error'],
  objects: ['chat_completion', 'chat_completion_stream'],
  selected_key_ids: ['2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63'],
  virtual_key_ids: ['0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20'],
  routing_rule_ids: ['8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94'],
  routing_engine_used: ['routing-rule', 'loadbalancing'],
  start_time: '2026-11-19T14:00:00Z',
  end_time: '2026-11-20T14:00:00.5+01:00',
  min_latency: 500,
  max_latency: 5000,
  min_tokens: 100,
  max_tokens: 8000,
  min_cost: 0.001,
  max_cost: 1.5,
  missing_cost_only: false,
  content_search: 'refund',
} as const;

const bifrostBoth = (
  operationId: string,
  run: (client: BF, variant: Variant) => PromiseLike<unknown>,
  check: (result: unknown) => void,
): Call<BF>[] =>
  (['required', 'all'] as const).map((variant) => ({
    operationId,
    variant,
    run: (client) => run(client, variant),
    check,
  }));

export const bifrostCalls: Call<BF>[] = [
  ...bifrostBoth(
    'listLogs',
    (bf, v) =>
      v === 'all'
        ? bf.logs.list({ ...filtersAll, limit: 100, offset: 0, sort_by: 'latency', order: 'asc' })
        : bf.logs.list(),
    isPage(
      { id: 'string', provider: 'string', status: 'string', timestamp: 'string' },
      { total: true },
    ),
  ),
  ...bifrostBoth(
    'getLogStats',
    (bf, v) =>
      v === 'all' ? bf.logs.stats({ ...filtersAll, compare_to_previous: true }) : bf.logs.stats(),
    isObject({ total_requests: 'number', success_rate: 'number', average_latency: 'number' }),
  ),
  ...bifrostBoth(
    'getLog',
    (bf) => bf.logs.get({ id: '3f2a9c1e-7b4d-4e8a-9c6f-1d2e3b4a5c6d' }),
    isObject({ id: 'string', provider: 'string', status: 'string' }),
  ),
];
