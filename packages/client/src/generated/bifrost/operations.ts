// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { OperationDescriptor } from '../../core/descriptor.js';
import { listLogsValidators, getLogStatsValidators, getLogValidators } from '@ai-gateway/validators/bifrost/requests';

/** Where the bifrost API is served unless the client is told otherwise. */
export const serverUrl = "http://localhost:8080";

/** `GET /api/logs` */
export const listLogs = { "operationId":"listLogs","method":"GET","path":"/api/logs","pathParams":[],"query":{"providers":"comma","models":"comma","status":"comma","objects":"comma","selected_key_ids":"comma","virtual_key_ids":"comma","routing_rule_ids":"comma","routing_engine_used":"comma","start_time":"form","end_time":"form","min_latency":"form","max_latency":"form","min_tokens":"form","max_tokens":"form","min_cost":"form","max_cost":"form","missing_cost_only":"form","content_search":"form","limit":"form","offset":"form","sort_by":"form","order":"form"},"body":"none","successStatus":200,"unwrap":"","pagination":{"style":"offset","items":"logs","total":"pagination.total_count","sizeParam":"limit","defaultSize":50}, request: listLogsValidators } as const satisfies OperationDescriptor;
/** `GET /api/logs/stats` */
export const getLogStats = { "operationId":"getLogStats","method":"GET","path":"/api/logs/stats","pathParams":[],"query":{"providers":"comma","models":"comma","status":"comma","objects":"comma","selected_key_ids":"comma","virtual_key_ids":"comma","routing_rule_ids":"comma","routing_engine_used":"comma","start_time":"form","end_time":"form","min_latency":"form","max_latency":"form","min_tokens":"form","max_tokens":"form","min_cost":"form","max_cost":"form","missing_cost_only":"form","content_search":"form","compare_to_previous":"form"},"body":"none","successStatus":200,"unwrap":"", request: getLogStatsValidators } as const satisfies OperationDescriptor;
/** `GET /api/logs/{id}` */
export const getLog = { "operationId":"getLog","method":"GET","path":"/api/logs/{id}","pathParams":["id"],"query":{},"body":"none","successStatus":200,"unwrap":"", request: getLogValidators } as const satisfies OperationDescriptor;

/** Every operation of the bifrost spec: how to build its request and read its answer. */
export const operations = { listLogs, getLogStats, getLog };
