import { createBifrostClient } from '@ai-gateway/client/bifrost';
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import type { Target } from './targets.ts';

const usd = (value: number | null | undefined) => (value == null ? '—' : `$${value.toFixed(6)}`);
const preview = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
};

/** Walks both APIs the way a cost report would, and returns the report's lines. */
export async function buildReport(target: Target): Promise<string[]> {
  const lines: string[] = [`AI Gateway report — ${target.description}`, ''];
  const cf = createCloudflareClient(target.cloudflare);

  const gateways = await cf.gateways.list({ per_page: 20 });
  lines.push(`Gateways (${gateways.items.length}):`);
  for (const gateway of gateways.items) {
    lines.push(
      `  ${gateway.id.padEnd(24)} logs ${gateway.collect_logs ? 'on ' : 'off'}  cache ttl ${gateway.cache_ttl ?? '—'}s`,
    );
  }
  const gatewayId = target.gatewayId ?? gateways.items[0]?.id;
  if (!gatewayId) return [...lines, '', 'No gateway to read logs from.'];

  lines.push('', `Logs of ${gatewayId} with cost > $0.0001, newest first:`);
  let count = 0;
  let total = 0;
  let firstLogId: string | undefined;
  const logs = cf.logs.list({
    gateway_id: gatewayId,
    per_page: 50,
    filters: [{ key: 'cost', operator: 'gt', value: [0.0001] }],
  });
  for await (const log of logs) {
    count += 1;
    total += log.cost ?? 0;
    firstLogId ??= log.id;
    if (count <= 5) {
      lines.push(
        `  ${log.created_at}  ${log.provider}/${log.model}  ${usd(log.cost)}  ${log.success ? 'ok' : 'failed'}`,
      );
    }
  }
  lines.push(`  ${count} logs, ${usd(total)} in all`);

  if (firstLogId) {
    const where = { gateway_id: gatewayId, id: firstLogId };
    lines.push('', `Log ${firstLogId}:`);
    lines.push(`  request  ${preview(await cf.logs.request(where))}`);
    lines.push(`  response ${preview(await cf.logs.response(where))}`);
    await cf.logs.edit(where, { feedback: 1 });
    lines.push('  feedback set to 👍');
  }

  const bifrost = createBifrostClient(target.bifrost);
  const stats = await bifrost.logs.stats({ status: ['success', 'error'] });
  lines.push(
    '',
    'Bifrost:',
    `  requests ${stats.total_requests}  success ${stats.success_rate.toFixed(1)}%  ` +
      `avg latency ${Math.round(stats.average_latency)} ms  tokens ${stats.total_tokens}  cost ${usd(stats.total_cost)}`,
  );
  return lines;
}
