// The account-wide part of the Cloudflare emulator: custom providers and their cost rules, custom
// domains, provider-config key rotation and removal, and Unified Billing. Every answer, success or
// error, is checked against the spec's schema (checkedFetch).
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index.ts';
import { checkedFetch } from '../support/checked-emulator.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field once their schema check passed
type Body = Record<string, any>;

const now = '2026-11-30T12:00:00Z';
function setup(options: { logs?: number } = {}) {
  const emulator = createEmulator({ api: 'cloudflare', seed: 5, logs: 200, now, ...options });
  const call = checkedFetch(emulator);
  const base = `/client/v4/accounts/${emulator.seed.accountId}/ai-gateway`;
  const send = (method: string, path: string, body?: unknown) =>
    call(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { emulator, store: emulator.store, call: (path: string) => call(`${base}${path}`), send };
}

describe('custom providers', () => {
  it('persist, are refused a second time under the same slug, and can back a provider config', async () => {
    const { call, send, store } = setup();
    const created = await send('POST', '/custom-providers', {
      name: 'Edge Llama',
      slug: 'edge-llama',
      base_url: 'https://llama.edge.acme.example/v1',
    });
    expect(created.status).toBe(200);
    const provider = (created.body as Body).result;
    expect((await call(`/custom-providers/${provider.id}`)).body).toMatchObject({
      result: { slug: 'edge-llama' },
    });
    const again = await send('POST', '/custom-providers', { ...provider, id: undefined });
    expect(again).toMatchObject({ status: 400, body: { success: false } });

    const gateway =
      [...store.gateways.values()].find((g) => g.store_id) ?? [...store.gateways.values()][0];
    const config = (slug: string) =>
      send('POST', `/gateways/${gateway?.id}/provider_configs`, {
        provider_slug: slug,
        alias: `${slug}-key`,
        default_config: false,
        secret: 'acme_0123456789abcdefWXYZ',
      });
    expect((await config('custom-edge-llama')).body).toMatchObject({
      result: { provider_slug: 'custom-edge-llama', secret_preview: 'acme...WXYZ' },
    });
    expect((await config('custom-no-such-provider')).status).toBe(400);
  });

  it('list by position then name, filter, and take their cost rules with them when deleted', async () => {
    const { call, send } = setup();
    const listed = ((await call('/custom-providers')).body as Body).result as Body[];
    expect(listed.map((p) => p.position)).toEqual([...listed.map((p) => p.position)].sort());
    expect(((await call('/custom-providers?beta=true')).body as Body).result).toSatisfy(
      (rows: Body[]) => rows.every((p) => p.beta === true),
    );
    const [first] = listed;
    const rule = await send('POST', '/custom-providers/costs', {
      account_provider_id: first?.id,
      model: 'llama-3.3-70b',
      cost_in: 0.000001,
      token_pricing: { input_cached_tokens: 0.0000005 },
    });
    expect((rule.body as Body).result).toMatchObject({
      model_rule: 'equals',
      cost_type: 'tokens',
      token_pricing: '{"input_cached_tokens":5e-7}',
    });
    const patched = await send(
      'PATCH',
      `/custom-providers/costs/${(rule.body as Body).result.id}`,
      {
        cost_out: 0.000002,
      },
    );
    expect((patched.body as Body).result).toMatchObject({ cost_in: 0.000001, cost_out: 0.000002 });
    // The list applies its model_rule default: rules of other kinds need asking for.
    const equalsOnly = ((await call('/custom-providers/costs?per_page=100')).body as Body).result;
    expect(equalsOnly.every((c: Body) => c.model_rule === 'equals')).toBe(true);

    expect((await send('DELETE', `/custom-providers/${first?.id}`)).status).toBe(200);
    for (const kind of ['equals', 'starts-with', 'contains']) {
      const rows = ((await call(`/custom-providers/costs?model_rule=${kind}`)).body as Body).result;
      expect(rows.filter((c: Body) => c.account_provider_id === first?.id)).toEqual([]);
    }
    expect((await call(`/custom-providers/${first?.id}`)).status).toBe(404);
    expect(
      (
        await send('POST', '/custom-providers/costs', {
          account_provider_id: first?.id,
          model: 'x',
        })
      ).status,
    ).toBe(400);
  });
});

describe('custom domains', () => {
  it('move from initializing to active as they are read, one hostname per account', async () => {
    const { call, send, store } = setup();
    const [gateway, other] = [...store.gateways.keys()];
    const created = await send('POST', `/gateways/${gateway}/custom-domains`, {
      domain: 'llm.acme.example',
      zone_id: '8a1c3e5f7b9d2f4a6c8e0b2d4f6a8c1e',
    });
    expect((created.body as Body).result).toMatchObject({
      status: 'initializing',
      cname_target: expect.stringContaining('.gateway.ai.cloudflare.com'),
    });
    const path = `/gateways/${gateway}/custom-domains/llm.acme.example`;
    const steps = [];
    for (let i = 0; i < 3; i++) steps.push(((await call(path)).body as Body).result.status);
    expect(steps).toEqual(['pending_dcv', 'active', 'active']);
    expect(((await call(path)).body as Body).result.ssl_hostname_id).toEqual(expect.any(String));
    const taken = await send('POST', `/gateways/${other}/custom-domains`, {
      domain: 'llm.acme.example',
      zone_id: '8a1c3e5f7b9d2f4a6c8e0b2d4f6a8c1e',
    });
    expect(taken.status).toBe(400);
    expect((await send('DELETE', path)).status).toBe(200);
    expect((await call(path)).status).toBe(404);
    expect(
      (
        await send('POST', `/gateways/${gateway}/custom-domains`, {
          domain: 'Not A Host',
          zone_id: 'x',
        })
      ).body,
    ).toMatchObject({ errors: [{ code: 7001 }] });
  });
});

describe('provider configs', () => {
  it('rotate the key in place and can be deleted', async () => {
    const { call, send, store } = setup();
    const [gatewayId, configs] =
      [...store.providerConfigs.entries()].find(([, c]) => c.size > 0) ?? [];
    const [config] = [...(configs?.values() ?? [])];
    const path = `/gateways/${gatewayId}/provider_configs/${config?.id}`;
    const rotated = await send('PUT', path, { secret: 'sk-proj-rotated-key-N7tB' });
    expect((rotated.body as Body).result).toMatchObject({
      id: config?.id,
      secret_id: config?.secret_id,
      secret_preview: 'sk-p...N7tB',
    });
    expect((await send('DELETE', path)).status).toBe(200);
    const listed = ((await call(`/gateways/${gatewayId}/provider_configs`)).body as Body).result;
    expect(listed.map((c: Body) => c.id)).not.toContain(config?.id);
    expect((await send('PUT', path, { secret: 'x' })).status).toBe(404);
  });
});

describe('billing', () => {
  it('agrees with the seeded logs: usage sums their costs and the balance is top-ups minus usage', async () => {
    const { call, store } = setup();
    const logCents = [...store.logs.values()]
      .flat()
      .reduce((sum, { log }) => sum + (log.cost ?? 0) * 100, 0);
    const history = (
      (await call('/billing/usage-history?value_grouping_window=day&start_time=0')).body as Body
    ).result.history as Body[];
    const used = history.reduce((sum, day) => sum + day.aggregated_value, 0);
    expect(used).toBeCloseTo(logCents, 0);
    const invoices = ((await call('/billing/invoice-history')).body as Body).result
      .invoices as Body[];
    const bought = invoices.reduce((sum, invoice) => sum + invoice.amount_paid, 0);
    const balance = ((await call('/billing/credit-balance')).body as Body).result.balance;
    expect(balance).toBeCloseTo(bought - logCents, 0);
    // Auto top-up kept the balance above its threshold.
    expect(balance).toBeGreaterThanOrEqual(1000);
    expect(invoices.map((i) => i.created)).toEqual(
      [...invoices.map((i) => i.created)].sort().reverse(),
    );
  });

  it('reads back the spending limit it sets, and removes it', async () => {
    const { call, send } = setup();
    const limit = { amount: 12_345, duration: 'daily', strategy: 'sliding' };
    const set = await send('POST', '/billing/spending-limit', limit);
    expect(set).toMatchObject({ status: 201, body: { result: {}, success: true } });
    expect((await call('/billing/spending-limit')).body).toMatchObject({
      result: { enabled: true, config: limit },
    });
    await send('DELETE', '/billing/spending-limit');
    expect((await call('/billing/spending-limit')).body).toMatchObject({
      result: { enabled: false, config: { amount: null, duration: null, strategy: null } },
    });
  });

  it('needs a manual top-up before a spending limit, and credits the top-up', async () => {
    const { call, send, store } = setup({ logs: 0 });
    store.billing.firstTopupSuccess = false;
    store.billing.invoices = [];
    const limit = { amount: 10_000, duration: 'monthly', strategy: 'fixed' };
    expect((await send('POST', '/billing/spending-limit', limit)).body).toMatchObject({
      errors: [{ code: 1001 }],
      result: null,
    });
    const before = ((await call('/billing/credit-balance')).body as Body).result.balance;
    const topup = ((await send('POST', '/billing/topup', { amount: 2000 })).body as Body).result;
    expect(((await call('/billing/credit-balance')).body as Body).result).toMatchObject({
      balance: before + 2000,
      first_topup_success: true,
    });
    expect(
      (await send('POST', '/billing/topup/status', { payment_intent_id: topup.payment_intent_id }))
        .body,
    ).toMatchObject({ result: { status: 'completed' } });
    expect(
      (await send('POST', '/billing/topup/status', { payment_intent_id: 'in_nope' })).status,
    ).toBe(404);
    expect((await send('POST', '/billing/spending-limit', limit)).status).toBe(201);
    const limits = ((await call('/billing/topup/limits')).body as Body).result;
    expect((await send('POST', '/billing/topup', { amount: limits.max_cents + 1 })).status).toBe(
      400,
    );
    expect(
      (await send('POST', '/billing/topup', { amount: limits.min_cents - 1 })).body,
    ).toMatchObject({
      errors: [{ code: 7001 }],
    });
  });

  it('tops up at once when auto top-up is set above the balance, and turns it off', async () => {
    const { call, send, store } = setup({ logs: 0 });
    const balance = store.billing.balance;
    await send('POST', '/billing/topup/config', { threshold: balance + 1, amount: 1500 });
    expect(((await call('/billing/credit-balance')).body as Body).result).toMatchObject({
      balance: balance + 1500,
      topup_config: { threshold: balance + 1, amount: 1500 },
    });
    const auto = ((await call('/billing/invoice-history?type=auto')).body as Body).result.invoices;
    expect(auto[0]).toMatchObject({ amount_paid: 1500, invoice_origin: 'auto' });
    await send('DELETE', '/billing/topup/config');
    expect(((await call('/billing/topup/config')).body as Body).result).toMatchObject({
      threshold: null,
      amount: null,
    });
  });
});
