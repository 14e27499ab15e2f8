// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/testing generate)

import {
  listGatewaysValidators,
  createGatewayValidators,
  getGatewayValidators,
  updateGatewayValidators,
  deleteGatewayValidators,
  listEvaluationTypesValidators,
  listLogsValidators,
  deleteLogsValidators,
  getLogValidators,
  editLogValidators,
  getLogRequestValidators,
  getLogResponseValidators,
  listDatasetsValidators,
  createDatasetValidators,
  getDatasetValidators,
  updateDatasetValidators,
  deleteDatasetValidators,
  listEvaluationsValidators,
  createEvaluationValidators,
  getEvaluationValidators,
  deleteEvaluationValidators,
  listDynamicRoutesValidators,
  createDynamicRouteValidators,
  getDynamicRouteValidators,
  deleteDynamicRouteValidators,
  updateDynamicRouteValidators,
  listDynamicRouteDeploymentsValidators,
  createDynamicRouteDeploymentValidators,
  listDynamicRouteVersionsValidators,
  createDynamicRouteVersionValidators,
  getDynamicRouteVersionValidators,
  listProviderConfigsValidators,
  createProviderConfigValidators,
  getGatewayUrlValidators,
} from '@ai-gateway/validators/cloudflare/requests';
import type { RouteDescriptor } from '../../emulator/core/routes.ts';

/** Every operation of the cloudflare spec, as the emulator matches and checks it. */
export const cloudflareRoutes = [
  /** `GET /accounts/{account_id}/ai-gateway/gateways` (cloudflare) */
  {
    operationId: "listGateways",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways",
    pathParams: ["account_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false},"search":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listGatewaysValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways` (cloudflare) */
  {
    operationId: "createGateway",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways",
    pathParams: ["account_id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createGatewayValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (cloudflare) */
  {
    operationId: "getGateway",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{id}",
    pathParams: ["account_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getGatewayValidators,
  },
  /** `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (cloudflare) */
  {
    operationId: "updateGateway",
    method: "PUT",
    path: "/accounts/{account_id}/ai-gateway/gateways/{id}",
    pathParams: ["account_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: updateGatewayValidators,
  },
  /** `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (cloudflare) */
  {
    operationId: "deleteGateway",
    method: "DELETE",
    path: "/accounts/{account_id}/ai-gateway/gateways/{id}",
    pathParams: ["account_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: deleteGatewayValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/evaluation-types` (cloudflare) */
  {
    operationId: "listEvaluationTypes",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/evaluation-types",
    pathParams: ["account_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false},"order_by":{"encoding":"form","kinds":["string"],"list":false},"order_by_direction":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listEvaluationTypesValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (cloudflare) */
  {
    operationId: "listLogs",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
    pathParams: ["account_id","gateway_id"],
    query: {"search":{"encoding":"form","kinds":["string"],"list":false},"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false},"order_by":{"encoding":"form","kinds":["string"],"list":false},"order_by_direction":{"encoding":"form","kinds":["string"],"list":false},"filters":{"encoding":"dotted","list":true,"fields":{"key":{"kinds":["string"],"list":false},"operator":{"kinds":["string"],"list":false},"value":{"kinds":["string","number","boolean","null"],"list":true}}},"meta_info":{"encoding":"form","kinds":["boolean"],"list":false},"direction":{"encoding":"form","kinds":["string"],"list":false},"start_date":{"encoding":"form","kinds":["string"],"list":false},"end_date":{"encoding":"form","kinds":["string"],"list":false},"min_cost":{"encoding":"form","kinds":["number"],"list":false},"max_cost":{"encoding":"form","kinds":["number"],"list":false},"min_tokens_in":{"encoding":"form","kinds":["number"],"list":false},"max_tokens_in":{"encoding":"form","kinds":["number"],"list":false},"min_tokens_out":{"encoding":"form","kinds":["number"],"list":false},"max_tokens_out":{"encoding":"form","kinds":["number"],"list":false},"min_total_tokens":{"encoding":"form","kinds":["number"],"list":false},"max_total_tokens":{"encoding":"form","kinds":["number"],"list":false},"min_duration":{"encoding":"form","kinds":["number"],"list":false},"max_duration":{"encoding":"form","kinds":["number"],"list":false},"feedback":{"encoding":"form","kinds":["number"],"list":false},"success":{"encoding":"form","kinds":["boolean"],"list":false},"cached":{"encoding":"form","kinds":["boolean"],"list":false},"model":{"encoding":"form","kinds":["string"],"list":false},"model_type":{"encoding":"form","kinds":["string"],"list":false},"provider":{"encoding":"form","kinds":["string"],"list":false},"request_content_type":{"encoding":"form","kinds":["string"],"list":false},"response_content_type":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listLogsValidators,
  },
  /** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (cloudflare) */
  {
    operationId: "deleteLogs",
    method: "DELETE",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
    pathParams: ["account_id","gateway_id"],
    query: {"filters":{"encoding":"dotted","list":true,"fields":{"key":{"kinds":["string"],"list":false},"operator":{"kinds":["string"],"list":false},"value":{"kinds":["string","number","boolean","null"],"list":true}}},"limit":{"encoding":"form","kinds":["integer"],"list":false},"order_by":{"encoding":"form","kinds":["string"],"list":false},"order_by_direction":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: deleteLogsValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (cloudflare) */
  {
    operationId: "getLog",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getLogValidators,
  },
  /** `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (cloudflare) */
  {
    operationId: "editLog",
    method: "PATCH",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: editLogValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (cloudflare) */
  {
    operationId: "getLogRequest",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getLogRequestValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (cloudflare) */
  {
    operationId: "getLogResponse",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getLogResponseValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (cloudflare) */
  {
    operationId: "listDatasets",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
    pathParams: ["account_id","gateway_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false},"name":{"encoding":"form","kinds":["string"],"list":false},"enable":{"encoding":"form","kinds":["boolean"],"list":false},"search":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listDatasetsValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (cloudflare) */
  {
    operationId: "createDataset",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
    pathParams: ["account_id","gateway_id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createDatasetValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (cloudflare) */
  {
    operationId: "getDataset",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getDatasetValidators,
  },
  /** `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (cloudflare) */
  {
    operationId: "updateDataset",
    method: "PUT",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: updateDatasetValidators,
  },
  /** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (cloudflare) */
  {
    operationId: "deleteDataset",
    method: "DELETE",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: deleteDatasetValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (cloudflare) */
  {
    operationId: "listEvaluations",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
    pathParams: ["account_id","gateway_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false},"name":{"encoding":"form","kinds":["string"],"list":false},"processed":{"encoding":"form","kinds":["boolean"],"list":false},"search":{"encoding":"form","kinds":["string"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listEvaluationsValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (cloudflare) */
  {
    operationId: "createEvaluation",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
    pathParams: ["account_id","gateway_id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createEvaluationValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (cloudflare) */
  {
    operationId: "getEvaluation",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getEvaluationValidators,
  },
  /** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (cloudflare) */
  {
    operationId: "deleteEvaluation",
    method: "DELETE",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: deleteEvaluationValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (cloudflare) */
  {
    operationId: "listDynamicRoutes",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
    pathParams: ["account_id","gateway_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listDynamicRoutesValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (cloudflare) */
  {
    operationId: "createDynamicRoute",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
    pathParams: ["account_id","gateway_id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createDynamicRouteValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (cloudflare) */
  {
    operationId: "getDynamicRoute",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getDynamicRouteValidators,
  },
  /** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (cloudflare) */
  {
    operationId: "deleteDynamicRoute",
    method: "DELETE",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: deleteDynamicRouteValidators,
  },
  /** `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (cloudflare) */
  {
    operationId: "updateDynamicRoute",
    method: "PATCH",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: updateDynamicRouteValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (cloudflare) */
  {
    operationId: "listDynamicRouteDeployments",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: listDynamicRouteDeploymentsValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (cloudflare) */
  {
    operationId: "createDynamicRouteDeployment",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createDynamicRouteDeploymentValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (cloudflare) */
  {
    operationId: "listDynamicRouteVersions",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: listDynamicRouteVersionsValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (cloudflare) */
  {
    operationId: "createDynamicRouteVersion",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
    pathParams: ["account_id","gateway_id","id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createDynamicRouteVersionValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (cloudflare) */
  {
    operationId: "getDynamicRouteVersion",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}",
    pathParams: ["account_id","gateway_id","id","version_id"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getDynamicRouteVersionValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (cloudflare) */
  {
    operationId: "listProviderConfigs",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
    pathParams: ["account_id","gateway_id"],
    query: {"page":{"encoding":"form","kinds":["integer"],"list":false},"per_page":{"encoding":"form","kinds":["integer"],"list":false}},
    body: "none",
    successStatus: 200,
    request: listProviderConfigsValidators,
  },
  /** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (cloudflare) */
  {
    operationId: "createProviderConfig",
    method: "POST",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
    pathParams: ["account_id","gateway_id"],
    query: {},
    body: "required",
    successStatus: 200,
    request: createProviderConfigValidators,
  },
  /** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (cloudflare) */
  {
    operationId: "getGatewayUrl",
    method: "GET",
    path: "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}",
    pathParams: ["account_id","gateway_id","provider"],
    query: {},
    body: "none",
    successStatus: 200,
    request: getGatewayUrlValidators,
  },
] as const satisfies readonly RouteDescriptor[];

/** The operationId of every cloudflare operation. */
export type CloudflareOperationId = (typeof cloudflareRoutes)[number]['operationId'];

/** The operationIds, for checks that every operation has a handler. */
export const cloudflareOperationIds = ["listGateways", "createGateway", "getGateway", "updateGateway", "deleteGateway", "listEvaluationTypes", "listLogs", "deleteLogs", "getLog", "editLog", "getLogRequest", "getLogResponse", "listDatasets", "createDataset", "getDataset", "updateDataset", "deleteDataset", "listEvaluations", "createEvaluation", "getEvaluation", "deleteEvaluation", "listDynamicRoutes", "createDynamicRoute", "getDynamicRoute", "deleteDynamicRoute", "updateDynamicRoute", "listDynamicRouteDeployments", "createDynamicRouteDeployment", "listDynamicRouteVersions", "createDynamicRouteVersion", "getDynamicRouteVersion", "listProviderConfigs", "createProviderConfig", "getGatewayUrl"] as const;
