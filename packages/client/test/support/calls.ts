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

export const bifrostCalls: Call<BF>[] = [
  ...bifrostBoth('listLogs', (bf, v) =>
    v === 'all'
      ? bf.logs.list({ ...filtersAll, limit: 100, offset: 0, sort_by: 'latency', order: 'asc' })
      : bf.logs.list(),
  ),
  ...bifrostBoth('getLogStats', (bf, v) =>
    v === 'all' ? bf.logs.stats({ ...filtersAll, compare_to_previous: true }) : bf.logs.stats(),
  ),
  ...bifrostBoth('getLog', (bf, _v, path) => bf.logs.get(path)),
];
