// GET /api/logs/dashboard: every figure of the dashboard page over one window and bucket width,
// each section computed as its own route computes it.
import type { components } from '@ai-gateway/validators/bifrost';
import type { OperationHandler } from '../core/types.ts';
import {
  costHistogram,
  latencyHistogram,
  modelHistogram,
  providerHistograms,
  requestHistogram,
  throughputHistogram,
  tokenHistogram,
  windowOf,
} from './histograms.ts';
import { dimensionRankings, modelRankings, rankingLimit } from './rankings.ts';
import { computeStats } from './stats.ts';
import type { BifrostStore } from './store.ts';
import { fromNanos } from './time.ts';

type Dashboard = components['schemas']['Dashboard'];

const getLogDashboard: OperationHandler<BifrostStore> = (context) => {
  const { filters, rows, size } = windowOf(context);
  const { store, clock } = context;
  const limit = rankingLimit(context.query);
  const providers = providerHistograms(rows, size);
  const models = modelHistogram(rows, size);
  const rank = (dimension: Dashboard['dimension_rankings']['team']['dimension']) =>
    dimensionRankings(store, filters, rows, dimension, limit);
  // The emulator keeps no MCP tool logs: that section is empty, in the shapes the server sends.
  const emptyMcp = { buckets: [], bucket_size_seconds: size };
  const body: Dashboard = {
    meta: {
      generated_at: clock.now().toISOString(),
      bucket_size_seconds: size,
      ...(filters.start === undefined ? {} : { start_time: fromNanos(filters.start) }),
      ...(filters.end === undefined ? {} : { end_time: fromNanos(filters.end) }),
    },
    overview: {
      stats: computeStats(store, filters),
      requests: requestHistogram(rows, size),
      tokens: tokenHistogram(rows, size),
      cost: costHistogram(rows, size),
      models,
      latency: latencyHistogram(rows, size),
      throughput: throughputHistogram(rows, size),
    },
    provider_usage: providers,
    model_rankings: { rankings: modelRankings(store, filters, rows, limit), histogram: models },
    dimension_rankings: {
      team: rank('team'),
      user: rank('user'),
      virtual_key: rank('virtual_key'),
      customer: rank('customer'),
      business_unit: rank('business_unit'),
    },
    mcp: { volume: emptyMcp, cost: emptyMcp, top_tools: { tools: [] } },
  };
  return { body };
};

export const dashboardHandlers = { getLogDashboard };
