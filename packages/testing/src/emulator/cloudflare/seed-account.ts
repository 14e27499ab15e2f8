// The account-wide part of the seeded account, made after the logs because billing follows them:
// custom providers with cost rules (and a provider config on a gateway that uses one), a custom
// domain on a production gateway, and Unified Billing whose credits, top-ups and usage add up with
// the seeded logs' costs. It draws from a generator of its own and issues its ids after all the
// others, so the rest of the account is the same with or without it.
import { createRandom, hashSeed } from '../../fixtures/random.ts';
import type { SeedOptions } from '../core/types.ts';
import { recordTopup } from './billing.ts';
import { customProviderPrefix } from './custom-providers.ts';
import { newHexId, newUuid } from './ids.ts';
import { secretPreview } from './provider-configs.ts';
import { between, chance, dayMs, hourMs, iso, pick, type Random, randomText } from './seed-draw.ts';
import type { CloudflareStore, CustomProvider } from './store.ts';

const providerTemplates = [
  {
    name: 'Acme Inference',
    slug: 'acme-inference',
    base_url: 'https://inference.acme.example/v1',
    description: 'Self-hosted vLLM cluster for support workloads',
    headers: '{"x-acme-team":"support"}',
    rules: [
      { model: 'llama-3.1-70b-instruct', model_rule: 'equals', cost_in: 9e-7, cost_out: 9e-7 },
      { model: 'qwen2.5-', model_rule: 'starts-with', cost_in: 4e-7, cost_out: 1.2e-6 },
    ],
  },
  {
    name: 'Together Mirror',
    slug: 'together-mirror',
    base_url: 'https://together.acme.example/v1',
    beta: true,
    rules: [{ model: 'mixtral', model_rule: 'contains', cost_in: 1.2e-6, cost_out: 1.2e-6 }],
  },
] as const;

const cards = [
  { brand: 'visa', last4: '4242' },
  { brand: 'mastercard', last4: '5454' },
  { brand: 'amex', last4: '0005' },
];

function seedCustomProviders(
  store: CloudflareStore,
  random: Random,
  now: number,
): CustomProvider[] {
  let time = now - 60 * dayMs;
  return providerTemplates.map(({ rules, ...template }, index) => {
    time = between(random, time + dayMs, now - (30 - index) * dayMs);
    const created = iso(time);
    const provider: CustomProvider = {
      id: newUuid(store),
      ...template,
      enable: true,
      beta: 'beta' in template ? template.beta : false,
      position: index + 1,
      created_at: created,
      modified_at: chance(random, 0.5) ? iso(between(random, time, now - dayMs)) : created,
    };
    store.customProviders.set(provider.id, provider);
    for (const rule of rules) {
      const ruleCreated = iso(between(random, time + hourMs, time + 5 * dayMs));
      const cost = {
        id: newUuid(store),
        account_provider_id: provider.id,
        ...rule,
        cost_type: 'tokens',
        enable: true,
        changed_by: 'manual',
        weight: 0,
        created_at: ruleCreated,
        modified_at: ruleCreated,
      };
      store.customProviderCosts.set(cost.id, cost);
    }
    return provider;
  });
}

/** A default config for the first custom provider on the first gateway that stores keys. */
function seedCustomProviderConfig(
  store: CloudflareStore,
  random: Random,
  provider: CustomProvider,
  now: number,
): void {
  const gateway = [...store.gateways.values()].find((g) => g.store_id);
  const configs = gateway && store.providerConfigs.get(gateway.id);
  if (!gateway || !configs) return;
  const config = {
    id: newUuid(store),
    gateway_id: gateway.id,
    provider_slug: `${customProviderPrefix}${provider.slug}`,
    alias: `${provider.slug}-default`,
    default_config: true,
    secret_id: newHexId(store),
    secret_preview: secretPreview(`acme_${randomText(random, 32)}`),
    rate_limit_period: 60,
    modified_at: iso(between(random, Date.parse(provider.created_at), now - dayMs)),
  };
  configs.set(config.id, config);
}

function seedCustomDomain(store: CloudflareStore, random: Random, now: number): void {
  const gateway = [...store.gateways.values()][0];
  if (!gateway) return;
  const created = between(random, Date.parse(gateway.created_at) + dayMs, now - 7 * dayMs);
  const hostname = `${gateway.id.replace(/_/g, '-')}.ai.acme.example`;
  store.customDomains.set(
    gateway.id,
    new Map([
      [
        hostname,
        {
          hostname,
          gateway_id: gateway.id,
          ssl_hostname_id: newUuid(store),
          status: 'active',
          created_at: created,
          // Validation took a few minutes.
          modified_at: created + Math.floor(random() * 10 * 60_000),
        },
      ],
    ]),
  );
}

/**
 * Replays the seeded traffic against the account's credits: a manual top-up before the first
 * request, then an automatic one each time the balance falls below the threshold.
 */
function seedBilling(store: CloudflareStore, random: Random, now: number): void {
  const billing = store.billing;
  billing.paymentMethod = pick(random, cards);
  billing.topupConfig = { threshold: 1000, amount: 5000 };
  billing.spendingLimit = { amount: 25_000, duration: 'monthly', strategy: 'fixed' };
  const usage = [...store.logs.values()]
    .flat()
    .map(({ log }) => ({ time: Date.parse(log.created_at), cents: (log.cost ?? 0) * 100 }))
    .filter((entry) => entry.cents > 0)
    .sort((a, b) => a.time - b.time);
  const first = usage[0]?.time ?? now - dayMs;
  recordTopup(store, 2500, 'manual', first - between(random, hourMs, 2 * dayMs));
  for (const entry of usage) {
    billing.usage.push(entry);
    billing.balance = Math.round((billing.balance - entry.cents) * 100) / 100;
    if (billing.balance < billing.topupConfig.threshold)
      recordTopup(store, billing.topupConfig.amount, 'auto', entry.time + 1);
  }
}

export function seedAccount(store: CloudflareStore, options: SeedOptions): void {
  const random = createRandom(hashSeed(`cloudflare-account:${options.seed}:${options.accountId}`));
  const now = options.now.getTime();
  const [firstProvider] = seedCustomProviders(store, random, now);
  if (firstProvider) seedCustomProviderConfig(store, random, firstProvider, now);
  seedCustomDomain(store, random, now);
  seedBilling(store, random, now);
}
