// The Cloudflare emulator's resources other than logs: gateways, evaluation types, datasets,
// evaluations, dynamic routes, provider configs and gateway URLs. Each resource goes through its
// whole life over HTTP, and every answer, success or error, is checked against the spec's schema.
import type { Validator } from '@ai-gateway/validators';
import { schemaValidators } from '@ai-gateway/validators/cloudflare';
import { responseValidators } from '@ai-gateway/validators/cloudflare/responses';
import { describe, expect, it } from 'vitest';
import { filtersPredicate } from '../../src/emulator/cloudflare/log-filters.ts';
import { seedResources } from '../../src/emulator/cloudflare/seed-resources.ts';
import type { CloudflareStore } from '../../src/emulator/cloudflare/store.ts';
import { type CloudflareEmulator, createEmulator } from '../../src/emulator/index.ts';

type Operation = keyof typeof responseValidators;
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field once their schema check passed
type Body = Record<string, any>;

const now = '2026-11-30T12:00:00Z';
const accountId = '023e105f4ecef8ad9ca31a8372d0c353';
const base = `http://emulator.test/client/v4/accounts/${accountId}/ai-gateway`;
const make = (options: { seed?: number; logs?: number } = {}) =>
  createEmulator({ api: 'cloudflare', seed: 1, logs: 0, now, ...options });

const newGateway = (id: string, extra: Body = {}) => ({
  id,
  rate_limiting_interval: null,
  rate_limiting_limit: null,
  collect_logs: true,
  cache_ttl: 0,
  cache_invalidate_on_update: false,
  ...extra,
});

const model = (id: string, name: string, fallback = 'end') => ({
  id,
  type: 'model',
  properties: { provider: 'openai', model: name, timeout: 30000, retries: 1 },
  outputs: { success: { elementId: 'end' }, fallback: { elementId: fallback } },
});
const graph = (first: string, ...models: object[]) => [
  { id: 'start', type: 'start', outputs: { next: { elementId: first } } },
  ...models,
  { id: 'end', type: 'end', outputs: {} },
];

/** Calls one operation and checks the answer against the spec's schema for its status. */
async function call(
  emulator: CloudflareEmulator,
  operation: Operation,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await emulator.fetch(`${base}${path}`, {
    method,
    headers: { authorization: 'Bearer emulator-token', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Body;
  const validators = responseValidators[operation] as Record<string, Validator<unknown>>;
  const validator = validators[String(response.status)];
  expect(validator, `${operation} documents no ${response.status} answer`).toBeDefined();
  const parsed = (validator as Validator<unknown>).parse(json);
  expect(parsed.ok ? [] : parsed.issues, `${operation} ${response.status}`).toEqual([]);
  return { status: response.status, body: json };
}

/** Every page of a list, asking for the next one until a page comes back empty, as clients do. */
async function everyPage(
  emulator: CloudflareEmulator,
  operation: Operation,
  path: string,
  perPage: number,
  rows: (body: Body) => Body[] = (body) => body.result,
) {
  const all: Body[] = [];
  for (let page = 1; page < 100; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const { body } = await call(
      emulator,
      operation,
      'GET',
      `${path}${separator}page=${page}&per_page=${perPage}`,
    );
    const items = rows(body);
    expect(items.length).toBeLessThanOrEqual(perPage);
    if (items.length === 0) return all;
    all.push(...items);
  }
  throw new Error('paging never ended');
}

const gatewayWith = (store: CloudflareStore, has: (id: string) => boolean) => {
  const id = [...store.gateways.keys()].find(has);
  if (!id) throw new Error('no seeded gateway fits');
  return id;
};

const notFoundBody = { errors: [{ code: 7002, message: 'Not Found' }], success: false };

describe('seeded account', () => {
  const seedOptions = { seed: 1, logs: 0, accountId, now: new Date(now) };

  it('is the same for the same seed and different for another', () => {
    expect(seedResources(seedOptions)).toEqual(seedResources(seedOptions));
    const other = seedResources({ ...seedOptions, seed: 2 });
    expect(other).not.toEqual(seedResources(seedOptions));
    expect([...other.gateways.values()].map((g) => g.store_id)).not.toEqual(
      [...seedResources(seedOptions).gateways.values()].map((g) => g.store_id),
    );
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('holds only valid, consistent objects (seed %i)', (seed) => {
    const store = seedResources({ ...seedOptions, seed });
    const valid = (schema: keyof typeof schemaValidators, value: unknown) => {
      const parsed = schemaValidators[schema].parse(value);
      expect(parsed.ok ? [] : parsed.issues, schema).toEqual([]);
    };
    const inThePast = (time: string) => expect(Date.parse(time)).toBeLessThan(Date.parse(now));
    const gateways = [...store.gateways.values()];
    expect(gateways.length).toBeGreaterThanOrEqual(4);
    expect(gateways.length).toBeLessThanOrEqual(6);
    expect(gateways.filter((g) => g.is_default)).toHaveLength(1);
    for (const gateway of gateways) {
      valid('Gateway', gateway);
      inThePast(gateway.modified_at);
      expect(store.logs.get(gateway.id)).toEqual([]);
      const datasets = store.datasets.get(gateway.id) ?? new Map();
      for (const dataset of datasets.values()) {
        valid('Dataset', dataset);
        expect(dataset.gateway_id).toBe(gateway.id);
        expect(dataset.created_at >= gateway.created_at).toBe(true);
      }
      for (const evaluation of store.evaluations.get(gateway.id)?.values() ?? []) {
        valid('Evaluation', evaluation);
        for (const dataset of evaluation.datasets) expect(datasets.has(dataset.id)).toBe(true);
        for (const result of evaluation.results) {
          expect(result.evaluation_id).toBe(evaluation.id);
          expect(store.evaluationTypes.map((t) => t.id)).toContain(result.evaluation_type_id);
        }
      }
      for (const route of store.routes.get(gateway.id)?.values() ?? []) {
        const live = route.versions.filter((v) => v.active === 'true');
        expect(live.map((v) => v.version_id)).toEqual([route.deployments.at(-1)?.version_id]);
        for (const version of route.versions) {
          valid('DynamicRouteVersionDetail', version);
          expect(JSON.parse(version.data)).toEqual(version.elements);
          expect(version.is_valid).toBe(true);
        }
        for (const deployment of route.deployments) inThePast(deployment.created_at);
      }
      for (const config of store.providerConfigs.get(gateway.id)?.values() ?? []) {
        valid('ProviderConfig', config);
        expect(config.secret_preview).toMatch(/^.{4}\.\.\..{4}$/);
      }
    }
    for (const type of store.evaluationTypes) valid('EvaluationType', type);
    const ids = [store.datasets, store.evaluations, store.routes, store.providerConfigs].flatMap(
      (byGateway) => [...byGateway.values()].flatMap((objects) => [...objects.keys()]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('gateways', () => {
  it('are created, read, listed, replaced and deleted', async () => {
    const emulator = make();
    const created = await call(
      emulator,
      'createGateway',
      'POST',
      '/gateways',
      newGateway('life-cycle', { retry_max_attempts: 3 }),
    );
    expect(created.status).toBe(200);
    expect(created.body.result).toMatchObject({
      id: 'life-cycle',
      retry_max_attempts: 3,
      is_default: false,
    });
    expect(created.body.result.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect((await call(emulator, 'getGateway', 'GET', '/gateways/life-cycle')).body.result).toEqual(
      created.body.result,
    );
    const listed = await call(emulator, 'listGateways', 'GET', '/gateways');
    expect(listed.body.result[0].id).toBe('life-cycle');

    const replaced = await call(emulator, 'updateGateway', 'PUT', '/gateways/life-cycle', {
      ...newGateway('ignored', {
        cache_ttl: 600,
        rate_limiting_interval: 60,
        rate_limiting_limit: 100,
      }),
      id: undefined,
    });
    expect(replaced.body.result).toMatchObject({
      id: 'life-cycle',
      cache_ttl: 600,
      retry_max_attempts: null,
    });
    expect(replaced.body.result.rate_limiting_technique).toBe('fixed');
    expect(replaced.body.result.created_at).toBe(created.body.result.created_at);
    expect((await call(emulator, 'getGateway', 'GET', '/gateways/life-cycle')).body.result).toEqual(
      replaced.body.result,
    );

    const deleted = await call(emulator, 'deleteGateway', 'DELETE', '/gateways/life-cycle');
    expect(deleted.body.result).toEqual(replaced.body.result);
    const gone = await call(emulator, 'getGateway', 'GET', '/gateways/life-cycle');
    expect([gone.status, gone.body]).toEqual([404, notFoundBody]);
    expect(
      (await call(emulator, 'updateGateway', 'PUT', '/gateways/life-cycle', newGateway('x')))
        .status,
    ).toBe(404);
    expect((await call(emulator, 'deleteGateway', 'DELETE', '/gateways/life-cycle')).status).toBe(
      404,
    );
  });

  it('replace every setting on PUT: what is not sent goes back to its default', async () => {
    const emulator = make();
    const settings = {
      authentication: true,
      zdr: true,
      retry_delay: 250,
      dlp: { enabled: true, action: 'BLOCK', profiles: ['p'] },
    };
    await call(emulator, 'createGateway', 'POST', '/gateways', newGateway('put-test'));
    await call(emulator, 'updateGateway', 'PUT', '/gateways/put-test', {
      ...newGateway('x', settings),
      id: undefined,
    });
    const { body } = await call(emulator, 'updateGateway', 'PUT', '/gateways/put-test', {
      ...newGateway('x'),
      id: undefined,
    });
    expect(body.result).toMatchObject({ authentication: false, zdr: false, retry_delay: null });
    expect(body.result).not.toHaveProperty('dlp');
  });

  it('refuse a second gateway with the same id', async () => {
    const emulator = make();
    const id = gatewayWith(emulator.store, () => true) as string;
    const before = structuredClone(emulator.store.gateways.get(id));
    const { status, body } = await call(
      emulator,
      'createGateway',
      'POST',
      '/gateways',
      newGateway(id),
    );
    expect([status, body]).toEqual([
      400,
      {
        errors: [{ message: 'A gateway with this id already exists' }],
        result: {},
        success: false,
      },
    ]);
    expect(emulator.store.gateways.get(id)).toEqual(before);
  });

  it('reject a body that breaks the spec with the input-validation error', async () => {
    const emulator = make();
    const { status, body } = await call(
      emulator,
      'createGateway',
      'POST',
      '/gateways',
      newGateway('Bad Id'),
    );
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ code: 7001, path: ['body', 'id'] });
    expect(emulator.store.gateways.has('Bad Id')).toBe(false);
  });

  it('page newest first and filter by id', async () => {
    const emulator = make();
    for (const id of ['page-a', 'page-b', 'page-c'])
      await call(emulator, 'createGateway', 'POST', '/gateways', newGateway(id));
    const all = await everyPage(emulator, 'listGateways', '/gateways', 2);
    const stored = [...emulator.store.gateways.values()];
    expect(all.map((g) => g.id).sort()).toEqual(stored.map((g) => g.id).sort());
    const times = all.map((g) => g.created_at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.slice(0, 3).map((g) => g.id)).toEqual(['page-c', 'page-b', 'page-a']);
    const found = await call(emulator, 'listGateways', 'GET', '/gateways?search=PAGE-');
    expect(found.body.result.map((g: Body) => g.id)).toEqual(['page-c', 'page-b', 'page-a']);
  });

  it('take everything under them when deleted', async () => {
    const emulator = make();
    const store = emulator.store;
    const id = gatewayWith(
      store,
      (g) =>
        (store.datasets.get(g)?.size ?? 0) > 0 && (store.providerConfigs.get(g)?.size ?? 0) > 0,
    );
    const datasetId = [...(store.datasets.get(id)?.keys() ?? [])][0];
    await call(emulator, 'deleteGateway', 'DELETE', `/gateways/${id}`);
    for (const map of [
      store.gateways,
      store.logs,
      store.datasets,
      store.evaluations,
      store.routes,
      store.providerConfigs,
    ])
      expect(map.has(id)).toBe(false);
    expect(
      (await call(emulator, 'getDataset', 'GET', `/gateways/${id}/datasets/${datasetId}`)).status,
    ).toBe(404);
    expect((await call(emulator, 'listDatasets', 'GET', `/gateways/${id}/datasets`)).status).toBe(
      400,
    );
    expect(
      (await call(emulator, 'listDynamicRoutes', 'GET', `/gateways/${id}/routes`)).status,
    ).toBe(400);
    expect(
      (await call(emulator, 'listProviderConfigs', 'GET', `/gateways/${id}/provider_configs`))
        .status,
    ).toBe(400);
    // A new gateway under the same id starts empty.
    await call(emulator, 'createGateway', 'POST', '/gateways', newGateway(id));
    expect(
      (await call(emulator, 'listDatasets', 'GET', `/gateways/${id}/datasets`)).body.result,
    ).toEqual([]);
  });
});

describe('evaluation types', () => {
  it('list mandatory first by default, with totals that agree with the rows', async () => {
    const emulator = make();
    const { body } = await call(emulator, 'listEvaluationTypes', 'GET', '/evaluation-types');
    expect(body.result.map((t: Body) => t.mandatory)).toEqual([true, true, false]);
    expect(body.result_info).toEqual({ count: 3, page: 1, per_page: 20, total_count: 3 });
    const byName = await call(
      emulator,
      'listEvaluationTypes',
      'GET',
      '/evaluation-types?order_by=name&order_by_direction=asc',
    );
    expect(byName.body.result.map((t: Body) => t.name)).toEqual(['Cost', 'Performance', 'Speed']);
  });

  it('page through the stored types', async () => {
    const emulator = make();
    const [template] = emulator.store.evaluationTypes;
    if (!template) throw new Error('no seeded evaluation type');
    for (let i = 0; i < 9; i++)
      emulator.store.evaluationTypes.push({
        ...structuredClone(template),
        id: `extra-${i}`,
        name: `Extra ${i}`,
        mandatory: false,
      });
    const first = await call(
      emulator,
      'listEvaluationTypes',
      'GET',
      '/evaluation-types?per_page=5',
    );
    expect(first.body.result_info).toEqual({ count: 5, page: 1, per_page: 5, total_count: 12 });
    const third = await call(
      emulator,
      'listEvaluationTypes',
      'GET',
      '/evaluation-types?per_page=5&page=3',
    );
    expect(third.body.result_info).toEqual({ count: 2, page: 3, per_page: 5, total_count: 12 });
    const all = await everyPage(emulator, 'listEvaluationTypes', '/evaluation-types', 5);
    expect(new Set(all.map((t) => t.id)).size).toBe(12);
    expect(
      (await call(emulator, 'listEvaluationTypes', 'GET', '/evaluation-types?per_page=4')).status,
    ).toBe(400);
  });
});

describe('datasets', () => {
  const filters = [{ key: 'provider', operator: 'eq', value: ['openai'] }];

  it('are created, read, listed, replaced and deleted', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/datasets`;
    const created = await call(emulator, 'createDataset', 'POST', path, {
      name: 'Mine',
      enable: true,
      filters,
    });
    const id = created.body.result.id as string;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.body.result).toMatchObject({
      gateway_id: gateway,
      name: 'Mine',
      enable: true,
      filters,
    });
    expect((await call(emulator, 'getDataset', 'GET', `${path}/${id}`)).body.result).toEqual(
      created.body.result,
    );
    expect((await call(emulator, 'listDatasets', 'GET', path)).body.result[0]).toEqual(
      created.body.result,
    );

    const replacement = {
      name: 'Renamed',
      enable: false,
      filters: [{ key: 'cost', operator: 'gt', value: [0.01] }],
    };
    const replaced = await call(emulator, 'updateDataset', 'PUT', `${path}/${id}`, replacement);
    expect(replaced.body.result).toMatchObject({
      id,
      ...replacement,
      created_at: created.body.result.created_at,
    });
    expect((await call(emulator, 'getDataset', 'GET', `${path}/${id}`)).body.result).toEqual(
      replaced.body.result,
    );
    expect((await call(emulator, 'deleteDataset', 'DELETE', `${path}/${id}`)).body.result).toEqual(
      replaced.body.result,
    );
    const gone = await call(emulator, 'getDataset', 'GET', `${path}/${id}`);
    expect([gone.status, gone.body]).toEqual([404, notFoundBody]);
    expect(
      (await call(emulator, 'updateDataset', 'PUT', `${path}/${id}`, replacement)).status,
    ).toBe(404);
    expect((await call(emulator, 'deleteDataset', 'DELETE', `${path}/${id}`)).status).toBe(404);
  });

  it('filter by name, enable and search, and page', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/datasets`;
    emulator.store.datasets.get(gateway)?.clear();
    for (let i = 0; i < 7; i++)
      await call(emulator, 'createDataset', 'POST', path, {
        name: `Set ${i % 3}`,
        enable: i % 2 === 0,
        filters: [{ key: 'model', operator: 'eq', value: [`model-${i}`] }],
      });
    const names = async (query: string) =>
      (await call(emulator, 'listDatasets', 'GET', `${path}?${query}`)).body.result.map(
        (d: Body) => d.filters[0].value[0],
      );
    expect(await names('name=Set%201')).toEqual(['model-4', 'model-1']);
    expect(await names('enable=false')).toEqual(['model-5', 'model-3', 'model-1']);
    expect(await names('search=MODEL-6')).toEqual(['model-6']);
    expect(await names('name=Set%200&enable=true')).toEqual(['model-6', 'model-0']);
    const all = await everyPage(emulator, 'listDatasets', path, 3);
    expect(all.map((d) => d.filters[0].value[0])).toEqual(
      [6, 5, 4, 3, 2, 1, 0].map((i) => `model-${i}`),
    );
  });

  it('answer for a missing gateway as the spec documents', async () => {
    const emulator = make();
    expect(
      (
        await call(emulator, 'createDataset', 'POST', '/gateways/nope/datasets', {
          name: 'x',
          enable: true,
          filters,
        })
      ).status,
    ).toBe(400);
    expect((await call(emulator, 'getDataset', 'GET', '/gateways/nope/datasets/x')).status).toBe(
      404,
    );
  });
});

describe('evaluations', () => {
  const typeIds = (store: CloudflareStore) => store.evaluationTypes.map((t) => t.id);

  it('are created, read, listed, finished and deleted', async () => {
    const emulator = make({ logs: 400 });
    const store = emulator.store;
    const gateway = gatewayWith(
      store,
      (g) => (store.datasets.get(g)?.size ?? 0) > 0 && (store.logs.get(g)?.length ?? 0) > 0,
    );
    const path = `/gateways/${gateway}/evaluations`;
    const dataset = await call(emulator, 'createDataset', 'POST', `/gateways/${gateway}/datasets`, {
      name: 'OpenAI',
      enable: true,
      filters: [{ key: 'provider', operator: 'eq', value: ['openai'] }],
    });
    const performance = store.evaluationTypes.find((t) => !t.mandatory)?.id;
    const created = await call(emulator, 'createEvaluation', 'POST', path, {
      name: 'Zebra review',
      dataset_ids: [dataset.body.result.id],
      evaluation_type_ids: [performance],
    });
    const evaluation = created.body.result;
    expect(evaluation).toMatchObject({
      name: 'Zebra review',
      processed: false,
      total_logs: 0,
      gateway_id: gateway,
    });
    expect(evaluation.datasets[0]).toMatchObject({
      ...dataset.body.result,
      account_tag: accountId,
    });
    expect(evaluation.results.map((r: Body) => r.evaluation_type_id)).toEqual(typeIds(store));
    expect(evaluation.results.every((r: Body) => r.status === 0 && r.result === '')).toBe(true);

    // Once its run time has passed, the next read finds it finished, over the logs it selects.
    const stored = store.evaluations.get(gateway)?.get(evaluation.id);
    if (!stored) throw new Error('the evaluation was not stored');
    const startedAt = Date.parse(now) - 2_000;
    stored.created_at = new Date(startedAt).toISOString();
    const selected = (store.logs.get(gateway) ?? [])
      .filter(filtersPredicate(dataset.body.result.filters))
      .filter(({ log }) => Date.parse(log.created_at) <= startedAt);
    const finished = (await call(emulator, 'getEvaluation', 'GET', `${path}/${evaluation.id}`)).body
      .result;
    expect(finished).toMatchObject({ processed: true, total_logs: selected.length });
    expect(selected.length).toBeGreaterThan(0);
    const cost = JSON.parse(finished.results[0].result);
    const total = selected.reduce((sum, { log }) => sum + (log.cost ?? 0), 0);
    expect(cost.total_cost).toBeCloseTo(total, 5);
    expect(finished.results.every((r: Body) => r.status_description === 'Completed')).toBe(true);

    const listed = await call(
      emulator,
      'listEvaluations',
      'GET',
      `${path}?processed=true&search=ZEBRA`,
    );
    expect(listed.body.result.map((e: Body) => e.id)).toEqual([evaluation.id]);
    expect(
      (await call(emulator, 'listEvaluations', 'GET', `${path}?name=Other`)).body.result,
    ).toEqual([]);

    // Embedded datasets show the dataset as it is now.
    await call(
      emulator,
      'updateDataset',
      'PUT',
      `/gateways/${gateway}/datasets/${dataset.body.result.id}`,
      {
        name: 'Renamed',
        enable: true,
        filters: dataset.body.result.filters,
      },
    );
    const again = await call(emulator, 'getEvaluation', 'GET', `${path}/${evaluation.id}`);
    expect(again.body.result.datasets[0].name).toBe('Renamed');

    await call(emulator, 'deleteEvaluation', 'DELETE', `${path}/${evaluation.id}`);
    const gone = await call(emulator, 'getEvaluation', 'GET', `${path}/${evaluation.id}`);
    expect([gone.status, gone.body]).toEqual([404, notFoundBody]);
    expect(
      (await call(emulator, 'deleteEvaluation', 'DELETE', `${path}/${evaluation.id}`)).status,
    ).toBe(404);
  });

  it('finish the seeded runs on first read, over the seeded logs', async () => {
    const emulator = make({ logs: 500 });
    const store = emulator.store;
    let finished = 0;
    for (const [gateway, evaluations] of store.evaluations) {
      if (evaluations.size === 0) continue;
      const { body } = await call(
        emulator,
        'listEvaluations',
        'GET',
        `/gateways/${gateway}/evaluations?per_page=100`,
      );
      for (const evaluation of body.result) {
        const startedAt = Date.parse(evaluation.created_at);
        const covered = (store.logs.get(gateway) ?? []).filter(
          (stored) =>
            Date.parse(stored.log.created_at) <= startedAt &&
            evaluation.datasets.some((d: Body) => filtersPredicate(d.filters)(stored)),
        );
        expect(evaluation).toMatchObject({ processed: true, total_logs: covered.length });
        for (const result of evaluation.results)
          expect(() => JSON.parse(result.result)).not.toThrow();
        finished++;
      }
    }
    expect(finished).toBeGreaterThan(0);
  });

  it('need datasets of that gateway and known evaluators', async () => {
    const emulator = make();
    const store = emulator.store;
    const gateway = gatewayWith(store, (g) => (store.datasets.get(g)?.size ?? 0) > 0);
    const other = gatewayWith(store, (g) => g !== gateway);
    const datasetId = [...(store.datasets.get(gateway)?.keys() ?? [])][0];
    const body = { name: 'x', dataset_ids: [datasetId], evaluation_type_ids: [] };
    const foreign = await call(
      emulator,
      'createEvaluation',
      'POST',
      `/gateways/${other}/evaluations`,
      body,
    );
    expect([foreign.status, foreign.body.errors]).toEqual([
      400,
      [{ message: `Dataset ${datasetId} not found` }],
    ]);
    const unknownType = await call(
      emulator,
      'createEvaluation',
      'POST',
      `/gateways/${gateway}/evaluations`,
      {
        ...body,
        evaluation_type_ids: ['no-such-type'],
      },
    );
    expect(unknownType.status).toBe(400);
    expect(
      (await call(emulator, 'createEvaluation', 'POST', '/gateways/nope/evaluations', body)).status,
    ).toBe(400);
    expect(
      (await call(emulator, 'createEvaluation', 'POST', `/gateways/${gateway}/evaluations`, body))
        .status,
    ).toBe(200);
  });

  it('page newest first', async () => {
    const emulator = make();
    const store = emulator.store;
    const gateway = gatewayWith(store, (g) => (store.datasets.get(g)?.size ?? 0) > 0);
    store.evaluations.get(gateway)?.clear();
    const datasetId = [...(store.datasets.get(gateway)?.keys() ?? [])][0];
    for (let i = 0; i < 5; i++)
      await call(emulator, 'createEvaluation', 'POST', `/gateways/${gateway}/evaluations`, {
        name: `Run ${i}`,
        dataset_ids: [datasetId],
        evaluation_type_ids: [],
      });
    const all = await everyPage(emulator, 'listEvaluations', `/gateways/${gateway}/evaluations`, 2);
    expect(all.map((e) => e.name)).toEqual(['Run 4', 'Run 3', 'Run 2', 'Run 1', 'Run 0']);
  });
});

describe('dynamic routes', () => {
  const first = graph('primary', model('primary', 'gpt-4o-mini'));
  const second = graph(
    'primary',
    model('primary', 'gpt-4o-mini', 'backup'),
    model('backup', 'gpt-4o'),
  );

  it('go through versions and deployments; PATCH renames and keeps the rest', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/routes`;
    const created = await call(emulator, 'createDynamicRoute', 'POST', path, {
      name: 'my-route',
      elements: first,
    });
    const route = created.body.result;
    expect(route).toMatchObject({ name: 'my-route', gateway_id: gateway, elements: first });
    expect(route.version).toMatchObject({
      active: 'true',
      is_valid: true,
      data: JSON.stringify(first),
    });
    expect(route.deployment.version_id).toBe(route.version.version_id);
    expect(
      (await call(emulator, 'getDynamicRoute', 'GET', `${path}/${route.id}`)).body.result,
    ).toEqual(route);
    const listed = await call(emulator, 'listDynamicRoutes', 'GET', path);
    expect(listed.body.data).toMatchObject({
      page: 1,
      per_page: 20,
      order_by: 'created_at',
      order_by_direction: 'desc',
    });
    expect(listed.body.data.routes[0]).toEqual({ ...route, account_tag: accountId });

    const renamed = await call(emulator, 'updateDynamicRoute', 'PATCH', `${path}/${route.id}`, {
      name: 'renamed',
    });
    expect(Object.keys(renamed.body).sort()).toEqual(['route', 'success']);
    expect(renamed.body.route).toMatchObject({
      name: 'renamed',
      elements: first,
      version: route.version,
    });

    // A new version is saved but not live until deployed.
    const saved = await call(
      emulator,
      'createDynamicRouteVersion',
      'POST',
      `${path}/${route.id}/versions`,
      { elements: second },
    );
    expect(saved.body.result.elements).toEqual(first);
    const versions = (
      await call(emulator, 'listDynamicRouteVersions', 'GET', `${path}/${route.id}/versions`)
    ).body.data.versions;
    expect(versions.map((v: Body) => [v.active, JSON.parse(v.data)])).toEqual([
      ['false', second],
      ['true', first],
    ]);
    const newId = versions[0].version_id as string;
    const deployed = await call(
      emulator,
      'createDynamicRouteDeployment',
      'POST',
      `${path}/${route.id}/deployments`,
      { version_id: newId },
    );
    expect(deployed.body.result.elements).toEqual(second);
    const detail = (await call(emulator, 'getDynamicRoute', 'GET', `${path}/${route.id}`)).body
      .result;
    expect([detail.version.version_id, detail.deployment.version_id, detail.name]).toEqual([
      newId,
      newId,
      'renamed',
    ]);
    const deployments = (
      await call(emulator, 'listDynamicRouteDeployments', 'GET', `${path}/${route.id}/deployments`)
    ).body.data;
    expect(deployments.deployments.map((d: Body) => d.version_id)).toEqual([
      newId,
      route.version.version_id,
    ]);
    const version = await call(
      emulator,
      'getDynamicRouteVersion',
      'GET',
      `${path}/${route.id}/versions/${route.version.version_id}`,
    );
    expect(version.body.result).toMatchObject({
      id: route.id,
      name: 'renamed',
      active: 'false',
      elements: first,
    });

    const deleted = await call(emulator, 'deleteDynamicRoute', 'DELETE', `${path}/${route.id}`);
    expect(deleted.body.result).toMatchObject({ id: route.id, name: 'renamed', elements: second });
    const gone = await call(emulator, 'getDynamicRoute', 'GET', `${path}/${route.id}`);
    expect([gone.status, gone.body.errors]).toEqual([400, [{ message: 'Route not found' }]]);
  });

  it('refuse broken graphs, unknown versions and taken names', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/routes`;
    const dangling = graph('primary', model('primary', 'gpt-4o-mini', 'nowhere'));
    const broken = await call(emulator, 'createDynamicRoute', 'POST', path, {
      name: 'broken',
      elements: dangling,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].message).toContain('nowhere');
    const route = (
      await call(emulator, 'createDynamicRoute', 'POST', path, { name: 'taken', elements: first })
    ).body.result;
    expect(
      (await call(emulator, 'createDynamicRoute', 'POST', path, { name: 'taken', elements: first }))
        .status,
    ).toBe(400);
    const saved = await call(
      emulator,
      'createDynamicRouteVersion',
      'POST',
      `${path}/${route.id}/versions`,
      { elements: dangling },
    );
    expect(saved.status).toBe(200);
    await call(emulator, 'createDynamicRoute', 'POST', path, { name: 'other', elements: first });
    const clash = await call(emulator, 'updateDynamicRoute', 'PATCH', `${path}/${route.id}`, {
      name: 'other',
    });
    expect(clash.status).toBe(400);
    const invalid = emulator.store.routes.get(gateway)?.get(route.id)?.versions.at(-1);
    expect(invalid?.is_valid).toBe(false);
    const refused = await call(
      emulator,
      'createDynamicRouteDeployment',
      'POST',
      `${path}/${route.id}/deployments`,
      { version_id: invalid?.version_id },
    );
    expect(refused.status).toBe(400);
    expect(
      (
        await call(
          emulator,
          'createDynamicRouteDeployment',
          'POST',
          `${path}/${route.id}/deployments`,
          { version_id: 'nope' },
        )
      ).status,
    ).toBe(400);
    expect(
      (await call(emulator, 'getDynamicRouteVersion', 'GET', `${path}/${route.id}/versions/nope`))
        .status,
    ).toBe(400);
    expect((await call(emulator, 'listDynamicRoutes', 'GET', '/gateways/nope/routes')).status).toBe(
      400,
    );
  });

  it('page and echo the paging used', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/routes`;
    emulator.store.routes.get(gateway)?.clear();
    for (let i = 0; i < 5; i++)
      await call(emulator, 'createDynamicRoute', 'POST', path, { name: `r${i}`, elements: first });
    const page = await call(emulator, 'listDynamicRoutes', 'GET', `${path}?page=2&per_page=2`);
    expect(page.body.data).toMatchObject({ page: 2, per_page: 2 });
    const all = await everyPage(emulator, 'listDynamicRoutes', path, 2, (body) => body.data.routes);
    expect(all.map((r) => r.name)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
  });
});

describe('provider configs', () => {
  it('store a key as a masked preview, one default per provider, and page', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const path = `/gateways/${gateway}/provider_configs`;
    emulator.store.providerConfigs.get(gateway)?.clear();
    const key = 'sk-proj-abcdefghijklmnopQ3xZ';
    const created = await call(emulator, 'createProviderConfig', 'POST', path, {
      provider_slug: 'openai',
      alias: 'main',
      default_config: true,
      secret: key,
    });
    expect(created.body.result).toMatchObject({
      provider_slug: 'openai',
      alias: 'main',
      secret_preview: 'sk-p...Q3xZ',
      rate_limit_period: 60,
    });
    expect(created.body.result.secret_id).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(created.body)).not.toContain(key);
    const reused = await call(emulator, 'createProviderConfig', 'POST', path, {
      provider_slug: 'openai',
      alias: 'batch',
      default_config: true,
      secret_id: created.body.result.secret_id,
      rate_limit: 60,
      rate_limit_period: 3600,
    });
    expect(reused.body.result).toMatchObject({
      secret_preview: 'sk-p...Q3xZ',
      rate_limit: 60,
      rate_limit_period: 3600,
    });
    const listed = (await call(emulator, 'listProviderConfigs', 'GET', path)).body.result;
    expect(listed.map((c: Body) => [c.alias, c.default_config])).toEqual([
      ['batch', true],
      ['main', false],
    ]);
    const paged = await everyPage(emulator, 'listProviderConfigs', path, 1);
    expect(paged.map((c) => c.alias)).toEqual(['batch', 'main']);

    const refusals = [
      {
        provider_slug: 'openai',
        alias: 'main',
        default_config: false,
        secret: 'sk-another-key-1234',
      },
      { provider_slug: 'openai', alias: 'x', default_config: false, secret_id: 'f'.repeat(32) },
      { provider_slug: 'openai', alias: 'y', default_config: false },
    ];
    for (const body of refusals)
      expect((await call(emulator, 'createProviderConfig', 'POST', path, body)).status).toBe(400);
    expect(
      (await call(emulator, 'listProviderConfigs', 'GET', '/gateways/nope/provider_configs'))
        .status,
    ).toBe(400);
  });
});

describe('gateway URLs', () => {
  it('name the account, the gateway and the provider', async () => {
    const emulator = make();
    const gateway = gatewayWith(emulator.store, () => true);
    const { body } = await call(
      emulator,
      'getGatewayUrl',
      'GET',
      `/gateways/${gateway}/url/workers-ai`,
    );
    expect(body.result).toBe(
      `https://gateway.ai.cloudflare.com/v1/${accountId}/${gateway}/workers-ai`,
    );
    expect((await call(emulator, 'getGatewayUrl', 'GET', '/gateways/nope/url/openai')).status).toBe(
      400,
    );
  });
});
