// What the logs tests build on: the published emulator, and a store of hand-made gateways (one
// that keeps no logs, some that do not cache) for checking the seeder against known settings.

import { emptyBillingAccount } from '../../src/emulator/cloudflare/billing.ts';
import { seedLogs } from '../../src/emulator/cloudflare/seed-logs.ts';
import type { CloudflareStore, Gateway } from '../../src/emulator/cloudflare/store.ts';
import type { SeedOptions } from '../../src/emulator/core/types.ts';
import { type CloudflareEmulator, createEmulator } from '../../src/emulator/index.ts';
import { cloudflareBlueprints } from '../../src/generated/fixtures/cloudflare.ts';

export type LogsEmulator = CloudflareEmulator;

export const accountId = '023e105f4ecef8ad9ca31a8372d0c353';

export function handMadeGateways(): Gateway[] {
  const base = cloudflareBlueprints.gateway.example;
  const made = (id: string, settings: Partial<Gateway>): Gateway => ({ ...base, id, ...settings });
  return [
    made('support-bot-prod', { authentication: true, cache_ttl: 300, collect_logs: true }),
    made('support-bot-staging', { authentication: false, cache_ttl: 0, collect_logs: true }),
    made('internal-tools', { authentication: false, cache_ttl: 60, collect_logs: true }),
    made('batch-jobs', { authentication: true, cache_ttl: null, collect_logs: true }),
    made('no-logs', { collect_logs: false }),
  ];
}

/** A store holding only the hand-made gateways and the logs seeded for them. */
export function handMadeStore(options: SeedOptions): CloudflareStore {
  const gateways = handMadeGateways();
  const store: CloudflareStore = {
    accountId: options.accountId,
    ids: { seed: options.seed, issued: 0 },
    gateways: new Map(gateways.map((gateway) => [gateway.id, gateway])),
    logs: new Map(gateways.map((gateway) => [gateway.id, []])),
    datasets: new Map(),
    evaluations: new Map(),
    evaluationTypes: [],
    routes: new Map(),
    providerConfigs: new Map(),
    customProviders: new Map(),
    customProviderCosts: new Map(),
    customDomains: new Map(),
    billing: emptyBillingAccount(),
  };
  seedLogs(store, options);
  return store;
}

export function createLogsEmulator(options: { seed?: number; logs?: number } = {}): LogsEmulator {
  return createEmulator({
    api: 'cloudflare',
    seed: options.seed ?? 7,
    logs: options.logs ?? 1_500,
    accountId,
    now: '2026-11-30T12:00:00.000Z',
  });
}
