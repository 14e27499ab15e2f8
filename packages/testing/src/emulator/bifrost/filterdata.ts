// GET /api/logs/filterdata: the distinct values of each requested dimension, for filter menus.
import type { components } from '@ai-gateway/validators/bifrost';
import type { OperationHandler } from '../core/types.ts';
import { splitCommaList } from './filters.ts';
import type { BifrostStore, LogEntry } from './store.ts';

type FilterData = components['schemas']['FilterData'];
type Dimension = keyof FilterData;
type IdName = components['schemas']['IdName'];

/** The store returns at most this many values per dimension. */
const valueLimit = 1000;

/** Distinct values in order of first appearance, newest rows first; `null` when none (Go's nil slice). */
function distinct(values: Iterable<string | null | undefined>, q: string): string[] | null {
  const seen = new Set<string>();
  for (const value of values) if (value?.toLowerCase().includes(q)) seen.add(value);
  return seen.size === 0 ? null : [...seen].slice(0, valueLimit);
}

function pairs(
  logs: readonly LogEntry[],
  pair: (log: LogEntry) => readonly [string | null | undefined, string | null | undefined],
  q: string,
): IdName[] {
  const found = new Map<string, string>();
  for (const log of logs) {
    const [id, name] = pair(log);
    if (id && name && (id.toLowerCase().includes(q) || name.toLowerCase().includes(q)))
      found.set(id, name);
  }
  return [...found].slice(0, valueLimit).map(([id, name]) => ({ id, name }));
}

const orNull = <T>(items: T[]) => (items.length === 0 ? null : items);

function dimensionValues(
  store: BifrostStore,
  q: string,
): { [D in Dimension]-?: () => FilterData[D] } {
  const logs = [...store.logs].reverse();
  const clients = logs.flatMap((log) => {
    const client = store.clients.get(log.id);
    return client ? [client] : [];
  });
  return {
    models: () =>
      distinct(
        logs.map((log) => log.model),
        q,
      ),
    aliases: () =>
      distinct(
        logs.map((log) => log.alias),
        q,
      ),
    selected_keys: () => pairs(logs, (log) => [log.selected_key_id, log.selected_key_name], q),
    virtual_keys: () => pairs(logs, (log) => [log.virtual_key_id, log.virtual_key_name], q),
    routing_rules: () => pairs(logs, (log) => [log.routing_rule_id, log.routing_rule_name], q),
    routing_engines: () =>
      distinct(
        logs.flatMap((log) => log.routing_engines_used ?? []),
        q,
      ),
    stop_reasons: () =>
      distinct(
        logs.map((log) => log.stop_reason),
        q,
      ),
    apps: () =>
      distinct(
        clients.map((client) => client.app),
        q,
      ),
    user_agents: () =>
      distinct(
        clients.map((client) => client.userAgent),
        q,
      ),
    teams: () => orNull(pairs(logs, (log) => [log.team_id, log.team_name], q)),
    customers: () => orNull(pairs(logs, (log) => [log.customer_id, log.customer_name], q)),
    users: () => orNull(pairs(logs, (log) => [log.user_id, log.user_name], q)),
    business_units: () =>
      orNull(pairs(logs, (log) => [log.business_unit_id, log.business_unit_name], q)),
    metadata_keys: () => {
      const keys: Record<string, string[]> = {};
      for (const log of logs)
        for (const [key, value] of Object.entries(log.metadata ?? {})) {
          if (!key.toLowerCase().includes(q) && !String(value).toLowerCase().includes(q)) continue;
          const values = keys[key] ?? [];
          keys[key] = values;
          if (!values.includes(String(value))) values.push(String(value));
        }
      return keys;
    },
  };
}

const getLogFilterData: OperationHandler<BifrostStore> = ({ query, store }) => {
  const all = dimensionValues(
    store,
    String(query.q ?? '')
      .trim()
      .toLowerCase(),
  );
  // Unknown names are dropped; if none is left, every dimension is returned.
  const asked = splitCommaList(query.dimensions as string | undefined).filter(
    (name): name is Dimension => name in all,
  );
  const dimensions = asked.length > 0 ? asked : (Object.keys(all) as Dimension[]);
  const body: FilterData = Object.fromEntries(dimensions.map((name) => [name, all[name]()]));
  return { body };
};

export const filterDataHandlers = { getLogFilterData };
