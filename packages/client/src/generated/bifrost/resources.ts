// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import type { ListLogsParams, ListLogsResponse, ListLogsResult, ListLogsItem, GetLogStatsParams, GetLogStatsResponse, GetLogStatsResult, GetLogParams, GetLogResponse, GetLogResult } from './functions.js';
import * as fn from './functions.js';

/** The bifrost API by resource, one method per operation of the spec. */
export interface BifrostResources {
  logs: {
    /** List request logs — `GET /api/logs` */
    list(params?: ListLogsParams, options?: RequestOptions): PagePromise<ListLogsItem, ListLogsResponse>;
    /** Aggregate statistics for matching logs — `GET /api/logs/stats` */
    stats(params?: GetLogStatsParams, options?: RequestOptions): APIPromise<GetLogStatsResult>;
    /** Get one complete log record — `GET /api/logs/{id}` */
    get(params: GetLogParams, options?: RequestOptions): APIPromise<GetLogResult>;
  };
}

export function createResources(core: ClientCore): BifrostResources {
  return {
    logs: {
      list: (params, options) => fn.listLogs(core, params, options),
      stats: (params, options) => fn.getLogStats(core, params, options),
      get: (params, options) => fn.getLog(core, params, options),
    },
  };
}
