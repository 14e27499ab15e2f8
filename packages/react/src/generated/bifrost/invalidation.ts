// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type { InvalidationTarget } from '../../runtime/index.js';

/**
 * What each write operation of the bifrost API invalidates, from its `x-invalidates` in the spec:
 * read operations whose queries hold data the write changes, the path parameters that must match
 * (the others and all query parameters match anything), and whether the subtree under them goes too.
 */
export const bifrostInvalidations = {
  deleteLogs: [
    { operationId: 'listLogs', params: [] },
    { operationId: 'getLogStats', params: [] },
    { operationId: 'getLog', params: [] },
    { operationId: 'getLogSession', params: [] },
    { operationId: 'getLogSessionSummary', params: [] },
    { operationId: 'getLogHistogram', params: [] },
    { operationId: 'getTokenHistogram', params: [] },
    { operationId: 'getCostHistogram', params: [] },
    { operationId: 'getModelHistogram', params: [] },
    { operationId: 'getLatencyHistogram', params: [] },
    { operationId: 'getThroughputHistogram', params: [] },
    { operationId: 'getProviderCostHistogram', params: [] },
    { operationId: 'getProviderTokenHistogram', params: [] },
    { operationId: 'getProviderLatencyHistogram', params: [] },
    { operationId: 'getProviderThroughputHistogram', params: [] },
    { operationId: 'getDimensionCostHistogram', params: [] },
    { operationId: 'getDimensionTokenHistogram', params: [] },
    { operationId: 'getDimensionLatencyHistogram', params: [] },
    { operationId: 'getLogFilterData', params: [] },
    { operationId: 'getModelRankings', params: [] },
    { operationId: 'getDimensionRankings', params: [] },
    { operationId: 'getLogDashboard', params: [] },
  ],
  createUserAgentMapping: [{ operationId: 'listUserAgentMappings', params: [] }],
  updateUserAgentMapping: [{ operationId: 'listUserAgentMappings', params: [] }],
  deleteUserAgentMapping: [{ operationId: 'listUserAgentMappings', params: [] }],
  recalculateLogCosts: [{ operationId: 'getRecalculateCostStatus', params: [] }],
  cancelRecalculateCost: [{ operationId: 'getRecalculateCostStatus', params: [] }],
} as const satisfies Record<string, readonly InvalidationTarget[]>;

export const invalidations: Readonly<
  Record<keyof typeof bifrostInvalidations, readonly InvalidationTarget[]>
> = bifrostInvalidations;
