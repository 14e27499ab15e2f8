// Requests the official Cloudflare SDK (`cloudflare` on npm, bench's copy) sends are accepted: each
// AI Gateway method of the SDK is called with the request shape its types document, against the
// emulator, which checks the path, query and body with our spec's compiled request validators
// before anything else. A refusal there (error code 7001) means our spec rejects a real client.
// The SDK is not a dependency of this package; it is loaded from bench, where it is benchmarked.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/emulator/core/routes.ts';
import { createEmulator } from '../../src/emulator/index.ts';
import { cloudflareRoutes } from '../../src/generated/emulator/cloudflare.ts';
import { bodyExample, specOperation } from '../support/spec.ts';

// biome-ignore lint/suspicious/noExplicitAny: the SDK is loaded at run time, untyped here.
type Sdk = any;
const Cloudflare = createRequire(new URL('../../../../bench/package.json', import.meta.url))(
  'cloudflare',
).default as new (
  options: Record<string, unknown>,
) => Sdk;

const example = (operationId: string) =>
  bodyExample('cloudflare', specOperation('cloudflare', operationId).requestBody) as Record<
    string,
    unknown
  >;

interface Sent {
  operationId: string;
  status: number;
  body: unknown;
}

function sdkAgainstEmulator() {
  const emulator = createEmulator({
    api: 'cloudflare',
    seed: 7,
    logs: 120,
    now: '2026-11-30T12:00:00Z',
  });
  const router = createRouter(cloudflareRoutes);
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const match = router.match(request.method, url.pathname.replace(/^\/client\/v4/, ''));
    const response = await emulator.fetch(request);
    const body = await response.clone().json();
    sent.push({
      operationId: typeof match === 'object' ? match.route.operationId : `unrouted ${url}`,
      status: response.status,
      body,
    });
    return response;
  };
  const sdk = new Cloudflare({
    apiToken: 'sdk-test-token',
    baseURL: 'https://api.cloudflare.com/client/v4',
    fetch,
    maxRetries: 0,
  });
  return { emulator, sdk: sdk.aiGateway, sent, account_id: emulator.seed.accountId };
}

describe('requests of the official Cloudflare SDK', () => {
  it('pass the spec for every AI Gateway operation the SDK has', async () => {
    const { emulator, sdk, sent, account_id } = sdkAgainstEmulator();
    const store = emulator.store;
    const [gateway] = [...store.gateways.values()].filter(
      (g) => (store.logs.get(g.id) ?? []).length,
    );
    const gateway_id = gateway?.id as string;
    const account = { account_id };
    const inGateway = { account_id, gateway_id };

    // Gateways and evaluation types.
    await sdk.create({ ...account, ...example('createGateway'), id: 'sdk-made' });
    await sdk.update('sdk-made', { ...account, ...example('updateGateway') });
    await sdk.list({ ...account, page: 1, per_page: 20, search: 'sdk' });
    await sdk.get('sdk-made', account);
    await sdk.evaluationTypes.list({ ...account, page: 1, per_page: 10, order_by: 'name' });

    // Logs: the SDK's filters encoding and its legacy parameters.
    const logId = store.logs.get(gateway_id)?.[0]?.log.id as string;
    await sdk.logs.list(gateway_id, {
      ...account,
      page: 1,
      per_page: 10,
      order_by: 'created_at',
      order_by_direction: 'desc',
      meta_info: true,
      search: 'refund',
      filters: [
        { key: 'cost', operator: 'gt', value: [0.0001] },
        { key: 'provider', operator: 'eq', value: ['openai', 'anthropic'] },
        { key: 'success', operator: 'eq', value: [true] },
      ],
    });
    await sdk.logs.list(gateway_id, {
      ...account,
      min_cost: 0.001,
      cached: false,
      direction: 'asc',
    });
    await sdk.logs.get(logId, inGateway);
    await sdk.logs.edit(logId, { ...inGateway, feedback: 1, score: 80, metadata: { team: 'sdk' } });
    await sdk.logs.request(logId, inGateway);
    await sdk.logs.response(logId, inGateway);
    await sdk.logs.delete(gateway_id, {
      ...account,
      filters: [{ key: 'created_at', operator: 'lt', value: ['2026-11-01T00:00:00Z'] }],
      limit: 100,
      order_by: 'created_at',
      order_by_direction: 'asc',
    });

    // Datasets and evaluations.
    const dataset = await sdk.datasets.create(gateway_id, {
      ...account,
      ...example('createDataset'),
    });
    await sdk.datasets.update(dataset.id, { ...inGateway, ...example('updateDataset') });
    await sdk.datasets.list(gateway_id, {
      ...account,
      page: 1,
      per_page: 20,
      enable: true,
      search: 'a',
    });
    await sdk.datasets.get(dataset.id, inGateway);
    const types = await sdk.evaluationTypes.list({ ...account, per_page: 5 });
    const evaluation = await sdk.evaluations.create(gateway_id, {
      ...account,
      name: 'sdk evaluation',
      dataset_ids: [dataset.id],
      evaluation_type_ids: [types.result[0].id],
    });
    await sdk.evaluations.list(gateway_id, { ...account, page: 1, per_page: 20, processed: false });
    await sdk.evaluations.get(evaluation.id, inGateway);
    await sdk.evaluations.delete(evaluation.id, inGateway);
    await sdk.datasets.delete(dataset.id, inGateway);

    // Dynamic routing.
    const route = await sdk.dynamicRouting.create(gateway_id, {
      ...account,
      ...example('createDynamicRoute'),
      name: 'sdk-route',
    });
    await sdk.dynamicRouting.update(route.id, { ...inGateway, name: 'sdk-route-renamed' });
    await sdk.dynamicRouting.list(gateway_id, account);
    await sdk.dynamicRouting.get(route.id, inGateway);
    await sdk.dynamicRouting.createVersion(route.id, {
      ...inGateway,
      ...example('createDynamicRouteVersion'),
    });
    const versions = await sdk.dynamicRouting.listVersions(route.id, inGateway);
    const versionId = versions.data.versions[0].version_id;
    await sdk.dynamicRouting.getVersion(versionId, { ...inGateway, id: route.id });
    await sdk.dynamicRouting.createDeployment(route.id, { ...inGateway, version_id: versionId });
    await sdk.dynamicRouting.listDeployments(route.id, inGateway);
    await sdk.dynamicRouting.delete(route.id, inGateway);

    // Provider configs, URLs, custom providers.
    const withStore = [...store.gateways.values()].find((g) => g.store_id)?.id ?? gateway_id;
    await sdk.providerConfigs.create(withStore, {
      ...account,
      ...example('createProviderConfig'),
      alias: 'sdk-batch',
    });
    await sdk.providerConfigs.list(withStore, { ...account, page: 1, per_page: 20 });
    await sdk.urls.get('openai', inGateway);
    const provider = await sdk.customProviders.create({
      ...account,
      name: 'SDK Provider',
      slug: 'sdk-provider',
      base_url: 'https://sdk.acme.example/v1',
      description: 'Made by the official SDK',
      enable: true,
      position: 9,
    });
    await sdk.customProviders.list({
      ...account,
      page: 1,
      per_page: 20,
      enable: true,
      search: 'sdk',
    });
    await sdk.customProviders.get(provider.id, account);
    await sdk.customProviders.delete(provider.id, account);

    // Billing: reads first, then the calls that move money.
    await sdk.billing.creditBalance(account);
    await sdk.billing.invoiceHistory({ ...account, type: 'all' });
    await sdk.billing.invoicePreview(account);
    await sdk.billing.usageHistory({
      ...account,
      value_grouping_window: 'day',
      start_time: Date.parse('2026-11-01T00:00:00Z'),
      end_time: Date.parse('2026-11-30T00:00:00Z'),
    });
    const topup = await sdk.billing.topup.create({ ...account, amount: 5000 });
    await sdk.billing.topup.status({ ...account, payment_intent_id: topup.payment_intent_id });
    await sdk.billing.topup.config.create({ ...account, threshold: 1000, amount: 5000 });
    await sdk.billing.topup.config.get(account);
    await sdk.billing.topup.config.delete(account);
    await sdk.billing.spendingLimit.create({
      ...account,
      amount: 10_000,
      duration: 'weekly',
      strategy: 'sliding',
    });
    await sdk.billing.spendingLimit.get(account);
    await sdk.billing.spendingLimit.delete(account);
    await sdk.delete('sdk-made', account);

    const refused = sent.filter((s) => s.status >= 300);
    expect(refused).toEqual([]);
    // The 50 operations the SDK has: all but custom-provider PATCH, the cost rules, custom
    // domains, provider-config PUT and DELETE, and topup/limits.
    const covered = new Set(sent.map((s) => s.operationId));
    const notInSdk = [
      'updateCustomProvider',
      'listCustomProviderCosts',
      'createCustomProviderCost',
      'getCustomProviderCost',
      'updateCustomProviderCost',
      'deleteCustomProviderCost',
      'listCustomDomains',
      'createCustomDomain',
      'getCustomDomain',
      'deleteCustomDomain',
      'updateProviderConfig',
      'deleteProviderConfig',
      'getTopupLimits',
    ];
    expect(
      cloudflareRoutes
        .map((r) => r.operationId)
        .filter((id) => !covered.has(id))
        .sort(),
    ).toEqual(notInSdk.sort());
    expect(covered.size).toBe(50);
  });

  it('would be refused where our spec is stricter than what the SDK lets through', async () => {
    // The check above can fail: a body the SDK types allow but the spec bounds is refused with 7001.
    const { sdk, sent, account_id } = sdkAgainstEmulator();
    await expect(sdk.billing.topup.create({ account_id, amount: 999 })).rejects.toThrow();
    expect(sent).toMatchObject([
      { operationId: 'createTopup', status: 400, body: { errors: [{ code: 7001 }] } },
    ]);
  });
});
