// Model-based test of the Cloudflare emulator: fast-check generates sequences of operations
// (creates, updates, deletes, filtered lists, bulk deletes, log edits, every other operation), each
// is sent to the emulator, and every answer is checked against a reference model of the same data
// and against the spec's response validators.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index.ts';
import { cloudflareOperationIds } from '../../src/generated/emulator/cloudflare.ts';
import { checkedFetch } from '../support/checked-emulator.ts';
import {
  byTime,
  type CloudflareModel,
  type FilterKey,
  filtersQuery,
  type ModelFilter,
  modelOf,
  selectLogs,
} from '../support/cloudflare-model.ts';
import { bodyExample, specOperation } from '../support/spec.ts';

const example = (operationId: string) =>
  bodyExample('cloudflare', specOperation('cloudflare', operationId).requestBody) as Record<
    string,
    unknown
  >;

type Check = (c: Context) => Promise<void>;
interface Context {
  model: CloudflareModel;
  call: ReturnType<typeof checkedFetch>;
  account: string;
  exercised: Set<string>;
}

const pick = <T>(items: Iterable<T>, index: number): T | undefined => {
  const list = [...items];
  return list.length === 0 ? undefined : list[index % list.length];
};
const newGatewayIds = ['model-alpha', 'model-beta', 'model_gamma'];

const filterArbitrary: fc.Arbitrary<ModelFilter> = fc.oneof(
  fc.record({
    key: fc.constant<FilterKey>('provider'),
    operator: fc.constantFrom<ModelFilter['operator']>('eq', 'neq'),
    value: fc.subarray(['openai', 'anthropic', 'workers-ai', 'google-ai-studio', 'groq'], {
      minLength: 1,
    }),
  }),
  fc.record({
    key: fc.constant<FilterKey>('model'),
    operator: fc.constant<ModelFilter['operator']>('contains'),
    value: fc.constantFrom(['gpt'], ['claude'], ['llama'], ['MINI'], ['4o', 'haiku']),
  }),
  fc.record({
    key: fc.constantFrom<FilterKey>('success', 'cached'),
    operator: fc.constantFrom<ModelFilter['operator']>('eq', 'neq'),
    value: fc.boolean().map((b) => [b]),
  }),
  fc.record({
    key: fc.constantFrom<FilterKey>('cost', 'tokens_in', 'duration'),
    operator: fc.constantFrom<ModelFilter['operator']>('lt', 'gt'),
    value: fc.constantFrom([0], [0], [0.0005], [0.01], [100], [1500]),
  }),
  fc.record({
    key: fc.constant<FilterKey>('feedback'),
    operator: fc.constantFrom<ModelFilter['operator']>('eq', 'neq'),
    value: fc.constantFrom([1], [-1], [0]),
  }),
);

const logsPath = (c: Context, gatewayId: string) =>
  `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/logs`;
const gatewaysPath = (c: Context) => `/accounts/${c.account}/ai-gateway/gateways`;

/** Every action: what it sends, and what the model says the answer must be. */
const actions: fc.Arbitrary<Check>[] = [
  fc.record({ which: fc.nat(), fresh: fc.boolean() }).map(({ which, fresh }) => async (c) => {
    c.exercised.add('createGateway');
    const id = fresh
      ? (newGatewayIds[which % newGatewayIds.length] as string)
      : (pick(c.model.gateways.keys(), which) ?? 'none');
    const { status, body } = await c.call(gatewaysPath(c), {
      method: 'POST',
      body: JSON.stringify({ ...example('createGateway'), id }),
    });
    if (c.model.gateways.has(id)) expect(status).toBe(400);
    else {
      expect(status).toBe(200);
      expect((body as { result: { id: string } }).result.id).toBe(id);
      c.model.gateways.set(id, { id, cache_ttl: example('createGateway').cache_ttl as number });
      for (const map of [
        c.model.datasets,
        c.model.evaluations,
        c.model.providerConfigs,
        c.model.customDomains,
      ])
        map.set(id, new Set());
      c.model.logs.set(id, []);
      c.model.routes.set(id, new Map());
    }
  }),
  fc
    .record({ which: fc.nat(), ttl: fc.integer({ min: 0, max: 3600 }) })
    .map(({ which, ttl }) => async (c) => {
      c.exercised.add('updateGateway');
      c.exercised.add('getGateway');
      const id = pick([...c.model.gateways.keys(), 'model-alpha'], which) as string;
      const { status } = await c.call(`${gatewaysPath(c)}/${id}`, {
        method: 'PUT',
        body: JSON.stringify({ ...example('createGateway'), id: undefined, cache_ttl: ttl }),
      });
      const read = await c.call(`${gatewaysPath(c)}/${id}`);
      if (!c.model.gateways.has(id)) return expect([status, read.status]).toEqual([404, 404]);
      expect(status).toBe(200);
      c.model.gateways.set(id, { id, cache_ttl: ttl });
      expect((read.body as { result: { cache_ttl: number } }).result.cache_ttl).toBe(ttl);
    }),
  fc.nat().map((which) => async (c) => {
    c.exercised.add('deleteGateway');
    const id = pick([...c.model.gateways.keys(), 'model-beta'], which) as string;
    const { status } = await c.call(`${gatewaysPath(c)}/${id}`, { method: 'DELETE' });
    expect(status).toBe(c.model.gateways.has(id) ? 200 : 404);
    // Deleting a gateway deletes everything in it.
    for (const map of [
      c.model.gateways,
      c.model.logs,
      c.model.datasets,
      c.model.evaluations,
      c.model.routes,
      c.model.providerConfigs,
      c.model.customDomains,
    ])
      map.delete(id);
  }),
  fc.constant(async (c: Context) => {
    c.exercised.add('listGateways');
    const { body } = await c.call(`${gatewaysPath(c)}?per_page=100`);
    const ids = (body as { result: { id: string }[] }).result.map((g) => g.id);
    expect(ids.sort()).toEqual([...c.model.gateways.keys()].sort());
  }),
  fc
    .record({
      which: fc.nat(),
      filters: fc.array(filterArbitrary, { maxLength: 3 }),
      page: fc.integer({ min: 1, max: 4 }),
      perPage: fc.integer({ min: 1, max: 50 }),
      direction: fc.constantFrom('asc', 'desc'),
    })
    .map(({ which, filters, page, perPage, direction }) => async (c) => {
      c.exercised.add('listLogs');
      const gatewayId = pick(c.model.logs.keys(), which);
      if (!gatewayId) return;
      const query = `${filtersQuery(filters)}&page=${page}&per_page=${perPage}&order_by=created_at&order_by_direction=${direction}`;
      const { status, body } = await c.call(`${logsPath(c, gatewayId)}?${query}`);
      expect(status, `${query}: ${JSON.stringify(body)}`).toBe(200);
      const { result, result_info } = body as {
        result: { id: string }[];
        result_info: { total_count: number; count: number };
      };
      const expected = byTime(selectLogs(c.model.logs.get(gatewayId) ?? [], filters), direction);
      expect(result_info.total_count).toBe(expected.length);
      expect(result.map((row) => row.id)).toEqual(
        expected.slice((page - 1) * perPage, page * perPage).map((log) => log.id),
      );
      expect(result_info.count).toBe(result.length);
    }),
  fc
    .record({
      which: fc.nat(),
      filters: fc.array(filterArbitrary, { minLength: 1, maxLength: 2 }),
      limit: fc.integer({ min: 1, max: 40 }),
      direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    })
    .map(({ which, filters, limit, direction }) => async (c) => {
      c.exercised.add('deleteLogs');
      const gatewayId = pick(c.model.logs.keys(), which);
      if (!gatewayId) return;
      const query = `${filtersQuery(filters)}&limit=${limit}&order_by=created_at&order_by_direction=${direction}`;
      const { status, body } = await c.call(`${logsPath(c, gatewayId)}?${query}`, {
        method: 'DELETE',
      });
      expect(status, `${query}: ${JSON.stringify(body)}`).toBe(200);
      const logs = c.model.logs.get(gatewayId) ?? [];
      const doomed = new Set(
        byTime(selectLogs(logs, filters), direction)
          .slice(0, limit)
          .map((l) => l.id),
      );
      c.model.logs.set(
        gatewayId,
        logs.filter((log) => !doomed.has(log.id)),
      );
    }),
  fc
    .record({ which: fc.nat(), log: fc.nat(), feedback: fc.constantFrom(-1, 0, 1, null) })
    .map(({ which, log, feedback }) => async (c) => {
      c.exercised.add('editLog');
      c.exercised.add('getLog');
      const gatewayId = pick(c.model.logs.keys(), which);
      const target = gatewayId && pick(c.model.logs.get(gatewayId) ?? [], log);
      if (!gatewayId || !target) return;
      const path = `${logsPath(c, gatewayId)}/${target.id}`;
      const { status } = await c.call(path, {
        method: 'PATCH',
        body: JSON.stringify({ feedback }),
      });
      expect(status).toBe(200);
      target.feedback = feedback;
      expect((await c.call(path)).status).toBe(200);
    }),
  fc
    .record({ which: fc.nat(), log: fc.nat(), gone: fc.boolean() })
    .map(({ which, log, gone }) => async (c) => {
      c.exercised.add('getLogRequest');
      c.exercised.add('getLogResponse');
      const gatewayId = pick(c.model.logs.keys(), which);
      if (!gatewayId) return;
      const id = gone
        ? 'aaaaaaaaaaaaaaaaaaaaaaaaaa'
        : pick(c.model.logs.get(gatewayId) ?? [], log)?.id;
      if (!id) return;
      for (const part of ['request', 'response']) {
        const { status } = await c.call(`${logsPath(c, gatewayId)}/${id}/${part}`);
        expect(status).toBe(gone ? 404 : 200);
      }
    }),
  fc.record({ which: fc.nat(), n: fc.nat(1000) }).map(({ which, n }) => async (c) => {
    for (const id of [
      'createDataset',
      'getDataset',
      'updateDataset',
      'listDatasets',
      'deleteDataset',
    ])
      c.exercised.add(id);
    const gatewayId = pick(c.model.datasets.keys(), which);
    if (!gatewayId) return;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/datasets`;
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({
        ...example('createDataset'),
        name: `model dataset ${n}-${c.model.datasets.get(gatewayId)?.size}`,
      }),
    });
    expect(created.status).toBe(200);
    const id = (created.body as { result: { id: string } }).result.id;
    expect(c.model.datasets.get(gatewayId)?.has(id)).toBe(false);
    c.model.datasets.get(gatewayId)?.add(id);
    const renamed = `renamed ${n}-${id.slice(0, 6)}`;
    await c.call(`${base}/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...example('updateDataset'), name: renamed }),
    });
    expect((await c.call(`${base}/${id}`)).body).toMatchObject({ result: { name: renamed } });
    const listed = await c.call(`${base}?per_page=100`);
    expect((listed.body as { result: { id: string }[] }).result.map((d) => d.id).sort()).toEqual(
      [...(c.model.datasets.get(gatewayId) ?? [])].sort(),
    );
    if (n % 2 === 0) {
      expect((await c.call(`${base}/${id}`, { method: 'DELETE' })).status).toBe(200);
      c.model.datasets.get(gatewayId)?.delete(id);
      expect((await c.call(`${base}/${id}`)).status).toBe(404);
    }
  }),
  fc.record({ which: fc.nat(), keep: fc.boolean() }).map(({ which, keep }) => async (c) => {
    for (const id of [
      'listEvaluationTypes',
      'createEvaluation',
      'getEvaluation',
      'listEvaluations',
      'deleteEvaluation',
    ])
      c.exercised.add(id);
    const gatewayId = pick(c.model.datasets.keys(), which);
    const datasetId = gatewayId && pick(c.model.datasets.get(gatewayId) ?? [], which);
    if (!gatewayId || !datasetId) return;
    const types = await c.call(`/accounts/${c.account}/ai-gateway/evaluation-types?per_page=50`);
    const typeId = (types.body as { result: { id: string }[] }).result[0]?.id;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/evaluations`;
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({
        name: 'model evaluation',
        dataset_ids: [datasetId],
        evaluation_type_ids: [typeId],
      }),
    });
    expect(created.status).toBe(200);
    const id = (created.body as { result: { id: string } }).result.id;
    c.model.evaluations.get(gatewayId)?.add(id);
    expect((await c.call(`${base}/${id}`)).status).toBe(200);
    const listed = await c.call(`${base}?per_page=100`);
    expect((listed.body as { result: { id: string }[] }).result.map((e) => e.id).sort()).toEqual(
      [...(c.model.evaluations.get(gatewayId) ?? [])].sort(),
    );
    if (!keep) {
      expect((await c.call(`${base}/${id}`, { method: 'DELETE' })).status).toBe(200);
      c.model.evaluations.get(gatewayId)?.delete(id);
    }
  }),
  fc.record({ which: fc.nat(), n: fc.nat(10_000) }).map(({ which, n }) => async (c) => {
    for (const id of [
      'createDynamicRoute',
      'getDynamicRoute',
      'updateDynamicRoute',
      'listDynamicRoutes',
      'createDynamicRouteVersion',
      'listDynamicRouteVersions',
      'getDynamicRouteVersion',
      'createDynamicRouteDeployment',
      'listDynamicRouteDeployments',
      'deleteDynamicRoute',
    ])
      c.exercised.add(id);
    const gatewayId = pick(c.model.routes.keys(), which);
    if (!gatewayId) return;
    const routes = c.model.routes.get(gatewayId) as Map<
      string,
      { name: string; versions: Set<string> }
    >;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/routes`;
    const name = `model-route-${n}-${routes.size}`;
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({ ...example('createDynamicRoute'), name }),
    });
    expect(created.status).toBe(200);
    const id = (created.body as { result: { id: string } }).result.id;
    routes.set(id, { name, versions: new Set() });
    const renamed = `${name}-renamed`;
    expect(
      (await c.call(`${base}/${id}`, { method: 'PATCH', body: JSON.stringify({ name: renamed }) }))
        .status,
    ).toBe(200);
    expect((await c.call(`${base}/${id}`)).body).toMatchObject({ result: { name: renamed } });
    const before = await c.call(`${base}/${id}/versions`);
    const version = await c.call(`${base}/${id}/versions`, {
      method: 'POST',
      body: JSON.stringify(example('createDynamicRouteVersion')),
    });
    // A new version answers with the route; the version itself is the one the list gained.
    expect((version.body as { result: { id: string } }).result.id).toBe(id);
    const versionIds = (body: unknown) =>
      (body as { data: { versions: { version_id: string }[] } }).data.versions.map(
        (v) => v.version_id,
      );
    const after = versionIds((await c.call(`${base}/${id}/versions`)).body);
    const added = after.filter((v) => !versionIds(before.body).includes(v));
    expect(added).toHaveLength(1);
    const versionId = added[0] as string;
    expect((await c.call(`${base}/${id}/versions/${versionId}`)).status).toBe(200);
    const deployed = await c.call(`${base}/${id}/deployments`, {
      method: 'POST',
      body: JSON.stringify({ version_id: versionId }),
    });
    expect(deployed.status).toBe(200);
    expect(JSON.stringify((await c.call(`${base}/${id}/deployments`)).body)).toContain(versionId);
    const listed = await c.call(`${base}?per_page=100`);
    const listedIds = (listed.body as { data: { routes: { id: string }[] } }).data.routes.map(
      (r) => r.id,
    );
    expect(listedIds.sort()).toEqual([...routes.keys()].sort());
    if (n % 2 === 0) {
      expect((await c.call(`${base}/${id}`, { method: 'DELETE' })).status).toBe(200);
      routes.delete(id);
    }
  }),
  fc.record({ which: fc.nat(), n: fc.nat(10_000) }).map(({ which, n }) => async (c) => {
    c.exercised.add('createProviderConfig');
    c.exercised.add('listProviderConfigs');
    c.exercised.add('getGatewayUrl');
    const gatewayId = pick(c.model.providerConfigs.keys(), which);
    if (!gatewayId) return;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/provider_configs`;
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({
        ...example('createProviderConfig'),
        alias: `model-${n}-${c.model.providerConfigs.get(gatewayId)?.size}`,
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    c.model.providerConfigs
      .get(gatewayId)
      ?.add((created.body as { result: { id: string } }).result.id);
    const listed = await c.call(`${base}?per_page=100`);
    expect((listed.body as { result: { id: string }[] }).result.map((p) => p.id).sort()).toEqual(
      [...(c.model.providerConfigs.get(gatewayId) ?? [])].sort(),
    );
    const url = await c.call(`/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/url/openai`);
    expect((url.body as { result: string }).result).toContain(gatewayId);
  }),
  fc.record({ which: fc.nat(), n: fc.nat(10_000) }).map(({ which, n }) => async (c) => {
    for (const id of ['updateProviderConfig', 'deleteProviderConfig']) c.exercised.add(id);
    const gatewayId = pick(c.model.providerConfigs.keys(), which);
    const configId = gatewayId && pick(c.model.providerConfigs.get(gatewayId) ?? [], n);
    if (!gatewayId) return;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/provider_configs`;
    const target = configId ?? '00000000-0000-4000-8000-000000000000';
    const secret = `sk-model-rotated-${n}-KEY${n % 10}`;
    const rotated = await c.call(`${base}/${target}`, {
      method: 'PUT',
      body: JSON.stringify({ secret }),
    });
    if (!configId) return expect(rotated.status).toBe(404);
    expect(rotated.body).toMatchObject({
      result: { id: configId, secret_preview: `${secret.slice(0, 4)}...${secret.slice(-4)}` },
    });
    if (n % 2 === 0) {
      expect((await c.call(`${base}/${configId}`, { method: 'DELETE' })).status).toBe(200);
      c.model.providerConfigs.get(gatewayId)?.delete(configId);
      expect((await c.call(`${base}/${configId}`, { method: 'DELETE' })).status).toBe(404);
    }
    const listed = await c.call(`${base}?per_page=100`);
    expect((listed.body as { result: { id: string }[] }).result.map((p) => p.id).sort()).toEqual(
      [...(c.model.providerConfigs.get(gatewayId) ?? [])].sort(),
    );
  }),
  fc.record({ which: fc.nat(), n: fc.nat(10_000) }).map(({ which, n }) => async (c) => {
    for (const id of [
      'createCustomProvider',
      'getCustomProvider',
      'updateCustomProvider',
      'listCustomProviders',
      'deleteCustomProvider',
      'createCustomProviderCost',
      'getCustomProviderCost',
      'updateCustomProviderCost',
      'listCustomProviderCosts',
      'deleteCustomProviderCost',
    ])
      c.exercised.add(id);
    const base = `/accounts/${c.account}/ai-gateway/custom-providers`;
    // A slug already taken is refused; a fresh one is created.
    const taken = pick(
      [...c.model.customProviders.values()].map((p) => p.slug),
      which,
    );
    const slug = n % 3 === 0 && taken ? taken : `model-${n}-${c.model.customProviders.size}`;
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({ ...example('createCustomProvider'), slug }),
    });
    if ([...c.model.customProviders.values()].some((p) => p.slug === slug))
      return expect(created.status).toBe(400);
    expect(created.status).toBe(200);
    const id = (created.body as { result: { id: string } }).result.id;
    c.model.customProviders.set(id, { slug, costs: new Set() });
    await c.call(`${base}/${id}`, { method: 'PATCH', body: JSON.stringify({ enable: false }) });
    expect((await c.call(`${base}/${id}`)).body).toMatchObject({ result: { slug, enable: false } });
    const cost = await c.call(`${base}/costs`, {
      method: 'POST',
      body: JSON.stringify({ ...example('createCustomProviderCost'), account_provider_id: id }),
    });
    const costId = (cost.body as { result: { id: string } }).result.id;
    c.model.customProviders.get(id)?.costs.add(costId);
    await c.call(`${base}/costs/${costId}`, {
      method: 'PATCH',
      body: JSON.stringify({ cost_out: n / 1e9 }),
    });
    expect((await c.call(`${base}/costs/${costId}`)).body).toMatchObject({
      result: { cost_out: n / 1e9, account_provider_id: id },
    });
    if (n % 2 === 0) {
      expect((await c.call(`${base}/costs/${costId}`, { method: 'DELETE' })).status).toBe(200);
      c.model.customProviders.get(id)?.costs.delete(costId);
    }
    const listed = await c.call(`${base}?per_page=100`);
    expect((listed.body as { result: { id: string }[] }).result.map((p) => p.id).sort()).toEqual(
      [...c.model.customProviders.keys()].sort(),
    );
    // Deleting a provider takes its cost rules with it.
    const doomed = pick(c.model.customProviders.keys(), which + n) as string;
    expect((await c.call(`${base}/${doomed}`, { method: 'DELETE' })).status).toBe(200);
    c.model.customProviders.delete(doomed);
    expect((await c.call(`${base}/${doomed}`)).status).toBe(404);
    // The list filters by `model_rule` even when it is left out (`equals`): ask for each rule kind.
    const listedCosts: string[] = [];
    for (const rule of ['equals', 'starts-with', 'contains']) {
      const costs = await c.call(`${base}/costs?per_page=100&model_rule=${rule}`);
      listedCosts.push(...(costs.body as { result: { id: string }[] }).result.map((r) => r.id));
    }
    expect(listedCosts.sort()).toEqual(
      [...c.model.customProviders.values()].flatMap((p) => [...p.costs]).sort(),
    );
  }),
  fc.record({ which: fc.nat(), n: fc.nat(10_000) }).map(({ which, n }) => async (c) => {
    for (const id of [
      'createCustomDomain',
      'getCustomDomain',
      'listCustomDomains',
      'deleteCustomDomain',
    ])
      c.exercised.add(id);
    const gatewayId = pick(c.model.customDomains.keys(), which);
    if (!gatewayId) return;
    const base = `/accounts/${c.account}/ai-gateway/gateways/${gatewayId}/custom-domains`;
    const hostname = `h${n % 7}.model.acme.example`;
    const inUse = [...c.model.customDomains.values()].some((hosts) => hosts.has(hostname));
    const created = await c.call(base, {
      method: 'POST',
      body: JSON.stringify({ ...example('createCustomDomain'), domain: hostname }),
    });
    expect(created.status).toBe(inUse ? 400 : 200);
    if (!inUse) c.model.customDomains.get(gatewayId)?.add(hostname);
    const listed = await c.call(`${base}?per_page=100`);
    expect(
      (listed.body as { result: { hostname: string }[] }).result.map((d) => d.hostname).sort(),
    ).toEqual([...(c.model.customDomains.get(gatewayId) ?? [])].sort());
    const hosts = c.model.customDomains.get(gatewayId) ?? new Set<string>();
    const target = pick(hosts, n);
    if (!target) return;
    expect((await c.call(`${base}/${target}`)).status).toBe(200);
    if (n % 2 === 0) {
      expect((await c.call(`${base}/${target}`, { method: 'DELETE' })).status).toBe(200);
      hosts.delete(target);
      expect((await c.call(`${base}/${target}`)).status).toBe(404);
    }
  }),
  fc
    .record({ amount: fc.integer({ min: 1000, max: 20_000 }), limit: fc.option(fc.nat(50_000)) })
    .map(({ amount, limit }) => async (c) => {
      for (const id of [
        'getCreditBalance',
        'createTopup',
        'checkTopupStatus',
        'getInvoiceHistory',
        'getSpendingLimit',
        'setSpendingLimit',
        'deleteSpendingLimit',
      ])
        c.exercised.add(id);
      const base = `/accounts/${c.account}/ai-gateway/billing`;
      const topup = await c.call(`${base}/topup`, {
        method: 'POST',
        body: JSON.stringify({ amount }),
      });
      expect(topup.status).toBe(200);
      const paymentId = (topup.body as { result: { payment_intent_id: string } }).result
        .payment_intent_id;
      expect(c.model.billing.topups.has(paymentId)).toBe(false);
      c.model.billing.topups.add(paymentId);
      c.model.billing.balance = Math.round((c.model.billing.balance + amount) * 100) / 100;
      expect((await c.call(`${base}/credit-balance`)).body).toMatchObject({
        result: { balance: c.model.billing.balance },
      });
      expect(
        (
          await c.call(`${base}/topup/status`, {
            method: 'POST',
            body: JSON.stringify({ payment_intent_id: paymentId }),
          })
        ).body,
      ).toMatchObject({ result: { status: 'completed' } });
      const invoices = await c.call(`${base}/invoice-history?type=manual`);
      expect(JSON.stringify(invoices.body)).toContain(paymentId);
      if (limit === null) {
        expect((await c.call(`${base}/spending-limit`, { method: 'DELETE' })).status).toBe(200);
        c.model.billing.limit = null;
      } else {
        const set = await c.call(`${base}/spending-limit`, {
          method: 'POST',
          body: JSON.stringify({ amount: limit, duration: 'weekly', strategy: 'sliding' }),
        });
        expect(set.status).toBe(limit < 100 ? 400 : 201);
        if (limit >= 100) c.model.billing.limit = { amount: limit };
      }
      const read = (await c.call(`${base}/spending-limit`)).body as {
        result: { enabled: boolean; config: { amount: number | null } };
      };
      expect(read.result).toMatchObject({
        enabled: c.model.billing.limit !== null,
        config: { amount: c.model.billing.limit?.amount ?? null },
      });
    }),
  fc
    .record({ threshold: fc.integer({ min: 500, max: 1_000_000 }) })
    .map(({ threshold }) => async (c) => {
      for (const id of [
        'getTopupConfig',
        'setTopupConfig',
        'deleteTopupConfig',
        'getTopupLimits',
        'getUsageHistory',
        'getInvoicePreview',
      ])
        c.exercised.add(id);
      const base = `/accounts/${c.account}/ai-gateway/billing`;
      const set = await c.call(`${base}/topup/config`, {
        method: 'POST',
        body: JSON.stringify({ threshold, amount: 5000 }),
      });
      expect(set.status).toBe(200);
      // A balance already under the new threshold is topped up at once.
      if (c.model.billing.balance < threshold) c.model.billing.balance += 5000;
      expect((await c.call(`${base}/topup/config`)).body).toMatchObject({
        result: { threshold, amount: 5000 },
      });
      expect((await c.call(`${base}/credit-balance`)).body).toMatchObject({
        result: { balance: c.model.billing.balance },
      });
      expect((await c.call(`${base}/topup/config`, { method: 'DELETE' })).status).toBe(200);
      expect((await c.call(`${base}/topup/config`)).body).toMatchObject({
        result: { threshold: null, amount: null },
      });
      expect((await c.call(`${base}/topup/limits`)).status).toBe(200);
      expect((await c.call(`${base}/usage-history?value_grouping_window=hour`)).status).toBe(200);
      expect((await c.call(`${base}/invoice-preview`)).status).toBe(200);
    }),
];

/** Lists and bulk deletes are where the semantics are richest: they come up most often. */
const weighted = actions.map((arbitrary, index) => ({
  arbitrary,
  weight: index === 4 ? 6 : index === 5 ? 3 : 1,
}));

describe('the Cloudflare emulator against a reference model', () => {
  it('agrees with the model over generated sequences of operations, and answers what the spec says', async () => {
    const exercised = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...weighted), { minLength: 5, maxLength: 30 }),
        async (checks) => {
          const emulator = createEmulator({
            api: 'cloudflare',
            seed: 3,
            logs: 400,
            now: '2026-11-30T12:00:00Z',
          });
          const context: Context = {
            model: modelOf(emulator.store),
            call: checkedFetch(emulator),
            account: emulator.seed.accountId,
            exercised,
          };
          for (const check of checks) await check(context);
        },
      ),
      { numRuns: 40, seed: 424242 },
    );
    expect([...exercised].sort()).toEqual([...cloudflareOperationIds].sort());
  }, 120_000);
});
