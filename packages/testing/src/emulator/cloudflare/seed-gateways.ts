// Seeded gateways: production ones, with authentication, rate limits, retries, a Secrets Store
// and some of DLP, guardrails, OpenTelemetry and spend limits; and scratch ones with defaults.
import { settingsFrom } from './gateways.ts';
import { newHexId, newUuid } from './ids.ts';
import {
  between,
  chance,
  dayMs,
  integer,
  iso,
  pick,
  type Random,
  randomText,
  shuffled,
} from './seed-draw.ts';
import { type GatewayTemplate, gatewayTemplates } from './seed-templates.ts';
import type { CloudflareStore, Gateway } from './store.ts';

/** Four to six gateways: at least two production ones, which come first. */
export function chooseGateways(random: Random): GatewayTemplate[] {
  const count = integer(random, 4, 6);
  const production = shuffled(
    random,
    gatewayTemplates.filter((g) => g.production),
  );
  const scratch = shuffled(
    random,
    gatewayTemplates.filter((g) => !g.production),
  );
  const productionCount = Math.min(production.length, integer(random, 2, count - 1));
  return [...production.slice(0, productionCount), ...scratch.slice(0, count - productionCount)];
}

export function seedGateway(
  store: CloudflareStore,
  random: Random,
  template: GatewayTemplate,
  createdAt: number,
  now: number,
): Gateway {
  const prod = template.production;
  const limited = prod || chance(random, 0.2);
  const settings = settingsFrom({
    id: template.id,
    authentication: prod,
    cache_invalidate_on_update: prod,
    cache_ttl: prod ? pick(random, [300, 600, 3600, 86400]) : pick(random, [0, null]),
    collect_logs: prod || chance(random, 0.75),
    rate_limiting_interval: limited ? pick(random, [10, 60, 3600]) : null,
    rate_limiting_limit: limited ? pick(random, [50, 600, 1200, 5000]) : null,
    rate_limiting_technique: limited ? pick(random, ['fixed', 'sliding'] as const) : null,
    log_management: prod ? pick(random, [100_000, 1_000_000, 10_000_000]) : 10_000,
    log_management_strategy: prod ? 'DELETE_OLDEST' : 'STOP_INSERTING',
    retry_backoff: prod ? pick(random, ['constant', 'linear', 'exponential'] as const) : null,
    retry_delay: prod ? pick(random, [100, 250, 500, 1000]) : null,
    retry_max_attempts: prod ? integer(random, 1, 5) : null,
    store_id: prod ? newHexId(store) : null,
    zdr: prod && chance(random, 0.3),
    ...(prod && chance(random, 0.5)
      ? {
          dlp: {
            enabled: true,
            action: pick(random, ['BLOCK', 'FLAG'] as const),
            profiles: [newUuid(store)],
          },
        }
      : {}),
    ...(prod && chance(random, 0.4)
      ? {
          guardrails: {
            prompt: { P1: 'BLOCK', S1: 'BLOCK', S2: 'FLAG' },
            response: { S1: 'BLOCK' },
          },
        }
      : {}),
    ...(prod && chance(random, 0.3)
      ? {
          otel: [
            {
              url: 'https://otlp.eu01.nr-data.net/v1/traces',
              authorization: `Bearer nrak-${randomText(random, 20)}`,
              headers: { 'x-service-name': template.id },
              content_type: 'json' as const,
            },
          ],
        }
      : {}),
    ...(prod && chance(random, 0.4)
      ? {
          spend_limits: {
            enabled: true,
            rules: [
              {
                id: 'monthly-cap',
                enabled: true,
                limitType: 'cost' as const,
                limit: pick(random, [100, 250, 1000]),
                window: 30 * 86_400,
                technique: 'fixed' as const,
              },
            ],
          },
        }
      : {}),
  });
  const created = iso(createdAt);
  const modified = chance(random, 0.6) ? iso(between(random, createdAt, now - dayMs)) : created;
  return {
    id: template.id,
    ...settings,
    is_default: false,
    created_at: created,
    modified_at: modified,
  };
}
