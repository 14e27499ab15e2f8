// GET /api/logs/stats: aggregates over the matching rows, computed as the server's log store does.
import type { components, operations } from '@ai-gateway/validators/bifrost';
import type { OperationHandler } from '../core/types.ts';
import { type LogFilters, matcher, readFilters, totalTokensOf } from './filters.ts';
import type { BifrostStore, LogEntry } from './store.ts';

type LogStats = components['schemas']['LogStats'];
type LogStatsResponse = components['schemas']['LogStatsResponse'];
type StatsQuery = NonNullable<operations['getLogStats']['parameters']['query']>;

/** A row is finished once it is no longer `processing`; only finished rows feed the figures. */
const isFinished = (log: LogEntry) => log.status !== 'processing';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Ids of first attempts that a later fallback rescued. Like the server, this looks at every
 * successful fallback in the time window, whatever the other filters say.
 */
function rescuedRoots(store: BifrostStore, filters: LogFilters): Set<string> {
  const inWindow = matcher(
    {
      start: filters.start,
      end: filters.end,
      lists: [],
      ranges: [],
      missingCostOnly: false,
      contentSearch: undefined,
    },
    store,
  );
  const rescued = new Set<string>();
  for (const log of store.logs)
    if (log.status === 'success' && log.parent_request_id && inWindow(log))
      rescued.add(log.parent_request_id);
  return rescued;
}

/** Direct and semantic cache hits, sent only when some finished row went through the cache. */
function cacheFigures(finished: readonly LogEntry[]): Partial<LogStats> {
  const looked = finished.filter((log) => log.cache_debug);
  if (looked.length === 0) return {};
  const hits = (type: string) => looked.filter((log) => log.cache_debug?.hit_type === type).length;
  return { direct_cache_hits: hits('direct'), semantic_cache_hits: hits('semantic') };
}

export function computeStats(store: BifrostStore, filters: LogFilters): LogStats {
  const matching = store.logs.filter(matcher(filters, store));
  const stats: LogStats = {
    total_requests: matching.length,
    total_tokens: 0,
    total_cost: 0,
    average_latency: 0,
    success_rate: 0,
    user_facing_success_rate: 0,
    user_facing_total_requests: 0,
  };
  if (matching.length === 0) return stats;

  const finished = matching.filter(isFinished);
  // AVG and SUM skip NULLs: rows without a latency or a cost do not count towards them.
  const latencies = finished.flatMap((log) => (log.latency == null ? [] : [log.latency]));
  if (finished.length > 0) {
    stats.total_tokens = sum(finished.map(totalTokensOf));
    stats.total_cost = sum(finished.flatMap((log) => (log.cost == null ? [] : [log.cost])));
    stats.average_latency = latencies.length === 0 ? 0 : sum(latencies) / latencies.length;
    stats.success_rate = percent(
      finished.filter((log) => log.status === 'success').length,
      finished.length,
    );
  }

  // A caller's request is the chain of its attempts: it succeeded if any attempt did.
  const roots = finished.filter((log) => log.fallback_index === 0);
  const rescued = rescuedRoots(store, filters);
  const succeeded = roots.filter((log) => log.status === 'success' || rescued.has(log.id));
  stats.user_facing_total_requests = roots.length;
  stats.user_facing_success_rate = percent(succeeded.length, roots.length);
  stats.cache_hit_rate_total_requests = finished.length;
  return { ...stats, ...cacheFigures(finished) };
}

const getLogStats: OperationHandler<BifrostStore> = ({ query, store, clock }) => {
  const params = query as StatsQuery;
  const filters = readFilters(params, { now: clock.now() });
  const body: LogStatsResponse = { ...computeStats(store, filters), has_previous_period: false };
  const { start, end } = filters;
  // The window of equal length that ends one nanosecond before this one starts.
  if (
    params.compare_to_previous === true &&
    start !== undefined &&
    end !== undefined &&
    end > start
  ) {
    body.previous = computeStats(store, {
      ...filters,
      start: start - (end - start),
      end: start - 1n,
    });
    body.has_previous_period = true;
  }
  return { body };
};

export const statsHandlers = { getLogStats };
