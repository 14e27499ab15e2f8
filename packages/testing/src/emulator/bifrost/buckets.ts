// Time buckets and per-bucket figures, computed from stored rows as the server's log store does.
import type { components } from '@ai-gateway/validators/bifrost';
import type { LogEntry } from './store.ts';
import { fromNanos, timestampNanos } from './time.ts';

type LatencyFigures = components['schemas']['LatencyFigures'];
type ThroughputFigures = components['schemas']['ThroughputFigures'];
type TokenFigures = components['schemas']['TokenFigures'];

const hour = 3600;
const day = 24 * hour;
const nanosPerSecond = 1_000_000_000n;

/** The server's bucket width for a window (handlers/logging.go calculateBucketSize). */
export function bucketSizeSeconds(start: bigint | undefined, end: bigint | undefined): number {
  if (start === undefined || end === undefined) return hour;
  const seconds = Number((end - start) / nanosPerSecond);
  if (seconds >= 365 * day) return 30 * day;
  if (seconds >= 90 * day) return 7 * day;
  if (seconds > 31 * day) return 3 * day;
  if (seconds >= 7 * day) return day;
  if (seconds >= 3 * day) return 8 * hour;
  if (seconds >= day) return hour;
  if (seconds >= 2 * hour) return 600;
  return 60;
}

/** The rows of each bucket that has any, oldest bucket first, keyed by the bucket's start. */
export function bucketRows(rows: readonly LogEntry[], sizeSeconds: number) {
  const size = BigInt(sizeSeconds) * nanosPerSecond;
  const buckets = new Map<bigint, LogEntry[]>();
  for (const log of rows) {
    const at = timestampNanos(log);
    if (at === undefined) continue;
    const start = at - (((at % size) + size) % size);
    const bucket = buckets.get(start) ?? [];
    bucket.push(log);
    buckets.set(start, bucket);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([start, logs]) => ({ timestamp: bucketTime(start), logs }));
}

/** The bucket start as Go writes a whole-second UTC time. */
const bucketTime = (nanos: bigint) => fromNanos(nanos).replace(/\.0+Z$/, 'Z');

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const costOfRows = (rows: readonly LogEntry[]) =>
  sum(rows.flatMap((log) => (log.cost == null ? [] : [log.cost])));

/** Rows grouped by a column, in order of first appearance; rows without a value are left out. */
export function groupBy(
  rows: readonly LogEntry[],
  key: (log: LogEntry) => string | null | undefined,
) {
  const groups = new Map<string, LogEntry[]>();
  for (const log of rows) {
    const value = key(log);
    if (!value) continue;
    const group = groups.get(value) ?? [];
    group.push(log);
    groups.set(value, group);
  }
  return groups;
}

/** Continuous percentile of sorted values (PERCENTILE_CONT). */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * fraction;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (at - low);
}

export function latencyFigures(rows: readonly LogEntry[]): LatencyFigures {
  const latencies = rows
    .flatMap((log) => (log.status === 'processing' || log.latency == null ? [] : [log.latency]))
    .sort((a, b) => a - b);
  return {
    avg_latency: latencies.length === 0 ? 0 : sum(latencies) / latencies.length,
    p90_latency: percentile(latencies, 0.9),
    p95_latency: percentile(latencies, 0.95),
    p99_latency: percentile(latencies, 0.99),
    total_requests: latencies.length,
  };
}

/** Completion tokens over generation time, summed over the finished rows that took any time. */
export function throughputFigures(
  rows: readonly LogEntry[],
  counts: (log: LogEntry) => boolean = (log) => log.status !== 'processing',
): ThroughputFigures {
  const timed = rows.filter((log) => counts(log) && (log.latency ?? 0) > 0);
  const tokens = sum(timed.map((log) => log.token_usage?.completion_tokens ?? 0));
  const seconds = sum(timed.map((log) => log.latency ?? 0)) / 1000;
  return {
    tokens_per_second: seconds === 0 ? 0 : tokens / seconds,
    total_completion_tokens: tokens,
    total_requests: timed.length,
  };
}

export function tokenFigures(rows: readonly LogEntry[]): TokenFigures {
  const prompt = sum(rows.map((log) => log.token_usage?.prompt_tokens ?? 0));
  const completion = sum(rows.map((log) => log.token_usage?.completion_tokens ?? 0));
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: sum(rows.map((log) => log.token_usage?.total_tokens ?? 0)),
  };
}

export const cachedReadTokens = (rows: readonly LogEntry[]) =>
  sum(rows.map((log) => log.token_usage?.prompt_tokens_details?.cached_read_tokens ?? 0));

/** The values of a grouping that appear anywhere, in order of first appearance. */
export const namesOf = (groups: readonly Map<string, unknown>[]) => [
  ...new Set(groups.flatMap((group) => [...group.keys()])),
];

/** A map of each group to a figure. */
export const mapGroups = <T>(groups: Map<string, LogEntry[]>, figure: (rows: LogEntry[]) => T) =>
  Object.fromEntries([...groups].map(([name, rows]) => [name, figure(rows)]));
