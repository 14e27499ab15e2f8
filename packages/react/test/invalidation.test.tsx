// Mutation by mutation: which cached queries each write hook invalidates, and which it leaves alone.
// The expectations are written out here by hand, so a change to `x-invalidates` in the spec shows
// up as a failing row to update on purpose.

import { NotFoundError } from '@ai-gateway/client/cloudflare';
import type { UseMutationResult } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bifrostKeys } from '../src/bifrost.js';
import {
  type ClientError,
  cloudflareHooks,
  cloudflareKeys as keys,
  useCheckTopupStatus,
  useCreateCustomDomain,
  useCreateCustomProvider,
  useCreateCustomProviderCost,
  useCreateDataset,
  useCreateDynamicRoute,
  useCreateDynamicRouteDeployment,
  useCreateDynamicRouteVersion,
  useCreateEvaluation,
  useCreateGateway,
  useCreateProviderConfig,
  useCreateTopup,
  useDeleteCustomDomain,
  useDeleteCustomProvider,
  useDeleteCustomProviderCost,
  useDeleteDataset,
  useDeleteDynamicRoute,
  useDeleteEvaluation,
  useDeleteGateway,
  useDeleteLogs,
  useDeleteProviderConfig,
  useDeleteSpendingLimit,
  useDeleteTopupConfig,
  useEditLog,
  useGateway,
  useGateways,
  useLog,
  useLogs,
  useSetSpendingLimit,
  useSetTopupConfig,
  useUpdateCustomProvider,
  useUpdateCustomProviderCost,
  useUpdateDataset,
  useUpdateDynamicRoute,
  useUpdateGateway,
  useUpdateProviderConfig,
} from '../src/cloudflare.js';
import { newestLogs, seeded, setup } from './support/setup.js';

// The objects the writes act on are picked from the emulator's seeded data, so that every write
// succeeds: A is a gateway with two datasets, an evaluation and a route with a version.
const children = <T,>(of: Map<string, Map<string, T>>, gatewayId: string) => [
  ...(of.get(gatewayId)?.values() ?? []),
];
const A = [...seeded.gateways.keys()].find(
  (id) =>
    children(seeded.datasets, id).length >= 2 &&
    children(seeded.evaluations, id).length >= 1 &&
    children(seeded.routes, id).some((route) => route.versions.length > 0) &&
    (seeded.logs.get(id)?.length ?? 0) >= 2,
) as string;
const B = [...seeded.gateways.keys()].find((id) => id !== A) as string;
const [log1, log2] = newestLogs(seeded, A).map(({ log }) => log.id) as [string, string];
const [d1, d2] = children(seeded.datasets, A).map((dataset) => dataset.id) as [string, string];
const e1 = children(seeded.evaluations, A)[0]?.id as string;
/** Not stored: a cached query of an evaluation that is not there must stay apart all the same. */
const e2 = '3a6c9e2f-7b1d-4c8e-9f0a-2d5b8e1c4f73';
const route = children(seeded.routes, A).find((candidate) => candidate.versions.length > 0);
const r1 = route?.id as string;
const r2 = '6f1a4d8c-2b7e-4f3a-9c5d-8e0b3a6f1d24';
const v1 = route?.versions[0]?.version_id as string;
const evaluationType = seeded.evaluationTypes.find((type) => type.enable)?.id as string;
// The account-wide objects (custom providers and their costs, a custom domain, a provider config).
const [p1, p2] = [...seeded.customProviders.keys()] as [string, string];
const c1 = [...seeded.customProviderCosts.values()].find((c) => c.account_provider_id === p1)
  ?.id as string;
const [domainGateway, domains] = [...seeded.customDomains.entries()][0] ?? [];
const hostname = [...(domains?.keys() ?? [])][0] as string;
const configOfA = children(seeded.providerConfigs, A)[0]?.id as string;

const elements = [
  { id: 'start', type: 'start', outputs: { next: { elementId: 'end' } } },
  { id: 'end', type: 'end', outputs: {} },
] as const;

/** One cached query of every read operation, for two gateways and two of each child. */
const catalogue = {
  gateways: keys.gateways.list(),
  'gateways?search': keys.gateways.list({ search: 'prod' }),
  'gateways (infinite)': keys.gateways.listInfinite(),
  'gateway A': keys.gateways.get({ id: A }),
  'gateway B': keys.gateways.get({ id: B }),
  'gateway A of another account': keys.gateways.get({ id: A, account_id: 'another-account' }),
  'evaluation types': keys.evaluationTypes.list(),
  'logs A': keys.logs.list({ gateway_id: A }),
  'logs A?failed': keys.logs.list({
    gateway_id: A,
    filters: [{ key: 'success', operator: 'eq', value: [false] }],
  }),
  'logs A (infinite)': keys.logs.listInfinite({ gateway_id: A, per_page: 50 }),
  'logs B': keys.logs.list({ gateway_id: B }),
  'log A/1': keys.logs.get({ gateway_id: A, id: log1 }),
  'log A/2': keys.logs.get({ gateway_id: A, id: log2 }),
  'log B/1': keys.logs.get({ gateway_id: B, id: log1 }),
  'log A/1 request': keys.logs.request({ gateway_id: A, id: log1 }),
  'log A/1 response': keys.logs.response({ gateway_id: A, id: log1 }),
  'datasets A': keys.datasets.list({ gateway_id: A }),
  'datasets B': keys.datasets.list({ gateway_id: B }),
  'dataset A/d1': keys.datasets.get({ gateway_id: A, id: d1 }),
  'dataset A/d2': keys.datasets.get({ gateway_id: A, id: d2 }),
  'evaluations A': keys.evaluations.list({ gateway_id: A }),
  'evaluations B': keys.evaluations.list({ gateway_id: B }),
  'evaluation A/e1': keys.evaluations.get({ gateway_id: A, id: e1 }),
  'evaluation A/e2': keys.evaluations.get({ gateway_id: A, id: e2 }),
  'evaluation B/e1': keys.evaluations.get({ gateway_id: B, id: e1 }),
  'routes A': keys.dynamicRouting.list({ gateway_id: A }),
  'routes B': keys.dynamicRouting.list({ gateway_id: B }),
  'route A/r1': keys.dynamicRouting.get({ gateway_id: A, id: r1 }),
  'route A/r2': keys.dynamicRouting.get({ gateway_id: A, id: r2 }),
  'deployments A/r1': keys.dynamicRouting.listDeployments({ gateway_id: A, id: r1 }),
  'versions A/r1': keys.dynamicRouting.listVersions({ gateway_id: A, id: r1 }),
  'versions A/r2': keys.dynamicRouting.listVersions({ gateway_id: A, id: r2 }),
  'version A/r1/v1': keys.dynamicRouting.getVersion({ gateway_id: A, id: r1, version_id: v1 }),
  'version A/r2/v1': keys.dynamicRouting.getVersion({ gateway_id: A, id: r2, version_id: v1 }),
  'provider configs A': keys.providerConfigs.list({ gateway_id: A }),
  'provider configs B': keys.providerConfigs.list({ gateway_id: B }),
  'url A/openai': keys.urls.get({ gateway_id: A, provider: 'openai' }),
  'url B/openai': keys.urls.get({ gateway_id: B, provider: 'openai' }),
  'custom providers': keys.customProviders.list(),
  'custom provider p1': keys.customProviders.get({ id: p1 }),
  'custom provider p2': keys.customProviders.get({ id: p2 }),
  'custom provider costs': keys.customProviders.costs.list(),
  'custom provider cost c1': keys.customProviders.costs.get({ id: c1 }),
  'custom domains A': keys.customDomains.list({ gateway_id: A }),
  'custom domains D': keys.customDomains.list({ gateway_id: domainGateway as string }),
  'custom domain D/h': keys.customDomains.get({ gateway_id: domainGateway as string, hostname }),
  'credit balance': keys.billing.creditBalance(),
  'invoice history': keys.billing.invoiceHistory(),
  'invoice preview': keys.billing.invoicePreview(),
  'usage history': keys.billing.usageHistory({ value_grouping_window: 'day' }),
  'spending limit': keys.billing.getSpendingLimit(),
  'topup config': keys.billing.getTopupConfig(),
  'topup limits': keys.billing.topupLimits(),
  'bifrost logs': bifrostKeys.logs.list({ providers: ['openai'] }),
  'bifrost stats': bifrostKeys.logs.stats(),
};
type Label = keyof typeof catalogue;

const gatewayLists: Label[] = ['gateways', 'gateways?search', 'gateways (infinite)'];
const logLists: Label[] = ['logs A', 'logs A?failed', 'logs A (infinite)'];
const evaluationsOfA: Label[] = ['evaluations A', 'evaluation A/e1', 'evaluation A/e2'];
const routeR1: Label[] = ['route A/r1', 'deployments A/r1', 'versions A/r1', 'version A/r1/v1'];

interface Case {
  hook: () => UseMutationResult<unknown, ClientError, never>;
  variables: unknown;
  invalidates: Label[];
}

/** Ties a hook to variables of its own type. */
function write<TData, TVariables>(
  hook: () => UseMutationResult<TData, ClientError, TVariables>,
  variables: TVariables,
  invalidates: Label[],
): Case {
  return { hook: hook as unknown as Case['hook'], variables, invalidates };
}

const cases: Record<string, Case> = {
  createGateway: write(
    () => useCreateGateway(),
    {
      body: {
        id: 'support-bot-canary',
        rate_limiting_interval: 60,
        rate_limiting_limit: 600,
        collect_logs: true,
        cache_ttl: 300,
        cache_invalidate_on_update: true,
        workers_ai_billing_mode: 'postpaid',
      },
    },
    gatewayLists,
  ),
  updateGateway: write(
    () => useUpdateGateway(),
    {
      params: { id: A },
      body: {
        rate_limiting_interval: 60,
        rate_limiting_limit: 1200,
        collect_logs: true,
        cache_ttl: 600,
        cache_invalidate_on_update: true,
        workers_ai_billing_mode: 'postpaid',
      },
    },
    ['gateway A', ...gatewayLists],
  ),
  deleteGateway: write(() => useDeleteGateway(), { params: { id: A } }, [
    ...gatewayLists,
    'gateway A',
    ...logLists,
    'log A/1',
    'log A/2',
    'log A/1 request',
    'log A/1 response',
    'datasets A',
    'dataset A/d1',
    'dataset A/d2',
    ...evaluationsOfA,
    'routes A',
    ...routeR1,
    'route A/r2',
    'versions A/r2',
    'version A/r2/v1',
    'provider configs A',
    'url A/openai',
    // The gateway's custom domains go with it.
    'custom domains A',
    ...(domainGateway === A ? (['custom domains D', 'custom domain D/h'] as const) : []),
  ]),
  deleteLogs: write(
    () => useDeleteLogs(),
    {
      params: {
        gateway_id: A,
        filters: [{ key: 'created_at', operator: 'lt', value: ['2026-01-01T00:00:00Z'] }],
      },
    },
    [...logLists, 'log A/1', 'log A/2', 'log A/1 request', 'log A/1 response'],
  ),
  editLog: write(
    () => useEditLog(),
    { params: { gateway_id: A, id: log1 }, body: { feedback: 1 } },
    ['log A/1', ...logLists],
  ),
  createDataset: write(
    () => useCreateDataset(),
    {
      params: { gateway_id: A },
      body: {
        name: 'Expensive calls',
        enable: true,
        filters: [{ key: 'cost', operator: 'gt', value: [0.01] }],
      },
    },
    ['datasets A'],
  ),
  updateDataset: write(
    () => useUpdateDataset(),
    {
      params: { gateway_id: A, id: d1 },
      body: {
        name: 'Expensive calls',
        enable: false,
        filters: [{ key: 'cost', operator: 'gt', value: [0.05] }],
      },
    },
    ['dataset A/d1', 'datasets A', ...evaluationsOfA],
  ),
  deleteDataset: write(() => useDeleteDataset(), { params: { gateway_id: A, id: d1 } }, [
    'dataset A/d1',
    'datasets A',
    ...evaluationsOfA,
  ]),
  createEvaluation: write(
    () => useCreateEvaluation(),
    {
      params: { gateway_id: A },
      body: {
        name: 'Failure cost',
        dataset_ids: [d1],
        evaluation_type_ids: [evaluationType],
      },
    },
    ['evaluations A'],
  ),
  deleteEvaluation: write(() => useDeleteEvaluation(), { params: { gateway_id: A, id: e1 } }, [
    'evaluation A/e1',
    'evaluations A',
  ]),
  createDynamicRoute: write(
    () => useCreateDynamicRoute(),
    { params: { gateway_id: A }, body: { name: 'support-fallback', elements: [...elements] } },
    ['routes A'],
  ),
  updateDynamicRoute: write(
    () => useUpdateDynamicRoute(),
    { params: { gateway_id: A, id: r1 }, body: { name: 'support-fallback-v2' } },
    ['route A/r1', 'routes A', 'version A/r1/v1'],
  ),
  deleteDynamicRoute: write(() => useDeleteDynamicRoute(), { params: { gateway_id: A, id: r1 } }, [
    ...routeR1,
    'routes A',
  ]),
  createDynamicRouteDeployment: write(
    () => useCreateDynamicRouteDeployment(),
    { params: { gateway_id: A, id: r1 }, body: { version_id: v1 } },
    [...routeR1, 'routes A'],
  ),
  createDynamicRouteVersion: write(
    () => useCreateDynamicRouteVersion(),
    { params: { gateway_id: A, id: r1 }, body: { elements: [...elements] } },
    ['versions A/r1'],
  ),
  createProviderConfig: write(
    () => useCreateProviderConfig(),
    {
      params: { gateway_id: A },
      body: {
        provider_slug: 'openai',
        alias: 'openai-batch',
        default_config: false,
        secret: 'sk-test-0123456789',
        rate_limit_period: 3600,
      },
    },
    ['provider configs A'],
  ),
  // The operations added for all 63: provider-config update/delete, custom providers and their
  // costs, custom domains, billing.
  updateProviderConfig: write(
    () => useUpdateProviderConfig(),
    { params: { gateway_id: A, id: configOfA }, body: { secret: 'sk-test-rotated-0123' } },
    ['provider configs A'],
  ),
  deleteProviderConfig: write(
    () => useDeleteProviderConfig(),
    { params: { gateway_id: A, id: configOfA } },
    ['provider configs A'],
  ),
  createCustomProvider: write(
    () => useCreateCustomProvider(),
    { body: { name: 'Canary', slug: 'canary', base_url: 'https://canary.acme.example/v1' } },
    ['custom providers'],
  ),
  updateCustomProvider: write(
    () => useUpdateCustomProvider(),
    { params: { id: p1 }, body: { enable: false } },
    ['custom provider p1', 'custom providers'],
  ),
  // Its cost rules go with it.
  deleteCustomProvider: write(() => useDeleteCustomProvider(), { params: { id: p1 } }, [
    'custom provider p1',
    'custom providers',
    'custom provider costs',
    'custom provider cost c1',
  ]),
  createCustomProviderCost: write(
    () => useCreateCustomProviderCost(),
    {
      body: {
        account_provider_id: p2,
        model: 'mixtral-8x7b',
        model_rule: 'equals',
        cost_type: 'tokens',
      },
    },
    ['custom provider costs'],
  ),
  updateCustomProviderCost: write(
    () => useUpdateCustomProviderCost(),
    { params: { id: c1 }, body: { cost_out: 0.000002 } },
    ['custom provider cost c1', 'custom provider costs'],
  ),
  deleteCustomProviderCost: write(() => useDeleteCustomProviderCost(), { params: { id: c1 } }, [
    'custom provider cost c1',
    'custom provider costs',
  ]),
  createCustomDomain: write(
    () => useCreateCustomDomain(),
    {
      params: { gateway_id: A },
      body: { domain: 'canary.acme.example', zone_id: '8a1c3e5f7b9d2f4a6c8e0b2d4f6a8c1e' },
    },
    ['custom domains A'],
  ),
  deleteCustomDomain: write(
    () => useDeleteCustomDomain(),
    { params: { gateway_id: domainGateway as string, hostname } },
    [
      'custom domain D/h',
      'custom domains D',
      ...(domainGateway === A ? ['custom domains A' as const] : []),
    ],
  ),
  setSpendingLimit: write(
    () => useSetSpendingLimit(),
    {
      params: { confirm: true },
      body: { amount: 20_000, duration: 'monthly', strategy: 'fixed' },
    },
    ['spending limit'],
  ),
  deleteSpendingLimit: write(() => useDeleteSpendingLimit(), { params: { confirm: true } }, [
    'spending limit',
  ]),
  createTopup: write(
    () => useCreateTopup(),
    { params: { confirm: true }, body: { amount: 5000 } },
    ['credit balance', 'invoice history'],
  ),
  setTopupConfig: write(
    () => useSetTopupConfig(),
    { params: { confirm: true }, body: { threshold: 1000, amount: 5000 } },
    ['topup config', 'credit balance'],
  ),
  deleteTopupConfig: write(() => useDeleteTopupConfig(), {}, ['topup config', 'credit balance']),
  // Reading a top-up's state moves no money, but a completed top-up changes the balance.
  checkTopupStatus: write(
    () => useCheckTopupStatus(),
    { body: { payment_intent_id: [...seeded.billing.topups.keys()][0] as string } },
    ['credit balance'],
  ),
};

describe('mutations invalidate exactly what they change', () => {
  it('every write operation of the spec has a row here', () => {
    const writes = Object.entries(cloudflareHooks)
      .filter(([, entry]) => entry.kind === 'mutation')
      .map(([operationId]) => operationId);
    expect(Object.keys(cases).sort()).toEqual(writes.sort());
  });

  for (const [operationId, { hook, variables, invalidates }] of Object.entries(cases)) {
    it(`${operationId}: invalidates ${invalidates.length} of ${Object.keys(catalogue).length} cached queries`, async () => {
      const { wrapper, queryClient } = setup();
      for (const key of Object.values<readonly unknown[]>(catalogue))
        queryClient.setQueryData(key, { cached: true });
      const { result } = renderHook(hook, { wrapper });
      await act(() => result.current.mutateAsync(variables as never));

      const invalidated = (Object.keys(catalogue) as Label[]).filter(
        (label) => queryClient.getQueryState(catalogue[label])?.isInvalidated,
      );
      expect(invalidated.sort()).toEqual([...new Set(invalidates)].sort());
    });
  }

  it('refetches the active queries it invalidates before mutateAsync resolves', async () => {
    const { wrapper, requests } = setup();
    const gets = (path: string) =>
      requests.filter((r) => r.method === 'GET' && r.url.pathname.endsWith(path)).length;
    const { result } = renderHook(
      () => ({
        log: useLog({ gateway_id: A, id: log1 }),
        otherLog: useLog({ gateway_id: A, id: log2 }),
        logs: useLogs({ gateway_id: A }),
        edit: useEditLog(),
      }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.log.isSuccess && result.current.logs.isSuccess).toBe(true),
    );
    await waitFor(() => expect(result.current.otherLog.isSuccess).toBe(true));
    expect([gets(`/logs/${log1}`), gets(`/logs/${log2}`), gets(`/${A}/logs`)]).toEqual([1, 1, 1]);

    await act(() =>
      result.current.edit.mutateAsync({
        params: { gateway_id: A, id: log1 },
        body: { feedback: -1 },
      }),
    );
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect([gets(`/logs/${log1}`), gets(`/logs/${log2}`), gets(`/${A}/logs`)]).toEqual([2, 1, 2]);
  });
});

// The refetch is done when mutateAsync resolves; the hooks re-render a moment later (TanStack
// notifies them on a timer that act() does not flush), hence waitFor.
describe('a write is followed by a refetch that shows it', () => {
  const gatewaySettings = {
    rate_limiting_interval: 60,
    rate_limiting_limit: 1200,
    collect_logs: true,
    cache_ttl: 4321,
    cache_invalidate_on_update: true,
    workers_ai_billing_mode: 'postpaid',
  } as const;
  const failed = [{ key: 'success' as const, operator: 'eq' as const, value: [false] }];

  it('createGateway: the gateways list shows the new gateway', async () => {
    const { wrapper, emulators } = setup();
    const { result } = renderHook(() => ({ list: useGateways(), create: useCreateGateway() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const before = result.current.list.data?.items.map((gateway) => gateway.id) ?? [];
    expect(before).not.toContain('support-bot-canary');

    await act(() =>
      result.current.create.mutateAsync({ body: { id: 'support-bot-canary', ...gatewaySettings } }),
    );
    await waitFor(() =>
      expect(result.current.list.data?.items.map((gateway) => gateway.id).sort()).toEqual(
        [...before, 'support-bot-canary'].sort(),
      ),
    );
    expect(emulators.cloudflare.store.gateways.get('support-bot-canary')?.cache_ttl).toBe(4321);
  });

  it('updateGateway: the gateway shows its new settings', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => ({ gateway: useGateway({ id: A }), update: useUpdateGateway() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.gateway.isSuccess).toBe(true));
    expect(result.current.gateway.data?.cache_ttl).not.toBe(4321);

    await act(() =>
      result.current.update.mutateAsync({ params: { id: A }, body: gatewaySettings }),
    );
    await waitFor(() =>
      expect(result.current.gateway.data).toMatchObject({
        id: A,
        cache_ttl: 4321,
        rate_limiting_limit: 1200,
      }),
    );
  });

  it('deleteGateway: the list drops it and reading it is a 404', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => ({ list: useGateways(), gateway: useGateway({ id: A }), remove: useDeleteGateway() }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.list.isSuccess && result.current.gateway.isSuccess).toBe(true),
    );
    expect(result.current.list.data?.items.map((gateway) => gateway.id)).toContain(A);

    await act(() => result.current.remove.mutateAsync({ params: { id: A } }));
    await waitFor(() => expect(result.current.gateway.error).toBeInstanceOf(NotFoundError));
    expect(result.current.list.data?.items.map((gateway) => gateway.id)).not.toContain(A);
  });

  it('editLog: the log shows its metadata, and a list filtered on feedback now holds it', async () => {
    const { wrapper, emulators } = setup();
    const target = newestLogs(emulators.cloudflare.store, A).find(
      ({ hidden }) => hidden.feedback !== 1,
    );
    if (!target) throw new Error(`${A} has a log without positive feedback`);
    const id = target.log.id;
    const liked = [{ key: 'feedback' as const, operator: 'eq' as const, value: [1] }];
    const { result } = renderHook(
      () => ({
        log: useLog({ gateway_id: A, id }),
        liked: useLogs({ gateway_id: A, filters: liked, per_page: 50 }),
        edit: useEditLog(),
      }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.log.isSuccess && result.current.liked.isSuccess).toBe(true),
    );
    const likedBefore = result.current.liked.data?.totalCount ?? 0;
    expect(result.current.liked.data?.items.map((log) => log.id)).not.toContain(id);

    await act(() =>
      result.current.edit.mutateAsync({
        params: { gateway_id: A, id },
        body: { feedback: 1, metadata: { reviewed_by: 'qa' } },
      }),
    );
    await waitFor(() => expect(result.current.liked.data?.totalCount).toBe(likedBefore + 1));
    expect(result.current.liked.data?.items.map((log) => log.id)).toContain(id);
    await waitFor(() =>
      expect(JSON.parse(String(result.current.log.data?.metadata))).toEqual({ reviewed_by: 'qa' }),
    );
  });

  it('deleteLogs: exactly the logs its filters select are gone from the lists', async () => {
    const { wrapper, emulators } = setup();
    const stored = emulators.cloudflare.store.logs.get(A) ?? [];
    const failedCount = stored.filter(({ log }) => !log.success).length;
    expect(failedCount).toBeGreaterThan(0);
    const { result } = renderHook(
      () => ({
        all: useLogs({ gateway_id: A }),
        failed: useLogs({ gateway_id: A, filters: failed }),
        remove: useDeleteLogs(),
      }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.all.isSuccess && result.current.failed.isSuccess).toBe(true),
    );
    const total = stored.length;
    expect([result.current.all.data?.totalCount, result.current.failed.data?.totalCount]).toEqual([
      total,
      failedCount,
    ]);

    await act(() =>
      result.current.remove.mutateAsync({ params: { gateway_id: A, filters: failed } }),
    );
    await waitFor(() =>
      expect(result.current.failed.data).toMatchObject({ totalCount: 0, items: [] }),
    );
    await waitFor(() => expect(result.current.all.data?.totalCount).toBe(total - failedCount));
    expect(result.current.all.data?.items.every((log) => log.success)).toBe(true);
  });
});
