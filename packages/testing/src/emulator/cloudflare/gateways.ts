// Gateways: the account's top-level objects. Their id is the slug chosen at creation; every other
// resource hangs off one, so deleting a gateway deletes all of it.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest } from './errors.ts';
import { gatewayOf, mentions, newestFirst, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, Gateway } from './store.ts';

type GatewayCreate = components['schemas']['GatewayCreate'];
type GatewayUpdate = components['schemas']['GatewayUpdate'];
type Settings = Omit<Gateway, 'id' | 'is_default' | 'created_at' | 'modified_at'>;

/**
 * What each setting is when a create, or a replacing PUT, leaves it out. `undefined` settings are
 * not shown until set (their schemas do not allow null). The required ones never fall back.
 */
const settingDefaults: { [K in keyof Required<Settings>]: Settings[K] | undefined } = {
  authentication: false,
  cache_invalidate_on_update: false,
  cache_ttl: null,
  collect_logs: true,
  log_management: null,
  log_management_strategy: null,
  logpush: false,
  logpush_public_key: null,
  rate_limiting_interval: null,
  rate_limiting_limit: null,
  rate_limiting_technique: null,
  retry_backoff: null,
  retry_delay: null,
  retry_max_attempts: null,
  store_id: null,
  workers_ai_billing_mode: 'postpaid',
  zdr: false,
  log_classification: undefined,
  dlp: undefined,
  guardrails: null,
  otel: null,
  spend_limits: null,
  stripe: null,
};

/** The stored settings for a request body: what it sends, the defaults for the rest. */
export function settingsFrom(body: GatewayCreate | GatewayUpdate): Settings {
  const sent = body as Partial<Record<keyof Settings, unknown>>;
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(settingDefaults) as (keyof Settings)[]) {
    const value = sent[key] !== undefined ? sent[key] : settingDefaults[key];
    if (value !== undefined) settings[key] = value;
  }
  // Turning rate limiting on without naming a technique gets the dashboard's default window.
  const limited = settings.rate_limiting_interval != null && settings.rate_limiting_limit != null;
  if (limited && sent.rate_limiting_technique === undefined)
    settings.rate_limiting_technique = 'fixed';
  return settings as Settings;
}

/** Removes a gateway and everything stored under it. */
function deleteGatewayTree(store: CloudflareStore, gatewayId: string): void {
  store.gateways.delete(gatewayId);
  store.logs.delete(gatewayId);
  store.datasets.delete(gatewayId);
  store.evaluations.delete(gatewayId);
  store.routes.delete(gatewayId);
  store.providerConfigs.delete(gatewayId);
  store.customDomains.delete(gatewayId);
}

export const gatewayHandlers = {
  listGateways({ store, query }) {
    const search = typeof query.search === 'string' ? query.search : '';
    const matching = newestFirst(store.gateways.values()).filter((g) => mentions(g.id, search));
    return { body: { result: pageOf(matching, pageRequest(query)), success: true } };
  },

  createGateway({ store, body, clock }) {
    const request = body as GatewayCreate;
    if (store.gateways.has(request.id)) throw badRequest('A gateway with this id already exists');
    const now = clock.now().toISOString();
    const gateway: Gateway = {
      id: request.id,
      ...settingsFrom(request),
      is_default: false,
      created_at: now,
      modified_at: now,
    };
    store.gateways.set(gateway.id, gateway);
    store.logs.set(gateway.id, []);
    return { body: { result: gateway, success: true } };
  },

  getGateway({ store, path }) {
    return { body: { result: gatewayOf(store, path.id), success: true } };
  },

  updateGateway({ store, path, body, clock }) {
    const current = gatewayOf(store, path.id);
    // PUT replaces: the id, the default flag and the creation time are all that carry over.
    const gateway: Gateway = {
      id: current.id,
      ...settingsFrom(body as GatewayUpdate),
      is_default: current.is_default ?? false,
      created_at: current.created_at,
      modified_at: clock.now().toISOString(),
    };
    store.gateways.set(gateway.id, gateway);
    return { body: { result: gateway, success: true } };
  },

  deleteGateway({ store, path }) {
    const gateway = gatewayOf(store, path.id);
    deleteGatewayTree(store, gateway.id);
    return { body: { result: gateway, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
