// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package client)

import type { OperationDescriptor } from '../../core/descriptor.js';
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
  updateProviderConfigValidators,
  deleteProviderConfigValidators,
  getGatewayUrlValidators,
  listCustomProvidersValidators,
  createCustomProviderValidators,
  getCustomProviderValidators,
  deleteCustomProviderValidators,
  updateCustomProviderValidators,
  listCustomProviderCostsValidators,
  createCustomProviderCostValidators,
  getCustomProviderCostValidators,
  deleteCustomProviderCostValidators,
  updateCustomProviderCostValidators,
  listCustomDomainsValidators,
  createCustomDomainValidators,
  getCustomDomainValidators,
  deleteCustomDomainValidators,
  getCreditBalanceValidators,
  getInvoiceHistoryValidators,
  getInvoicePreviewValidators,
  getUsageHistoryValidators,
  getSpendingLimitValidators,
  setSpendingLimitValidators,
  deleteSpendingLimitValidators,
  createTopupValidators,
  getTopupConfigValidators,
  setTopupConfigValidators,
  deleteTopupConfigValidators,
  getTopupLimitsValidators,
  checkTopupStatusValidators,
} from '@ai-gateway/validators/cloudflare/requests';

/** Where the cloudflare API is served unless the client is told otherwise. */
export const serverUrl = 'https://api.cloudflare.com/client/v4';

/** `GET /accounts/{account_id}/ai-gateway/gateways` */
export const listGateways = {
  operationId: 'listGateways',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways',
  pathParams: ['account_id'],
  query: { page: 'form', per_page: 'form', search: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listGatewaysValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways` */
export const createGateway = {
  operationId: 'createGateway',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createGatewayValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
export const getGateway = {
  operationId: 'getGateway',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getGatewayValidators,
} as const satisfies OperationDescriptor;
/** `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` */
export const updateGateway = {
  operationId: 'updateGateway',
  method: 'PUT',
  path: '/accounts/{account_id}/ai-gateway/gateways/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: updateGatewayValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` */
export const deleteGateway = {
  operationId: 'deleteGateway',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteGatewayValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
export const listEvaluationTypes = {
  operationId: 'listEvaluationTypes',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/evaluation-types',
  pathParams: ['account_id'],
  query: { page: 'form', per_page: 'form', order_by: 'form', order_by_direction: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: {
    style: 'page',
    items: 'result',
    total: 'result_info.total_count',
    sizeParam: 'per_page',
    defaultSize: 20,
  },
  request: listEvaluationTypesValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export const listLogs = {
  operationId: 'listLogs',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs',
  pathParams: ['account_id', 'gateway_id'],
  query: {
    search: 'form',
    page: 'form',
    per_page: 'form',
    order_by: 'form',
    order_by_direction: 'form',
    filters: 'dotted',
    meta_info: 'form',
    direction: 'form',
    start_date: 'form',
    end_date: 'form',
    min_cost: 'form',
    max_cost: 'form',
    min_tokens_in: 'form',
    max_tokens_in: 'form',
    min_tokens_out: 'form',
    max_tokens_out: 'form',
    min_total_tokens: 'form',
    max_total_tokens: 'form',
    min_duration: 'form',
    max_duration: 'form',
    feedback: 'form',
    success: 'form',
    cached: 'form',
    model: 'form',
    model_type: 'form',
    provider: 'form',
    request_content_type: 'form',
    response_content_type: 'form',
  },
  dottedFields: { filters: ['key', 'operator', 'value'] },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: {
    style: 'page',
    items: 'result',
    total: 'result_info.total_count',
    sizeParam: 'per_page',
    defaultSize: 20,
  },
  request: listLogsValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export const deleteLogs = {
  operationId: 'deleteLogs',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs',
  pathParams: ['account_id', 'gateway_id'],
  query: { filters: 'dotted', limit: 'form', order_by: 'form', order_by_direction: 'form' },
  dottedFields: { filters: ['key', 'operator', 'value'] },
  body: 'none',
  successStatus: 200,
  unwrap: 'success',
  bulkDelete: { filter: 'filters', confirm: 'all' },
  request: deleteLogsValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export const getLog = {
  operationId: 'getLog',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getLogValidators,
} as const satisfies OperationDescriptor;
/** `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export const editLog = {
  operationId: 'editLog',
  method: 'PATCH',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: editLogValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
export const getLogRequest = {
  operationId: 'getLogRequest',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: '',
  request: getLogRequestValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
export const getLogResponse = {
  operationId: 'getLogResponse',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: '',
  request: getLogResponseValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export const listDatasets = {
  operationId: 'listDatasets',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets',
  pathParams: ['account_id', 'gateway_id'],
  query: { page: 'form', per_page: 'form', name: 'form', enable: 'form', search: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listDatasetsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export const createDataset = {
  operationId: 'createDataset',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets',
  pathParams: ['account_id', 'gateway_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createDatasetValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export const getDataset = {
  operationId: 'getDataset',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getDatasetValidators,
} as const satisfies OperationDescriptor;
/** `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export const updateDataset = {
  operationId: 'updateDataset',
  method: 'PUT',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: updateDatasetValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export const deleteDataset = {
  operationId: 'deleteDataset',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteDatasetValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export const listEvaluations = {
  operationId: 'listEvaluations',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations',
  pathParams: ['account_id', 'gateway_id'],
  query: { page: 'form', per_page: 'form', name: 'form', processed: 'form', search: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listEvaluationsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export const createEvaluation = {
  operationId: 'createEvaluation',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations',
  pathParams: ['account_id', 'gateway_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createEvaluationValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export const getEvaluation = {
  operationId: 'getEvaluation',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getEvaluationValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export const deleteEvaluation = {
  operationId: 'deleteEvaluation',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteEvaluationValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export const listDynamicRoutes = {
  operationId: 'listDynamicRoutes',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes',
  pathParams: ['account_id', 'gateway_id'],
  query: { page: 'form', per_page: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'data',
  pagination: {
    style: 'page',
    items: 'data.routes',
    perPage: 'data.per_page',
    sizeParam: 'per_page',
  },
  request: listDynamicRoutesValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export const createDynamicRoute = {
  operationId: 'createDynamicRoute',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes',
  pathParams: ['account_id', 'gateway_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createDynamicRouteValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export const getDynamicRoute = {
  operationId: 'getDynamicRoute',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getDynamicRouteValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export const deleteDynamicRoute = {
  operationId: 'deleteDynamicRoute',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteDynamicRouteValidators,
} as const satisfies OperationDescriptor;
/** `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export const updateDynamicRoute = {
  operationId: 'updateDynamicRoute',
  method: 'PATCH',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'route',
  request: updateDynamicRouteValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export const listDynamicRouteDeployments = {
  operationId: 'listDynamicRouteDeployments',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'data',
  request: listDynamicRouteDeploymentsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export const createDynamicRouteDeployment = {
  operationId: 'createDynamicRouteDeployment',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createDynamicRouteDeploymentValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export const listDynamicRouteVersions = {
  operationId: 'listDynamicRouteVersions',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'data',
  request: listDynamicRouteVersionsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export const createDynamicRouteVersion = {
  operationId: 'createDynamicRouteVersion',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createDynamicRouteVersionValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
export const getDynamicRouteVersion = {
  operationId: 'getDynamicRouteVersion',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}',
  pathParams: ['account_id', 'gateway_id', 'id', 'version_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getDynamicRouteVersionValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export const listProviderConfigs = {
  operationId: 'listProviderConfigs',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs',
  pathParams: ['account_id', 'gateway_id'],
  query: { page: 'form', per_page: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listProviderConfigsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export const createProviderConfig = {
  operationId: 'createProviderConfig',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs',
  pathParams: ['account_id', 'gateway_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createProviderConfigValidators,
} as const satisfies OperationDescriptor;
/** `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
export const updateProviderConfig = {
  operationId: 'updateProviderConfig',
  method: 'PUT',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: updateProviderConfigValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
export const deleteProviderConfig = {
  operationId: 'deleteProviderConfig',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}',
  pathParams: ['account_id', 'gateway_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteProviderConfigValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
export const getGatewayUrl = {
  operationId: 'getGatewayUrl',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}',
  pathParams: ['account_id', 'gateway_id', 'provider'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getGatewayUrlValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/custom-providers` */
export const listCustomProviders = {
  operationId: 'listCustomProviders',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/custom-providers',
  pathParams: ['account_id'],
  query: { page: 'form', per_page: 'form', beta: 'form', enable: 'form', search: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listCustomProvidersValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/custom-providers` */
export const createCustomProvider = {
  operationId: 'createCustomProvider',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/custom-providers',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createCustomProviderValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export const getCustomProvider = {
  operationId: 'getCustomProvider',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getCustomProviderValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export const deleteCustomProvider = {
  operationId: 'deleteCustomProvider',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteCustomProviderValidators,
} as const satisfies OperationDescriptor;
/** `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export const updateCustomProvider = {
  operationId: 'updateCustomProvider',
  method: 'PATCH',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: updateCustomProviderValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` */
export const listCustomProviderCosts = {
  operationId: 'listCustomProviderCosts',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/costs',
  pathParams: ['account_id'],
  query: {
    page: 'form',
    per_page: 'form',
    enable: 'form',
    account_provider_id: 'form',
    model_rule: 'form',
    cost_type: 'form',
    search: 'form',
  },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listCustomProviderCostsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` */
export const createCustomProviderCost = {
  operationId: 'createCustomProviderCost',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/costs',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createCustomProviderCostValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export const getCustomProviderCost = {
  operationId: 'getCustomProviderCost',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getCustomProviderCostValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export const deleteCustomProviderCost = {
  operationId: 'deleteCustomProviderCost',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteCustomProviderCostValidators,
} as const satisfies OperationDescriptor;
/** `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export const updateCustomProviderCost = {
  operationId: 'updateCustomProviderCost',
  method: 'PATCH',
  path: '/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}',
  pathParams: ['account_id', 'id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: updateCustomProviderCostValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
export const listCustomDomains = {
  operationId: 'listCustomDomains',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains',
  pathParams: ['account_id', 'gateway_id'],
  query: { page: 'form', per_page: 'form', status: 'form', search: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  pagination: { style: 'page', items: 'result', sizeParam: 'per_page', defaultSize: 20 },
  request: listCustomDomainsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
export const createCustomDomain = {
  operationId: 'createCustomDomain',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains',
  pathParams: ['account_id', 'gateway_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: createCustomDomainValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
export const getCustomDomain = {
  operationId: 'getCustomDomain',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}',
  pathParams: ['account_id', 'gateway_id', 'hostname'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getCustomDomainValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
export const deleteCustomDomain = {
  operationId: 'deleteCustomDomain',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}',
  pathParams: ['account_id', 'gateway_id', 'hostname'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteCustomDomainValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` */
export const getCreditBalance = {
  operationId: 'getCreditBalance',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/credit-balance',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getCreditBalanceValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` */
export const getInvoiceHistory = {
  operationId: 'getInvoiceHistory',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-history',
  pathParams: ['account_id'],
  query: { type: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getInvoiceHistoryValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` */
export const getInvoicePreview = {
  operationId: 'getInvoicePreview',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/invoice-preview',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getInvoicePreviewValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/usage-history` */
export const getUsageHistory = {
  operationId: 'getUsageHistory',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/usage-history',
  pathParams: ['account_id'],
  query: { value_grouping_window: 'form', start_time: 'form', end_time: 'form' },
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getUsageHistoryValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export const getSpendingLimit = {
  operationId: 'getSpendingLimit',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/spending-limit',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getSpendingLimitValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export const setSpendingLimit = {
  operationId: 'setSpendingLimit',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/billing/spending-limit',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 201,
  unwrap: 'result',
  confirm: 'confirm',
  request: setSpendingLimitValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export const deleteSpendingLimit = {
  operationId: 'deleteSpendingLimit',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/billing/spending-limit',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  confirm: 'confirm',
  request: deleteSpendingLimitValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/billing/topup` */
export const createTopup = {
  operationId: 'createTopup',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/billing/topup',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  confirm: 'confirm',
  request: createTopupValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/topup/config` */
export const getTopupConfig = {
  operationId: 'getTopupConfig',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/topup/config',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getTopupConfigValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/billing/topup/config` */
export const setTopupConfig = {
  operationId: 'setTopupConfig',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/billing/topup/config',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  confirm: 'confirm',
  request: setTopupConfigValidators,
} as const satisfies OperationDescriptor;
/** `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` */
export const deleteTopupConfig = {
  operationId: 'deleteTopupConfig',
  method: 'DELETE',
  path: '/accounts/{account_id}/ai-gateway/billing/topup/config',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: deleteTopupConfigValidators,
} as const satisfies OperationDescriptor;
/** `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` */
export const getTopupLimits = {
  operationId: 'getTopupLimits',
  method: 'GET',
  path: '/accounts/{account_id}/ai-gateway/billing/topup/limits',
  pathParams: ['account_id'],
  query: {},
  body: 'none',
  successStatus: 200,
  unwrap: 'result',
  request: getTopupLimitsValidators,
} as const satisfies OperationDescriptor;
/** `POST /accounts/{account_id}/ai-gateway/billing/topup/status` */
export const checkTopupStatus = {
  operationId: 'checkTopupStatus',
  method: 'POST',
  path: '/accounts/{account_id}/ai-gateway/billing/topup/status',
  pathParams: ['account_id'],
  query: {},
  body: 'required',
  successStatus: 200,
  unwrap: 'result',
  request: checkTopupStatusValidators,
} as const satisfies OperationDescriptor;

/** Every operation of the cloudflare spec: how to build its request and read its answer. */
export const operations = {
  listGateways,
  createGateway,
  getGateway,
  updateGateway,
  deleteGateway,
  listEvaluationTypes,
  listLogs,
  deleteLogs,
  getLog,
  editLog,
  getLogRequest,
  getLogResponse,
  listDatasets,
  createDataset,
  getDataset,
  updateDataset,
  deleteDataset,
  listEvaluations,
  createEvaluation,
  getEvaluation,
  deleteEvaluation,
  listDynamicRoutes,
  createDynamicRoute,
  getDynamicRoute,
  deleteDynamicRoute,
  updateDynamicRoute,
  listDynamicRouteDeployments,
  createDynamicRouteDeployment,
  listDynamicRouteVersions,
  createDynamicRouteVersion,
  getDynamicRouteVersion,
  listProviderConfigs,
  createProviderConfig,
  updateProviderConfig,
  deleteProviderConfig,
  getGatewayUrl,
  listCustomProviders,
  createCustomProvider,
  getCustomProvider,
  deleteCustomProvider,
  updateCustomProvider,
  listCustomProviderCosts,
  createCustomProviderCost,
  getCustomProviderCost,
  deleteCustomProviderCost,
  updateCustomProviderCost,
  listCustomDomains,
  createCustomDomain,
  getCustomDomain,
  deleteCustomDomain,
  getCreditBalance,
  getInvoiceHistory,
  getInvoicePreview,
  getUsageHistory,
  getSpendingLimit,
  setSpendingLimit,
  deleteSpendingLimit,
  createTopup,
  getTopupConfig,
  setTopupConfig,
  deleteTopupConfig,
  getTopupLimits,
  checkTopupStatus,
};
