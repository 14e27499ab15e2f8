// GET /api/logs/rankings and /rankings/by-dimension: usage per model (or team, customer, unit,
// user, virtual key) over the window, with the change against the window of equal length before.
import type { components } from '@ai-gateway/validators/bifrost';
import type { OperationContext, OperationHandler } from '../core/types.ts';
import { costOfRows, groupBy, latencyFigures, sum, throughputFigures } from './buckets.ts';
import { filterLogs, type LogFilters } from './filters.ts';
import { windowOf } from './histograms.ts';
import type { BifrostStore, LogEntry } from './store.ts';

type Schemas = components['schemas'];
type RankingDimension = Schemas['DimensionRankings']['dimension'];

/** The store's row cap for rankings when neither `limit` nor `all` says otherwise. */
const defaultRankingLimit = 100;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);
/** Change in percent; 0 where there is nothing to compare with. */
const change = (now: number, before: number) =>
  before === 0 ? 0 : ((now - before) / before) * 100;

/** The rows of the window just before this one, or `undefined` for an unbounded window. */
function previousRows(store: BifrostStore, filters: LogFilters): LogEntry[] | undefined {
  const { start, end } = filters;
  if (start === undefined || end === undefined || end <= start || filters.requestId)
    return undefined;
  return filterLogs(store, { ...filters, start: start - (end - start), end: start - 1n });
}

function rankingLimit(query: Readonly<Record<string, unknown>>): number | undefined {
  if (query.all === true) return undefined;
  return typeof query.limit === 'number' ? query.limit : defaultRankingLimit;
}

const capped = <T>(rows: T[], limit: number | undefined) =>
  limit === undefined ? rows : rows.slice(0, limit);

interface ModelFigures {
  readonly requests: number;
  readonly success: number;
  readonly tokens: number;
  readonly cost: number;
  readonly latency: number;
  readonly throughput: number;
}

function modelFigures(rows: readonly LogEntry[]): ModelFigures {
  return {
    requests: rows.length,
    success: rows.filter((log) => log.status === 'success').length,
    tokens: sum(rows.map((log) => log.token_usage?.total_tokens ?? 0)),
    cost: costOfRows(rows),
    latency: latencyFigures(rows).avg_latency,
    throughput: throughputFigures(rows, (log) => log.status === 'success').tokens_per_second,
  };
}

const modelKey = (log: LogEntry) => `${log.provider}\u0000${log.model}`;

export function modelRankings(
  store: BifrostStore,
  filters: LogFilters,
  rows: readonly LogEntry[],
  limit: number | undefined,
): Schemas['ModelRankings'] {
  const before = previousRows(store, filters);
  const previous = before && groupBy(before, modelKey);
  const rankings = [...groupBy(rows, modelKey)].map(([key, logs]): Schemas['ModelRanking'] => {
    const now = modelFigures(logs);
    const prior = previous?.get(key);
    const then = prior ? modelFigures(prior) : undefined;
    const first = logs[0] as LogEntry;
    return {
      model: first.model,
      ...(first.canonical_model_name ? { canonical_model_name: first.canonical_model_name } : {}),
      provider: first.provider,
      total_requests: now.requests,
      success_count: now.success,
      success_rate: percent(now.success, now.requests),
      total_tokens: now.tokens,
      total_cost: now.cost,
      avg_latency: now.latency,
      throughput: now.throughput,
      trend: {
        has_previous_period: then !== undefined,
        requests_trend: then ? change(now.requests, then.requests) : 0,
        tokens_trend: then ? change(now.tokens, then.tokens) : 0,
        cost_trend: then ? change(now.cost, then.cost) : 0,
        latency_trend: then ? change(now.latency, then.latency) : 0,
        throughput_trend: then ? change(now.throughput, then.throughput) : 0,
      },
    };
  });
  rankings.sort((a, b) => b.total_requests - a.total_requests || a.model.localeCompare(b.model));
  return { rankings: capped(rankings, limit) };
}

const dimensionColumns: Readonly<
  Record<
    RankingDimension,
    (log: LogEntry) => readonly [id: string | null | undefined, name: string | null | undefined]
  >
> = {
  team: (log) => [log.team_id, log.team_name],
  customer: (log) => [log.customer_id, log.customer_name],
  business_unit: (log) => [log.business_unit_id, log.business_unit_name],
  user: (log) => [log.user_id, log.user_name],
  virtual_key: (log) => [log.virtual_key_id, log.virtual_key_name],
};

export function dimensionRankings(
  store: BifrostStore,
  filters: LogFilters,
  rows: readonly LogEntry[],
  dimension: RankingDimension,
  limit: number | undefined,
): Schemas['DimensionRankings'] {
  const column = dimensionColumns[dimension];
  const idOf = (log: LogEntry) => column(log)[0];
  const before = previousRows(store, filters);
  const previous = before && groupBy(before, idOf);
  const figures = (logs: readonly LogEntry[]) => ({
    requests: logs.length,
    tokens: sum(logs.map((log) => log.token_usage?.total_tokens ?? 0)),
    cost: costOfRows(logs),
  });
  const rankings = [...groupBy(rows, idOf)].map(([id, logs]): Schemas['DimensionRanking'] => {
    const now = figures(logs);
    const prior = previous?.get(id);
    const then = prior ? figures(prior) : undefined;
    const name = column(logs[0] as LogEntry)[1];
    return {
      id,
      ...(name ? { name } : {}),
      total_requests: now.requests,
      total_tokens: now.tokens,
      total_cost: now.cost,
      trend: {
        has_previous_period: then !== undefined,
        requests_trend: then ? change(now.requests, then.requests) : 0,
        tokens_trend: then ? change(now.tokens, then.tokens) : 0,
        cost_trend: then ? change(now.cost, then.cost) : 0,
      },
    };
  });
  rankings.sort((a, b) => b.total_cost - a.total_cost || a.id.localeCompare(b.id));
  return { rankings: capped(rankings, limit), dimension };
}

const rankingsOf = (context: OperationContext<BifrostStore>) => {
  const { filters, rows } = windowOf(context);
  return { filters, rows, limit: rankingLimit(context.query) };
};

export const rankingHandlers = {
  getModelRankings: (context) => {
    const { filters, rows, limit } = rankingsOf(context);
    return { body: modelRankings(context.store, filters, rows, limit) };
  },
  getDimensionRankings: (context) => {
    const { filters, rows, limit } = rankingsOf(context);
    const dimension = context.query.dimension as RankingDimension;
    return { body: dimensionRankings(context.store, filters, rows, dimension, limit) };
  },
} satisfies Record<string, OperationHandler<BifrostStore>>;

export { rankingLimit };
