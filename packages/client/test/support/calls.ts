// Every operation of both APIs called through the resource layer, once with the required
// arguments only and once with every parameter (and, across the two, every body field) the spec
// has. Shared by the contract tests (our specs) and the conformance tests (the vendors' documents).
// Ids and, where the spec has fitting ones, bodies are the spec's own examples; query values are
// written here, as the spec gives none for most query parameters.
import { expect } from 'vitest';
import type { BifrostClient, BifrostOperationTypes } from '../../src/bifrost.js';
import type {
  CloudflareClient,
  CloudflareOperationTypes,
  CreateGatewayBody,
  CreateProviderConfigBody,
  UpdateGatewayBody,
} from '../../src/cloudflare.js';
import { Page } from '../../src/index.js';
import {
  type ApiName,
  bodyExample,
  pathExample,
  servedExample,
  specOperation,
  valueAt,
} from './spec.js';

export type Variant = 'required' | 'all';
const variants = ['required', 'all'] as const;

export interface Call<Client> {
  operationId: string;
  variant: Variant;
  run(client: Client): PromiseLike<unknown>;
}

/**
 * Checks what a call returned against the spec: the part of the answer the mock server sent (the
 * first 200 example) that `x-unwrap` names, or for a list (`x-pagination`), the first page of the
 * items and total that example holds.
 */
export function expectSpecResult(api: ApiName, operationId: string, result: unknown): void {
  const { operation } = specOperation(api, operationId);
  const answer = servedExample(api, operationId);
  const pagination = operation['x-pagination'];
  if (!pagination) {
    expect(result).toEqual(valueAt(answer, operation['x-unwrap'] ?? ''));
    return;
  }
  expect(result).toBeInstanceOf(Page);
  const page = result as Page<unknown>;
  const items = valueAt(answer, pagination.items);
  // An empty list would make the comparison vacuous.
  expect(items, `the first ${operationId} example holds items`).not.toEqual([]);
  expect(page.items).toEqual(items);
  expect(page.totalCount).toBe(pagination.total ? valueAt(answer, pagination.total) : undefined);
  expect(page.page).toBe(1);
}

// --- Cloudflare ---------------------------------------------------------------------------------

type CF = CloudflareClient;
type Operations = CloudflareOperationTypes;
/** An operation's path parameters, without the account (the client's, unless a call names one). */
type PathOf<Id extends keyof Operations> = Operations[Id] extends {
  parameters: { path: infer P };
}
  ? Omit<P, 'account_id'> & { account_id?: string }
  : never;
type BodyOf<Id extends keyof Operations> = Operations[Id] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The account that the all-parameters calls name instead of the client's. */
export const otherAccount = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

/**
 * Both calls of an operation. `path` holds the spec's example ids, and in the all-parameters call
 * `otherAccount` as the account.
 */
function cloudflareBoth<Id extends keyof Operations>(
  operationId: Id,
  run: (cf: CF, variant: Variant, path: PathOf<Id>) => PromiseLike<unknown>,
): Call<CF>[] {
  const { account_id: _, ...ids } = pathExample('cloudflare', operationId);
  return variants.map((variant) => ({
    operationId,
    variant,
    run: (cf) =>
      run(cf, variant, (variant === 'all' ? { account_id: otherAccount, ...ids } : ids) as never),
  }));
}

/** A body example of the spec (its first, or the one named). */
const example = <Id extends keyof Operations>(operationId: Id, name?: string) =>
  bodyExample('cloudflare', operationId, name) as BodyOf<Id>;

/** A route graph of the example's start and end elements only. */
const startAndEnd = <Element extends { type: string }>(body: { elements: Element[] }) =>
  body.elements.filter((element) => element.type === 'start' || element.type === 'end');

// Gateway settings the spec's body examples leave out. `workers_ai_billing_mode` is optional in
// the spec, but the generated body types require it (openapi-typescript makes every property with
// a default required), hence the casts of the bodies without it.
const otherGatewaySettings = {
  logpush: true,
  logpush_public_key: 'age1qyqszqgpqyqszqgpqyqszqgpqyqs',
  store_id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  workers_ai_billing_mode: 'postpaid',
  zdr: false,
} as const;

const gatewayCreateAll: CreateGatewayBody = {
  ...example('createGateway', 'production'),
  ...otherGatewaySettings,
};

const gatewayUpdateAll: UpdateGatewayBody = {
  ...example('updateGateway', 'raiseLimit'),
  ...otherGatewaySettings,
  log_classification: true,
  guardrails: { prompt: { P1: 'BLOCK', S1: 'FLAG' }, response: { S2: 'FLAG' } },
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

export const cloudflareCalls: Call<CF>[] = [
  ...cloudflareBoth('listGateways', (cf, v, path) =>
    v === 'all'
      ? cf.gateways.list({ ...path, page: 1, per_page: 10, search: 'support' })
      : cf.gateways.list(),
  ),
  // `create` takes the body alone, so not even this call can name another account.
  ...cloudflareBoth('createGateway', (cf, v) =>
    cf.gateways.create(
      // The `minimal` example sets the required fields only.
      v === 'all' ? gatewayCreateAll : (example('createGateway', 'minimal') as CreateGatewayBody),
    ),
  ),
  ...cloudflareBoth('getGateway', (cf, _v, path) => cf.gateways.get(path)),
  ...cloudflareBoth('updateGateway', (cf, v, path) =>
    cf.gateways.update(
      path,
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
  ),
  ...cloudflareBoth('deleteGateway', (cf, _v, path) => cf.gateways.delete(path)),
  ...cloudflareBoth('listEvaluationTypes', (cf, v, path) =>
    v === 'all'
      ? cf.evaluationTypes.list({
          ...path,
          page: 1,
          per_page: 5,
          order_by: 'name',
          order_by_direction: 'asc',
        })
      : cf.evaluationTypes.list(),
  ),
  ...cloudflareBoth('listLogs', (cf, v, path) =>
    cf.logs.list(
      v === 'all'
        ? {
            ...path,
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
        : path,
    ),
  ),
  ...cloudflareBoth('deleteLogs', (cf, v, path) =>
    cf.logs.delete(
      v === 'all'
        ? {
            ...path,
            filters: [{ key: 'created_at', operator: 'lt', value: ['2026-01-01T00:00:00Z'] }],
            limit: 500,
            order_by: 'cost',
            order_by_direction: 'desc',
          }
        : // Without a filter the call must be confirmed; the flag itself is never sent.
          { ...path, all: true },
    ),
  ),
  ...cloudflareBoth('getLog', (cf, _v, path) => cf.logs.get(path)),
  ...cloudflareBoth('editLog', (cf, v, path) =>
    cf.logs.edit(
      path,
      // Between them, these two examples set every field.
      v === 'all' ? { ...example('editLog', 'thumbsUp'), ...example('editLog', 'metadata') } : {},
    ),
  ),
  ...cloudflareBoth('getLogRequest', (cf, _v, path) => cf.logs.request(path)),
  ...cloudflareBoth('getLogResponse', (cf, _v, path) => cf.logs.response(path)),
  ...cloudflareBoth('listDatasets', (cf, v, path) =>
    cf.datasets.list(
      v === 'all'
        ? { ...path, page: 1, per_page: 50, name: 'Expensive', enable: true, search: 'claude' }
        : path,
    ),
  ),
  ...cloudflareBoth('createDataset', (cf, v, path) => {
    const body = example('createDataset');
    return cf.datasets.create(path, v === 'all' ? body : { ...body, filters: [] });
  }),
  ...cloudflareBoth('getDataset', (cf, _v, path) => cf.datasets.get(path)),
  ...cloudflareBoth('updateDataset', (cf, v, path) => {
    const body = example('updateDataset');
    return cf.datasets.update(path, v === 'all' ? body : { ...body, enable: false, filters: [] });
  }),
  ...cloudflareBoth('deleteDataset', (cf, _v, path) => cf.datasets.delete(path)),
  ...cloudflareBoth('listEvaluations', (cf, v, path) =>
    cf.evaluations.list(
      v === 'all'
        ? { ...path, page: 1, per_page: 20, name: 'failure', processed: true, search: 'cost' }
        : path,
    ),
  ),
  ...cloudflareBoth('createEvaluation', (cf, _v, path) =>
    cf.evaluations.create(path, example('createEvaluation')),
  ),
  ...cloudflareBoth('getEvaluation', (cf, _v, path) => cf.evaluations.get(path)),
  ...cloudflareBoth('deleteEvaluation', (cf, _v, path) => cf.evaluations.delete(path)),
  ...cloudflareBoth('listDynamicRoutes', (cf, v, path) =>
    cf.dynamicRouting.list(v === 'all' ? { ...path, page: 1, per_page: 20 } : path),
  ),
  ...cloudflareBoth('createDynamicRoute', (cf, v, path) => {
    const body = example('createDynamicRoute');
    return cf.dynamicRouting.create(
      path,
      v === 'all' ? body : { ...body, elements: startAndEnd(body) },
    );
  }),
  ...cloudflareBoth('getDynamicRoute', (cf, _v, path) => cf.dynamicRouting.get(path)),
  ...cloudflareBoth('deleteDynamicRoute', (cf, _v, path) => cf.dynamicRouting.delete(path)),
  ...cloudflareBoth('updateDynamicRoute', (cf, _v, path) =>
    cf.dynamicRouting.update(path, example('updateDynamicRoute')),
  ),
  ...cloudflareBoth('listDynamicRouteDeployments', (cf, _v, path) =>
    cf.dynamicRouting.listDeployments(path),
  ),
  ...cloudflareBoth('createDynamicRouteDeployment', (cf, _v, path) =>
    cf.dynamicRouting.createDeployment(path, example('createDynamicRouteDeployment')),
  ),
  ...cloudflareBoth('listDynamicRouteVersions', (cf, _v, path) =>
    cf.dynamicRouting.listVersions(path),
  ),
  ...cloudflareBoth('createDynamicRouteVersion', (cf, v, path) => {
    const body = example('createDynamicRouteVersion');
    return cf.dynamicRouting.createVersion(
      path,
      v === 'all' ? body : { elements: startAndEnd(body) },
    );
  }),
  ...cloudflareBoth('getDynamicRouteVersion', (cf, _v, path) => cf.dynamicRouting.getVersion(path)),
  ...cloudflareBoth('listProviderConfigs', (cf, v, path) =>
    cf.providerConfigs.list(v === 'all' ? { ...path, page: 1, per_page: 50 } : path),
  ),
  ...cloudflareBoth('createProviderConfig', (cf, v, path) =>
    cf.providerConfigs.create(
      path,
      v === 'all'
        ? example('createProviderConfig')
        : // An existing secret instead of the key, and no optional field: see the gateway casts.
          ({
            provider_slug: 'openai',
            alias: 'openai-batch',
            default_config: true,
            secret_id: 'sec-1',
          } as CreateProviderConfigBody),
    ),
  ),
  ...cloudflareBoth('getGatewayUrl', (cf, _v, path) => cf.urls.get(path)),
  ...cloudflareBoth('updateProviderConfig', (cf, _v, path) =>
    cf.providerConfigs.update(path, example('updateProviderConfig')),
  ),
  ...cloudflareBoth('deleteProviderConfig', (cf, _v, path) => cf.providerConfigs.delete(path)),
  ...cloudflareBoth('listCustomProviders', (cf, v, path) =>
    cf.customProviders.list(
      v === 'all'
        ? { ...path, page: 1, per_page: 50, beta: false, enable: true, search: 'acme' }
        : path,
    ),
  ),
  ...cloudflareBoth('createCustomProvider', (cf, v) =>
    cf.customProviders.create(
      v === 'all'
        ? {
            ...example('createCustomProvider'),
            beta: false,
            headers: '{"x-acme-team":"edge"}',
            link: 'https://llama.edge.acme.example/docs',
            curl_example: 'curl https://llama.edge.acme.example/v1/chat/completions',
            js_example: "await fetch('https://llama.edge.acme.example/v1/chat/completions')",
          }
        : {
            name: 'Edge Llama',
            slug: 'edge-llama',
            base_url: 'https://llama.edge.acme.example/v1',
          },
    ),
  ),
  ...cloudflareBoth('getCustomProvider', (cf, _v, path) => cf.customProviders.get(path)),
  ...cloudflareBoth('updateCustomProvider', (cf, v, path) =>
    cf.customProviders.update(
      path,
      v === 'all'
        ? {
            ...example('updateCustomProvider'),
            name: 'Acme Inference',
            slug: 'acme-inference',
            base_url: 'https://inference.acme.example/v2',
            beta: false,
            headers: '{}',
            link: 'https://inference.acme.example/docs',
            logo: 'https://inference.acme.example/logo.svg',
            curl_example: 'curl https://inference.acme.example/v2/chat/completions',
            js_example: "await fetch('https://inference.acme.example/v2/chat/completions')",
            position: 1,
          }
        : {},
    ),
  ),
  ...cloudflareBoth('deleteCustomProvider', (cf, _v, path) => cf.customProviders.delete(path)),
  ...cloudflareBoth('listCustomProviderCosts', (cf, v, path) =>
    cf.customProviders.costs.list(
      v === 'all'
        ? {
            ...path,
            page: 1,
            per_page: 50,
            enable: true,
            account_provider_id: '7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18',
            model_rule: 'starts-with',
            cost_type: 'tokens',
            search: 'qwen',
          }
        : path,
    ),
  ),
  ...cloudflareBoth('createCustomProviderCost', (cf, v) =>
    cf.customProviders.costs.create(
      v === 'all'
        ? example('createCustomProviderCost')
        : // No optional field: see the gateway casts (model_rule and cost_type have defaults).
          ({
            account_provider_id: '1b8f5c3e-9a2d-4f7b-8e0c-6d4a1f3b9c27',
            model: 'mixtral-8x22b-instruct',
          } as BodyOf<'createCustomProviderCost'>),
    ),
  ),
  ...cloudflareBoth('getCustomProviderCost', (cf, _v, path) => cf.customProviders.costs.get(path)),
  ...cloudflareBoth('updateCustomProviderCost', (cf, v, path) =>
    cf.customProviders.costs.update(
      path,
      v === 'all'
        ? {
            model: 'llama-3.1-70b-instruct',
            model_rule: 'equals',
            cost_type: 'tokens',
            cost_in: 0.0000009,
            cost_out: 0.0000011,
            enable: true,
            token_pricing: { input_cached_tokens: 0.00000045, output_reasoning_tokens: 0.0000011 },
          }
        : (example('updateCustomProviderCost') as BodyOf<'updateCustomProviderCost'>),
    ),
  ),
  ...cloudflareBoth('deleteCustomProviderCost', (cf, _v, path) =>
    cf.customProviders.costs.delete(path),
  ),
  ...cloudflareBoth('listCustomDomains', (cf, v, path) =>
    cf.customDomains.list(
      v === 'all' ? { ...path, page: 1, per_page: 50, status: 'active', search: 'acme' } : path,
    ),
  ),
  ...cloudflareBoth('createCustomDomain', (cf, v, path) =>
    cf.customDomains.create(
      path,
      v === 'all'
        ? example('createCustomDomain')
        : { domain: 'gateway.acme.example', zone_id: '8a1c3e5f7b9d2f4a6c8e0b2d4f6a8c1e' },
    ),
  ),
  ...cloudflareBoth('getCustomDomain', (cf, _v, path) => cf.customDomains.get(path)),
  ...cloudflareBoth('deleteCustomDomain', (cf, _v, path) => cf.customDomains.delete(path)),
  ...cloudflareBoth('getCreditBalance', (cf) => cf.billing.creditBalance()),
  ...cloudflareBoth('getInvoiceHistory', (cf, v, path) =>
    cf.billing.invoiceHistory(v === 'all' ? { ...path, type: 'manual' } : path),
  ),
  ...cloudflareBoth('getInvoicePreview', (cf) => cf.billing.invoicePreview()),
  ...cloudflareBoth('getUsageHistory', (cf, v, path) =>
    cf.billing.usageHistory(
      v === 'all'
        ? {
            ...path,
            value_grouping_window: 'hour',
            start_time: 1795478400000,
            end_time: 1795737600000,
          }
        : { ...path, value_grouping_window: 'day' },
    ),
  ),
  ...cloudflareBoth('getSpendingLimit', (cf) => cf.billing.getSpendingLimit()),
  // The calls that move money must say so (`confirm`); the flag itself is never sent.
  ...cloudflareBoth('setSpendingLimit', (cf, _v, path) =>
    cf.billing.setSpendingLimit({ ...path, confirm: true }, example('setSpendingLimit')),
  ),
  ...cloudflareBoth('deleteSpendingLimit', (cf, _v, path) =>
    cf.billing.deleteSpendingLimit({ ...path, confirm: true }),
  ),
  ...cloudflareBoth('createTopup', (cf, _v, path) =>
    cf.billing.topup({ ...path, confirm: true }, example('createTopup')),
  ),
  ...cloudflareBoth('getTopupConfig', (cf) => cf.billing.getTopupConfig()),
  ...cloudflareBoth('setTopupConfig', (cf, _v, path) =>
    cf.billing.setTopupConfig({ ...path, confirm: true }, example('setTopupConfig')),
  ),
  ...cloudflareBoth('deleteTopupConfig', (cf) => cf.billing.deleteTopupConfig()),
  ...cloudflareBoth('getTopupLimits', (cf) => cf.billing.topupLimits()),
  ...cloudflareBoth('checkTopupStatus', (cf) =>
    cf.billing.topupStatus(example('checkTopupStatus')),
  ),
];

// --- Bifrost ------------------------------------------------------------------------------------

type BF = BifrostClient;
type BifrostPathOf<Id extends keyof BifrostOperationTypes> = BifrostOperationTypes[Id] extends {
  parameters: { path: infer P };
}
  ? P
  : undefined;

/** Both calls of an operation; `path` holds the spec's example ids. */
function bifrostBoth<Id extends keyof BifrostOperationTypes>(
  operationId: Id,
  run: (bf: BF, variant: Variant, path: BifrostPathOf<Id>) => PromiseLike<unknown>,
): Call<BF>[] {
  const path = pathExample('bifrost', operationId) as BifrostPathOf<Id>;
  return variants.map((variant) => ({ operationId, variant, run: (bf) => run(bf, variant, path) }));
}

const filtersAll = {
  providers: ['openai', 'anthropic'],
  models: ['gpt-4o-mini', 'claude-3-5-sonnet-20241022'],
  aliases: ['fast-chat'],
  status: ['success', 'error'],
  objects: ['chat_completion', 'chat_completion_stream'],
  parent_request_id: 'e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519',
  session_id: 'e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519',
  selected_key_ids: ['2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63'],
  virtual_key_ids: ['0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20'],
  routing_rule_ids: ['8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94'],
  team_ids: ['team-support'],
  customer_ids: ['cust-acme'],
  user_ids: ['user-4821'],
  business_unit_ids: ['bu-emea'],
  routing_engine_used: ['routing-rule', 'model-catalog'],
  stop_reasons: ['length'],
  user_agents: '["claude-cli/2.1.168 (external, cli)"]',
  apps: '["Claude Code"]',
  metadata: { env: 'prod', team: 'search' },
  start_time: '2026-11-19T14:00:00Z',
  end_time: '2026-11-20T14:00:00.5+01:00',
  period: '24h',
  min_latency: 500,
  max_latency: 5000,
  min_tokens: 100,
  max_tokens: 8000,
  min_cost: 0.001,
  max_cost: 1.5,
  missing_cost_only: false,
  cache_hit_types: ['direct', 'semantic'],
  content_search: 'refund',
  request_id: '7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604',
} as const;

const mapping = { pattern: 'acme-agent/', app: 'Acme Agent', match_type: 'starts_with' } as const;

export const bifrostCalls: Call<BF>[] = [
  ...bifrostBoth('listLogs', (bf, v) =>
    v === 'all'
      ? bf.logs.list({
          ...filtersAll,
          roots_only: true,
          limit: 100,
          offset: 0,
          sort_by: 'latency',
          order: 'asc',
        })
      : bf.logs.list(),
  ),
  ...bifrostBoth('deleteLogs', (bf, v) =>
    bf.logs.delete({ ids: v === 'all' ? ['7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604', 'x'] : ['x'] }),
  ),
  ...bifrostBoth('getLogStats', (bf, v) =>
    v === 'all' ? bf.logs.stats({ ...filtersAll, compare_to_previous: true }) : bf.logs.stats(),
  ),
  ...bifrostBoth('getLog', (bf, _v, path) => bf.logs.get(path)),
  ...bifrostBoth('getLogHistogram', (bf, v) => bf.logs.histogram(v === 'all' ? filtersAll : {})),
  ...bifrostBoth('getTokenHistogram', (bf, v) =>
    bf.logs.tokenHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getCostHistogram', (bf, v) =>
    bf.logs.costHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getModelHistogram', (bf, v) =>
    bf.logs.modelHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getLatencyHistogram', (bf, v) =>
    bf.logs.latencyHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getThroughputHistogram', (bf, v) =>
    bf.logs.throughputHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getProviderCostHistogram', (bf, v) =>
    bf.logs.providerCostHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getProviderTokenHistogram', (bf, v) =>
    bf.logs.providerTokenHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getProviderLatencyHistogram', (bf, v) =>
    bf.logs.providerLatencyHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getProviderThroughputHistogram', (bf, v) =>
    bf.logs.providerThroughputHistogram(v === 'all' ? filtersAll : {}),
  ),
  ...bifrostBoth('getDimensionCostHistogram', (bf, v) =>
    bf.logs.dimensionCostHistogram({ dimension: 'team_id', ...(v === 'all' ? filtersAll : {}) }),
  ),
  ...bifrostBoth('getDimensionTokenHistogram', (bf, v) =>
    bf.logs.dimensionTokenHistogram({ dimension: 'provider', ...(v === 'all' ? filtersAll : {}) }),
  ),
  ...bifrostBoth('getDimensionLatencyHistogram', (bf, v) =>
    bf.logs.dimensionLatencyHistogram({ dimension: 'user_id', ...(v === 'all' ? filtersAll : {}) }),
  ),
  ...bifrostBoth('getLogSession', (bf, v, path) =>
    bf.logs.sessions.get(v === 'all' ? { ...path, limit: 100, offset: 0, order: 'desc' } : path),
  ),
  ...bifrostBoth('getLogSessionSummary', (bf, _v, path) => bf.logs.sessions.summary(path)),
  ...bifrostBoth('getDroppedRequests', (bf) => bf.logs.dropped()),
  ...bifrostBoth('getLogFilterData', (bf, v) =>
    bf.logs.filterData(v === 'all' ? { dimensions: ['models', 'virtual_keys'], q: 'gpt' } : {}),
  ),
  ...bifrostBoth('getModelRankings', (bf, v) =>
    bf.logs.rankings(v === 'all' ? { ...filtersAll, limit: 10, all: false } : {}),
  ),
  ...bifrostBoth('getDimensionRankings', (bf, v) =>
    bf.logs.dimensionRankings({
      dimension: 'team',
      ...(v === 'all' ? { ...filtersAll, limit: 10, all: false } : {}),
    }),
  ),
  ...bifrostBoth('getLogDashboard', (bf, v) =>
    bf.logs.dashboard(
      v === 'all'
        ? {
            ...filtersAll,
            limit: 10,
            all: false,
            tool_names: ['search_docs'],
            server_labels: ['docs'],
          }
        : {},
    ),
  ),
  ...bifrostBoth('listUserAgentMappings', (bf) => bf.userAgentMappings.list()),
  ...bifrostBoth('createUserAgentMapping', (bf) => bf.userAgentMappings.create(mapping)),
  ...bifrostBoth('updateUserAgentMapping', (bf, _v, path) =>
    bf.userAgentMappings.update(path, { ...mapping, app: 'Acme' }),
  ),
  ...bifrostBoth('deleteUserAgentMapping', (bf, _v, path) => bf.userAgentMappings.delete(path)),
  ...bifrostBoth('recalculateLogCosts', (bf, v) =>
    v === 'all'
      ? bf.costRecalculation.start({
          filters: { period: '24h', missing_cost_only: true },
          limit: 200,
        })
      : bf.costRecalculation.start({}),
  ),
  ...bifrostBoth('getRecalculateCostStatus', (bf, v) =>
    bf.costRecalculation.status(v === 'all' ? { id: '3f6c1a9e-52d7-4b08-9e41-7a2d0c8b5f13' } : {}),
  ),
  ...bifrostBoth('cancelRecalculateCost', (bf, v) =>
    bf.costRecalculation.cancel(v === 'all' ? { id: '3f6c1a9e-52d7-4b08-9e41-7a2d0c8b5f13' } : {}),
  ),
];
