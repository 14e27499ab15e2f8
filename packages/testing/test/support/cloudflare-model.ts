// A reference model of a Cloudflare account, written independently of the emulator: plain maps and
// brute-force filtering, started from a copy of the emulator's seeded data.
import type { CloudflareStore } from '../../src/emulator/index.ts';

export interface ModelLog {
  id: string;
  created_at: string;
  provider: string;
  model: string;
  success: boolean;
  cached: boolean;
  cost: number | null;
  tokens_in: number | null;
  tokens_out: number | null;
  duration: number | null;
  feedback: number | null;
}

export type FilterKey =
  | 'provider'
  | 'model'
  | 'success'
  | 'cached'
  | 'cost'
  | 'tokens_in'
  | 'duration'
  | 'feedback';
export interface ModelFilter {
  key: FilterKey;
  operator: 'eq' | 'neq' | 'contains' | 'lt' | 'gt';
  value: readonly (string | number | boolean)[];
}

export interface CloudflareModel {
  gateways: Map<string, { id: string; cache_ttl: number | null }>;
  logs: Map<string, ModelLog[]>;
  datasets: Map<string, Set<string>>;
  evaluations: Map<string, Set<string>>;
  routes: Map<string, Map<string, { name: string; versions: Set<string> }>>;
  providerConfigs: Map<string, Set<string>>;
  /** Custom provider id → its slug and the ids of its cost rules. */
  customProviders: Map<string, { slug: string; costs: Set<string> }>;
  /** By gateway id, the hostnames that serve it. */
  customDomains: Map<string, Set<string>>;
  /** Credits in US cents, and the spending limit as last set (null when there is none). */
  billing: { balance: number; limit: { amount: number } | null; topups: Set<string> };
}

export function modelOf(store: CloudflareStore): CloudflareModel {
  const byGateway = <T>(make: (gatewayId: string) => T) =>
    new Map([...store.gateways.keys()].map((id) => [id, make(id)]));
  return {
    gateways: new Map(
      [...store.gateways.values()].map((g) => [g.id, { id: g.id, cache_ttl: g.cache_ttl ?? null }]),
    ),
    logs: byGateway((id) =>
      (store.logs.get(id) ?? []).map(({ log, hidden }) => ({
        id: log.id,
        created_at: log.created_at,
        provider: log.provider,
        model: log.model,
        success: log.success,
        cached: log.cached,
        cost: log.cost ?? null,
        tokens_in: log.tokens_in ?? null,
        tokens_out: log.tokens_out ?? null,
        duration: log.duration ?? null,
        feedback: hidden.feedback,
      })),
    ),
    datasets: byGateway((id) => new Set(store.datasets.get(id)?.keys() ?? [])),
    evaluations: byGateway((id) => new Set(store.evaluations.get(id)?.keys() ?? [])),
    routes: byGateway(
      (id) =>
        new Map(
          [...(store.routes.get(id)?.values() ?? [])].map((r) => [
            r.id,
            { name: r.name, versions: new Set(r.versions.map((v) => v.version_id)) },
          ]),
        ),
    ),
    providerConfigs: byGateway((id) => new Set(store.providerConfigs.get(id)?.keys() ?? [])),
    customProviders: new Map(
      [...store.customProviders.values()].map((p) => [
        p.id,
        {
          slug: p.slug,
          costs: new Set(
            [...store.customProviderCosts.values()]
              .filter((c) => c.account_provider_id === p.id)
              .map((c) => c.id),
          ),
        },
      ]),
    ),
    customDomains: byGateway((id) => new Set(store.customDomains.get(id)?.keys() ?? [])),
    billing: {
      balance: store.billing.balance,
      limit: store.billing.spendingLimit && { amount: store.billing.spendingLimit.amount },
      topups: new Set(store.billing.topups.keys()),
    },
  };
}

function matchesOne(field: string | number | boolean | null, filter: ModelFilter): boolean {
  const values = filter.value;
  switch (filter.operator) {
    case 'eq':
      return values.some((v) => String(v) === String(field));
    case 'neq':
      return values.every((v) => String(v) !== String(field));
    case 'contains':
      return (
        field !== null &&
        values.some((v) => String(field).toLowerCase().includes(String(v).toLowerCase()))
      );
    case 'lt':
      return field !== null && Number(field) < Number(values[0]);
    case 'gt':
      return field !== null && Number(field) > Number(values[0]);
  }
}

/** The logs every filter selects (filters are combined with AND). */
export const selectLogs = (logs: readonly ModelLog[], filters: readonly ModelFilter[]) =>
  logs.filter((log) => filters.every((filter) => matchesOne(log[filter.key], filter)));

/** Oldest (or newest) first by `created_at`, then by id: the order a bulk delete picks in. */
export function byTime(logs: readonly ModelLog[], direction: 'asc' | 'desc'): ModelLog[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...logs].sort(
    (a, b) =>
      sign * (a.created_at.localeCompare(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
}

/** `filters.key=…&filters.operator=…&filters.value=…`, as the client sends them. */
export function filtersQuery(filters: readonly ModelFilter[]): string {
  const search = new URLSearchParams();
  for (const filter of filters) {
    search.append('filters.key', filter.key);
    search.append('filters.operator', filter.operator);
    for (const value of filter.value) search.append('filters.value', String(value));
  }
  return search.toString();
}
