// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/testing generate)

import {
  listLogsValidators,
  getLogStatsValidators,
  getLogValidators,
} from '@ai-gateway/validators/bifrost/requests';
import type { RouteDescriptor } from '../../emulator/core/routes.ts';

/** Every operation of the bifrost spec, as the emulator matches and checks it. */
export const bifrostRoutes = [
  /** `GET /api/logs` (bifrost) */
  {
    operationId: "listLogs",
    method: "GET",
    path: "/api/logs",
    pathParams: [],
    query: {
      "providers": {"encoding":"comma","kinds":["string"],"list":false},
      "models": {"encoding":"comma","kinds":["string"],"list":false},
      "status": {"encoding":"comma","kinds":["string"],"list":false},
      "objects": {"encoding":"comma","kinds":["string"],"list":false},
      "selected_key_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "virtual_key_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "routing_rule_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "routing_engine_used": {"encoding":"comma","kinds":["string"],"list":false},
      "start_time": {"encoding":"form","kinds":["string"],"list":false},
      "end_time": {"encoding":"form","kinds":["string"],"list":false},
      "min_latency": {"encoding":"form","kinds":["number"],"list":false},
      "max_latency": {"encoding":"form","kinds":["number"],"list":false},
      "min_tokens": {"encoding":"form","kinds":["integer"],"list":false},
      "max_tokens": {"encoding":"form","kinds":["integer"],"list":false},
      "min_cost": {"encoding":"form","kinds":["number"],"list":false},
      "max_cost": {"encoding":"form","kinds":["number"],"list":false},
      "missing_cost_only": {"encoding":"form","kinds":["boolean"],"list":false,"default":false},
      "content_search": {"encoding":"form","kinds":["string"],"list":false},
      "limit": {"encoding":"form","kinds":["integer"],"list":false,"default":50},
      "offset": {"encoding":"form","kinds":["integer"],"list":false,"default":0},
      "sort_by": {"encoding":"form","kinds":["string"],"list":false,"default":"timestamp"},
      "order": {"encoding":"form","kinds":["string"],"list":false,"default":"desc"},
    },
    body: "none",
    successStatus: 200,
    request: listLogsValidators,
  },
  /** `GET /api/logs/stats` (bifrost) */
  {
    operationId: "getLogStats",
    method: "GET",
    path: "/api/logs/stats",
    pathParams: [],
    query: {
      "providers": {"encoding":"comma","kinds":["string"],"list":false},
      "models": {"encoding":"comma","kinds":["string"],"list":false},
      "status": {"encoding":"comma","kinds":["string"],"list":false},
      "objects": {"encoding":"comma","kinds":["string"],"list":false},
      "selected_key_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "virtual_key_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "routing_rule_ids": {"encoding":"comma","kinds":["string"],"list":false},
      "routing_engine_used": {"encoding":"comma","kinds":["string"],"list":false},
      "start_time": {"encoding":"form","kinds":["string"],"list":false},
      "end_time": {"encoding":"form","kinds":["string"],"list":false},
      "min_latency": {"encoding":"form","kinds":["number"],"list":false},
      "max_latency": {"encoding":"form","kinds":["number"],"list":false},
      "min_tokens": {"encoding":"form","kinds":["integer"],"list":false},
      "max_tokens": {"encoding":"form","kinds":["integer"],"list":false},
      "min_cost": {"encoding":"form","kinds":["number"],"list":false},
      "max_cost": {"encoding":"form","kinds":["number"],"list":false},
      "missing_cost_only": {"encoding":"form","kinds":["boolean"],"list":false,"default":false},
      "content_search": {"encoding":"form","kinds":["string"],"list":false},
      "compare_to_previous": {"encoding":"form","kinds":["boolean"],"list":false,"default":false},
    },
    body: "none",
    successStatus: 200,
    request: getLogStatsValidators,
  },
  /** `GET /api/logs/{id}` (bifrost) */
  {
    operationId: "getLog",
    method: "GET",
    path: "/api/logs/{id}",
    pathParams: ["id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getLogValidators,
  },
] as const satisfies readonly RouteDescriptor[];

/** The operationId of every bifrost operation. */
export type BifrostOperationId = (typeof bifrostRoutes)[number]['operationId'];

/** The operationIds, for checks that every operation has a handler. */
export const bifrostOperationIds = ["listLogs", "getLogStats", "getLog"] as const;
