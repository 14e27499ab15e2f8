// Mutation by mutation: which cached queries each write hook invalidates, and which it leaves alone.
// The expectations are written out here by hand, so a change to `x-invalidates` in the spec shows
// up as a failing row to update on purpose.

import type { UseMutationResult } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bifrostKeys } from '../src/bifrost.js';
import {
  type ClientError,
  cloudflareHooks,
  cloudflareKeys as keys,
  useCreateDataset,
  useCreateDynamicRoute,
  useCreateDynamicRouteDeployment,
  useCreateDynamicRouteVersion,
  useCreateEvaluation,
  useCreateGateway,
  useCreateProviderConfig,
  useDeleteDataset,
  useDeleteDynamicRoute,
  useDeleteEvaluation,
  useDeleteGateway,
  useDeleteLogs,
  useEditLog,
  useLog,
  useLogs,
  useUpdateDataset,
  useUpdateDynamicRoute,
  useUpdateGateway,
} from '../src/cloudflare.js';
import { gatewayA as A, gatewayB as B, logId, setup } from './support/setup.js';

const log1 = logId;
const log2 = '01JD8W3N7B2C5E8G1J4K6M9P0R';
const d1 = '4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82';
const d2 = 'c8e1f2a4-6b3d-4e9f-9a27-5d1c0b8e3f64';
const e1 = '9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18';
const e2 = '3a6c9e2f-7b1d-4c8e-9f0a-2d5b8e1c4f73';
const r1 = '0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51';
const r2 = '6f1a4d8c-2b7e-4f3a-9c5d-8e0b3a6f1d24';
const v1 = '5e8b1d4a-2c7f-4e9b-a3d6-8f1c4b7e0a29';
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
        evaluation_type_ids: ['2f8c1d6e-4b7a-4e9d-8c3f-0a5b7d9e1f24'],
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
        rate_limit_period: 3600,
      },
    },
    ['provider configs A'],
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
