// Ten typed calls through @ai-gateway/client: the same ten as sdk.ts makes through the official
// SDK, for the consumer type-check figure. Type-checked only, never run.
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';

const cf = createCloudflareClient({ accountId: 'account', apiToken: 'token' });
const gateway_id = 'support-bot-prod';
const settings = {
  cache_invalidate_on_update: false,
  cache_ttl: 300,
  collect_logs: true,
  rate_limiting_interval: null,
  rate_limiting_limit: null,
};

export async function tenCalls() {
  const gateways = await cf.gateways.list({ per_page: 20 });
  const gateway = await cf.gateways.get({ id: gateway_id });
  const created = await cf.gateways.create({ id: 'new-gateway', ...settings });
  const logs = cf.logs.list({
    gateway_id,
    per_page: 50,
    filters: [{ key: 'cost', operator: 'gt', value: [0.01] }],
  });
  const costs: number[] = [];
  for await (const log of logs) costs.push(log.cost ?? 0);
  const log = await cf.logs.get({ gateway_id, id: 'log-id' });
  const datasets = await cf.datasets.list({ gateway_id, enable: true });
  const dataset = await cf.datasets.create(
    { gateway_id },
    { name: 'expensive', enable: true, filters: [{ key: 'cost', operator: 'gt', value: [1] }] },
  );
  const evaluations = await cf.evaluations.list({ gateway_id, processed: true });
  const url = await cf.urls.get({ gateway_id, provider: 'workers-ai' });
  const updated = await cf.gateways.update({ id: gateway_id }, { ...settings, cache_ttl: 60 });
  return {
    gateways: gateways.items.map((item) => item.id),
    gateway: gateway.cache_ttl,
    created: created.id,
    costs,
    log: log.model,
    datasets: datasets.items.length,
    dataset: dataset.filters.length,
    evaluations: evaluations.items.map((item) => item.name),
    url: url.length,
    updated: updated.collect_logs,
  };
}
