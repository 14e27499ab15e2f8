// Bifrost's own sums for a cost report: totals from GET /api/logs/stats and cost per model and
// provider from GET /api/logs/rankings, so that a report by model or provider reads two small
// answers instead of every log row. Used only when those routes take every filter given.
import type { RequestOptions } from '@ai-gateway/client';
import { bifrostOperations } from '@ai-gateway/client/bifrost';
import type { BifrostTarget } from './targets.ts';

/** The dimensions a ranking row carries. */
export const rankedDimensions = ['model', 'provider'] as const;

export interface StatsGroup {
  keys: Record<string, string>;
  requests: number;
  tokens: number;
  cost_usd: number;
}

export interface StatsReport {
  groups: StatsGroup[];
  total: { requests: number; tokens: number; cost_usd: number };
}

const takes = (operation: { query: Readonly<Record<string, unknown>> }, params: object) =>
  Object.keys(params).every((name) => Object.hasOwn(operation.query, name));

/** Whether the stats and rankings routes answer this grouping and selection directly. */
export function statsAnswer(by: readonly string[], params: Record<string, unknown>): boolean {
  return (
    by.length > 0 &&
    by.every((name) => (rankedDimensions as readonly string[]).includes(name)) &&
    takes(bifrostOperations.getModelRankings, params) &&
    takes(bifrostOperations.getLogStats, params)
  );
}

/** The report from the server's statistics: one ranking row per model and provider, summed by `by`. */
export async function statsReport(
  target: BifrostTarget,
  by: readonly string[],
  params: Record<string, unknown>,
  options: RequestOptions,
): Promise<StatsReport> {
  const [rankings, stats] = await Promise.all([
    target.client.logs.rankings({ ...params, all: true }, options),
    target.client.logs.stats(params, options),
  ]);
  const groups = new Map<string, StatsGroup>();
  for (const row of rankings.rankings) {
    const keys = Object.fromEntries(
      by.map((name) => [name, (name === 'model' ? row.model : row.provider) || '(none)']),
    );
    const id = JSON.stringify(keys);
    const group = groups.get(id) ?? { keys, requests: 0, tokens: 0, cost_usd: 0 };
    group.requests += row.total_requests;
    group.tokens += row.total_tokens;
    group.cost_usd += row.total_cost;
    groups.set(id, group);
  }
  return {
    groups: [...groups.values()],
    total: {
      requests: stats.total_requests,
      tokens: stats.total_tokens,
      cost_usd: stats.total_cost,
    },
  };
}
