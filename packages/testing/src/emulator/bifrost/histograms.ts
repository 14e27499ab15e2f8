// The 13 histogram routes: the matching rows (same lenient filters as the list) put into time
// buckets whose width follows from the window, each bucket's figures computed from its rows.
import type { components } from '@ai-gateway/validators/bifrost';
import type { OperationContext, OperationHandler } from '../core/types.ts';
import {
  bucketRows,
  bucketSizeSeconds,
  cachedReadTokens,
  costOfRows,
  groupBy,
  latencyFigures,
  mapGroups,
  namesOf,
  throughputFigures,
  tokenFigures,
} from './buckets.ts';
import { type FilterQuery, filterLogs, type LogFilters, readFilters } from './filters.ts';
import type { BifrostStore, LogEntry } from './store.ts';

type Schemas = components['schemas'];
type HistogramDimension = Schemas['DimensionHistogramFields']['dimension'];

/** The rows a histogram, ranking or dashboard route works on, and its bucket width. */
export function windowOf(context: OperationContext<BifrostStore>) {
  const filters = readFilters(context.query as FilterQuery, { now: context.clock.now() });
  return {
    filters,
    rows: filterLogs(context.store, filters),
    size: bucketSizeSeconds(filters.start, filters.end),
  };
}

const count = (rows: readonly LogEntry[], status: LogEntry['status']) =>
  rows.filter((log) => log.status === status).length;

const outcomes = (rows: readonly LogEntry[]) => ({
  total: rows.length,
  success: count(rows, 'success'),
  error: count(rows, 'error'),
  cancelled: count(rows, 'cancelled'),
});

export function requestHistogram(
  rows: readonly LogEntry[],
  size: number,
): Schemas['RequestHistogram'] {
  return {
    buckets: bucketRows(rows, size).map(({ timestamp, logs }) => {
      const { total, ...rest } = outcomes(logs);
      return { timestamp, count: total, ...rest };
    }),
    bucket_size_seconds: size,
  };
}

export function tokenHistogram(rows: readonly LogEntry[], size: number): Schemas['TokenHistogram'] {
  return {
    buckets: bucketRows(rows, size).map(({ timestamp, logs }) => ({
      timestamp,
      ...tokenFigures(logs),
      cached_read_tokens: cachedReadTokens(logs),
    })),
    bucket_size_seconds: size,
  };
}

const byModel = (logs: readonly LogEntry[]) => groupBy(logs, (log) => log.model);
const byProvider = (logs: readonly LogEntry[]) => groupBy(logs, (log) => log.provider);

export function costHistogram(rows: readonly LogEntry[], size: number): Schemas['CostHistogram'] {
  const buckets = bucketRows(rows, size).map(({ timestamp, logs }) => ({
    timestamp,
    groups: byModel(logs),
    logs,
  }));
  return {
    buckets: buckets.map(({ timestamp, groups, logs }) => ({
      timestamp,
      total_cost: costOfRows(logs),
      by_model: mapGroups(groups, costOfRows),
    })),
    bucket_size_seconds: size,
    models: namesOf(buckets.map((bucket) => bucket.groups)),
  };
}

export function modelHistogram(rows: readonly LogEntry[], size: number): Schemas['ModelHistogram'] {
  const buckets = bucketRows(rows, size).map(({ timestamp, logs }) => ({
    timestamp,
    groups: byModel(logs),
  }));
  return {
    buckets: buckets.map(({ timestamp, groups }) => ({
      timestamp,
      by_model: mapGroups(groups, outcomes),
    })),
    bucket_size_seconds: size,
    models: namesOf(buckets.map((bucket) => bucket.groups)),
  };
}

export function latencyHistogram(
  rows: readonly LogEntry[],
  size: number,
): Schemas['LatencyHistogram'] {
  return {
    buckets: bucketRows(rows, size).map(({ timestamp, logs }) => ({
      timestamp,
      ...latencyFigures(logs),
    })),
    bucket_size_seconds: size,
  };
}

export function throughputHistogram(
  rows: readonly LogEntry[],
  size: number,
): Schemas['ThroughputHistogram'] {
  return {
    buckets: bucketRows(rows, size).map(({ timestamp, logs }) => ({
      timestamp,
      ...throughputFigures(logs),
    })),
    bucket_size_seconds: size,
  };
}

/** A histogram split by a column: each bucket's figure per value, and every value seen. */
function splitHistogram<T>(
  rows: readonly LogEntry[],
  size: number,
  split: (logs: readonly LogEntry[]) => Map<string, LogEntry[]>,
  figure: (logs: LogEntry[]) => T,
) {
  const buckets = bucketRows(rows, size).map(({ timestamp, logs }) => ({
    timestamp,
    logs,
    groups: split(logs),
  }));
  return {
    buckets: buckets.map(({ timestamp, logs, groups }) => ({
      timestamp,
      logs,
      by: mapGroups(groups, figure),
    })),
    names: namesOf(buckets.map((bucket) => bucket.groups)),
  };
}

export function providerHistograms(rows: readonly LogEntry[], size: number) {
  const split = <T>(figure: (logs: LogEntry[]) => T) =>
    splitHistogram(rows, size, byProvider, figure);
  const cost = split(costOfRows);
  const tokens = split(tokenFigures);
  const latency = split(latencyFigures);
  const throughput = split((logs) => throughputFigures(logs));
  const shape = <T>(histogram: ReturnType<typeof split<T>>) => ({
    buckets: histogram.buckets.map(({ timestamp, by }) => ({ timestamp, by_provider: by })),
    bucket_size_seconds: size,
    providers: histogram.names,
  });
  return {
    cost: {
      ...shape(cost),
      buckets: cost.buckets.map(({ timestamp, logs, by }) => ({
        timestamp,
        total_cost: costOfRows(logs),
        by_provider: by,
      })),
    } satisfies Schemas['ProviderCostHistogram'],
    tokens: shape(tokens) satisfies Schemas['ProviderTokenHistogram'],
    latency: shape(latency) satisfies Schemas['ProviderLatencyHistogram'],
    throughput: shape(throughput) satisfies Schemas['ProviderThroughputHistogram'],
  };
}

const dimensionColumn: Readonly<
  Record<HistogramDimension, (log: LogEntry) => string | null | undefined>
> = {
  provider: (log) => log.provider,
  team_id: (log) => log.team_id,
  customer_id: (log) => log.customer_id,
  user_id: (log) => log.user_id,
  business_unit_id: (log) => log.business_unit_id,
};

function dimensionHistogram<T>(
  context: OperationContext<BifrostStore>,
  figure: (logs: LogEntry[]) => T,
) {
  const { rows, size } = windowOf(context);
  const dimension = context.query.dimension as HistogramDimension;
  const histogram = splitHistogram(
    rows,
    size,
    (logs) => groupBy(logs, dimensionColumn[dimension]),
    figure,
  );
  return { histogram, size, dimension };
}

type Builder = (rows: readonly LogEntry[], size: number) => unknown;
const route =
  (build: Builder): OperationHandler<BifrostStore> =>
  (context) => {
    const { rows, size } = windowOf(context);
    return { body: build(rows, size) };
  };
const providerRoute = (pick: keyof ReturnType<typeof providerHistograms>) =>
  route((rows, size) => providerHistograms(rows, size)[pick]);

export const histogramHandlers = {
  getLogHistogram: route(requestHistogram),
  getTokenHistogram: route(tokenHistogram),
  getCostHistogram: route(costHistogram),
  getModelHistogram: route(modelHistogram),
  getLatencyHistogram: route(latencyHistogram),
  getThroughputHistogram: route(throughputHistogram),
  getProviderCostHistogram: providerRoute('cost'),
  getProviderTokenHistogram: providerRoute('tokens'),
  getProviderLatencyHistogram: providerRoute('latency'),
  getProviderThroughputHistogram: providerRoute('throughput'),
  getDimensionCostHistogram: (context) => {
    const { histogram, size, dimension } = dimensionHistogram(context, costOfRows);
    const body: Schemas['DimensionCostHistogram'] = {
      buckets: histogram.buckets.map(({ timestamp, logs, by }) => ({
        timestamp,
        total_cost: costOfRows(logs),
        by_dimension: by,
      })),
      bucket_size_seconds: size,
      dimension,
      dimension_values: histogram.names,
    };
    return { body };
  },
  getDimensionTokenHistogram: (context) => {
    const { histogram, size, dimension } = dimensionHistogram(context, tokenFigures);
    const body: Schemas['DimensionTokenHistogram'] = {
      buckets: histogram.buckets.map(({ timestamp, by }) => ({ timestamp, by_dimension: by })),
      bucket_size_seconds: size,
      dimension,
      dimension_values: histogram.names,
    };
    return { body };
  },
  getDimensionLatencyHistogram: (context) => {
    const { histogram, size, dimension } = dimensionHistogram(context, latencyFigures);
    const body: Schemas['DimensionLatencyHistogram'] = {
      buckets: histogram.buckets.map(({ timestamp, by }) => ({ timestamp, by_dimension: by })),
      bucket_size_seconds: size,
      dimension,
      dimension_values: histogram.names,
    };
    return { body };
  },
} satisfies Record<string, OperationHandler<BifrostStore>>;

export type { LogFilters };
