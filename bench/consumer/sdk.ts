// The ten calls of ours.ts through the official `cloudflare` SDK. Type-checked only, never run.
import Cloudflare from 'cloudflare';

const client = new Cloudflare({ apiToken: 'token' });
const account_id = 'account';
const gateway_id = 'support-bot-prod';
const settings = {
  cache_invalidate_on_update: false,
  cache_ttl: 300,
  collect_logs: true,
  rate_limiting_interval: null,
  rate_limiting_limit: null,
};

export async function tenCalls() {
  const gateways = await client.aiGateway.list({ account_id, per_page: 20 });
  const gateway = await client.aiGateway.get(gateway_id, { account_id });
  const created = await client.aiGateway.create({ account_id, id: 'new-gateway', ...settings });
  const logs = client.aiGateway.logs.list(gateway_id, {
    account_id,
    per_page: 50,
    filters: [{ key: 'cost', operator: 'gt', value: [0.01] }],
  });
  const costs: number[] = [];
  for await (const log of logs) costs.push(log.cost ?? 0);
  const log = await client.aiGateway.logs.get('log-id', { account_id, gateway_id });
  const datasets = await client.aiGateway.datasets.list(gateway_id, { account_id, enable: true });
  const dataset = await client.aiGateway.datasets.create(gateway_id, {
    account_id,
    name: 'expensive',
    enable: true,
    filters: [{ key: 'cost', operator: 'gt', value: [1] }],
  });
  const evaluations = await client.aiGateway.evaluations.list(gateway_id, {
    account_id,
    processed: true,
  });
  const url = await client.aiGateway.urls.get('workers-ai', { account_id, gateway_id });
  const updated = await client.aiGateway.update(gateway_id, {
    account_id,
    ...settings,
    cache_ttl: 60,
  });
  return {
    gateways: gateways.result.map((item) => item.id),
    gateway: gateway.cache_ttl,
    created: created.id,
    costs,
    log: log.model,
    datasets: datasets.result.length,
    dataset: dataset.filters.length,
    evaluations: evaluations.result.map((item) => item.name),
    url: url.length,
    updated: updated.collect_logs,
  };
}
