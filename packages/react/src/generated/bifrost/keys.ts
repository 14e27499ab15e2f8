// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

import type * as Api from '@ai-gateway/client/bifrost';
import type { InfiniteData } from '@tanstack/react-query';
import { type Key, type KeySpec, type ListPage, operationKey, rootKey } from '../../runtime/index.js';

/** One page of listLogs: the client's page as plain data. */
export type LogsPage = ListPage<Api.ListLogsItem, Api.ListLogsResponse>;

/** Where each read operation's queries sit in the key tree, from its path in the spec. */
export const keySpecs = {
  listLogs: { operationId: "listLogs", segments: ["logs"] },
  getLogStats: { operationId: "getLogStats", segments: ["logs","stats"] },
  getLog: { operationId: "getLog", segments: ["logs",{"param":"id"}] },
} as const satisfies Record<string, KeySpec>;

/**
 * Query keys of the bifrost API, one function per read operation, grouped like the client's resources.
 * Keys are hierarchical (`['ai-gateway', 'bifrost', ...path, { operation, query? }]`): pass a key's
 * `subtreeOf(key)` to `invalidateQueries` for everything under it. A key built without query
 * parameters also matches, as a filter, every variant of its operation (any filters, page or infinite).
 */
export const bifrostKeys = {
  /** Every query of the bifrost API. */
  all: [rootKey, "bifrost"] as const,
  logs: {
    /** List request logs — `GET /api/logs` */
    list: (params?: Api.ListLogsParams): Key<LogsPage> =>
      operationKey("bifrost", keySpecs.listLogs, params),
    listInfinite: (params?: Api.ListLogsParams): Key<InfiniteData<LogsPage, number>> =>
      operationKey("bifrost", keySpecs.listLogs, params, true),
    /** Aggregate statistics for matching logs — `GET /api/logs/stats` */
    stats: (params?: Api.GetLogStatsParams): Key<Api.GetLogStatsResult> =>
      operationKey("bifrost", keySpecs.getLogStats, params),
    /** Get one complete log record — `GET /api/logs/{id}` */
    get: (params: Api.GetLogParams): Key<Api.GetLogResult> =>
      operationKey("bifrost", keySpecs.getLog, params),
  },
};
