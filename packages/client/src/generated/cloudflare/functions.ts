// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { operations as Operations } from '@ai-gateway/validators/cloudflare/requests';
import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import { paginate } from '../../core/list.js';
import type { AllowUndefined } from '../../core/optional.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import * as operation from './operations.js';

export type ListGatewaysParams = AllowUndefined<Omit<Operations["listGateways"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listGateways"]['parameters']['query']>>;
export type ListGatewaysResponse = Operations["listGateways"]['responses']["200"]['content']['application/json'];
export type ListGatewaysResult = ListGatewaysResponse["result"];
export type ListGatewaysItem = NonNullable<ListGatewaysResponse["result"]>[number];

/** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
export function listGateways(core: ClientCore, params?: ListGatewaysParams, options?: RequestOptions): PagePromise<ListGatewaysItem, ListGatewaysResponse> {
  return paginate<ListGatewaysItem, ListGatewaysResponse>(core, operation.listGateways, params, options);
}

export type CreateGatewayBody = NonNullable<Operations["createGateway"]['requestBody']>['content']['application/json'];
export type CreateGatewayResponse = Operations["createGateway"]['responses']["200"]['content']['application/json'];
export type CreateGatewayResult = CreateGatewayResponse["result"];

/** Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways` */
export function createGateway(core: ClientCore, body: CreateGatewayBody, options?: RequestOptions): APIPromise<CreateGatewayResult> {
  return core.call(operation.createGateway, undefined, body, options) as APIPromise<CreateGatewayResult>;
}

export type GetGatewayParams = AllowUndefined<Omit<Operations["getGateway"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetGatewayResponse = Operations["getGateway"]['responses']["200"]['content']['application/json'];
export type GetGatewayResult = GetGatewayResponse["result"];

/** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function getGateway(core: ClientCore, params: GetGatewayParams, options?: RequestOptions): APIPromise<GetGatewayResult> {
  return core.call(operation.getGateway, params, undefined, options) as APIPromise<GetGatewayResult>;
}

export type UpdateGatewayParams = AllowUndefined<Omit<Operations["updateGateway"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type UpdateGatewayBody = NonNullable<Operations["updateGateway"]['requestBody']>['content']['application/json'];
export type UpdateGatewayResponse = Operations["updateGateway"]['responses']["200"]['content']['application/json'];
export type UpdateGatewayResult = UpdateGatewayResponse["result"];

/** Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function updateGateway(core: ClientCore, params: UpdateGatewayParams, body: UpdateGatewayBody, options?: RequestOptions): APIPromise<UpdateGatewayResult> {
  return core.call(operation.updateGateway, params, body, options) as APIPromise<UpdateGatewayResult>;
}

export type DeleteGatewayParams = AllowUndefined<Omit<Operations["deleteGateway"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type DeleteGatewayResponse = Operations["deleteGateway"]['responses']["200"]['content']['application/json'];
export type DeleteGatewayResult = DeleteGatewayResponse["result"];

/** Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function deleteGateway(core: ClientCore, params: DeleteGatewayParams, options?: RequestOptions): APIPromise<DeleteGatewayResult> {
  return core.call(operation.deleteGateway, params, undefined, options) as APIPromise<DeleteGatewayResult>;
}

export type ListEvaluationTypesParams = AllowUndefined<Omit<Operations["listEvaluationTypes"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listEvaluationTypes"]['parameters']['query']>>;
export type ListEvaluationTypesResponse = Operations["listEvaluationTypes"]['responses']["200"]['content']['application/json'];
export type ListEvaluationTypesResult = ListEvaluationTypesResponse["result"];
export type ListEvaluationTypesItem = NonNullable<ListEvaluationTypesResponse["result"]>[number];

/** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
export function listEvaluationTypes(core: ClientCore, params?: ListEvaluationTypesParams, options?: RequestOptions): PagePromise<ListEvaluationTypesItem, ListEvaluationTypesResponse> {
  return paginate<ListEvaluationTypesItem, ListEvaluationTypesResponse>(core, operation.listEvaluationTypes, params, options);
}

export type ListLogsParams = AllowUndefined<Omit<Operations["listLogs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listLogs"]['parameters']['query']>>;
export type ListLogsResponse = Operations["listLogs"]['responses']["200"]['content']['application/json'];
export type ListLogsResult = ListLogsResponse["result"];
export type ListLogsItem = NonNullable<ListLogsResponse["result"]>[number];

/** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export function listLogs(core: ClientCore, params: ListLogsParams, options?: RequestOptions): PagePromise<ListLogsItem, ListLogsResponse> {
  return paginate<ListLogsItem, ListLogsResponse>(core, operation.listLogs, params, options);
}

export type DeleteLogsParams = AllowUndefined<Omit<Operations["deleteLogs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["deleteLogs"]['parameters']['query']> & { /** Required to send a delete without any filters: it removes every matching log. */ all?: true }>;
export type DeleteLogsResponse = Operations["deleteLogs"]['responses']["200"]['content']['application/json'];
export type DeleteLogsResult = DeleteLogsResponse["success"];

/** Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export function deleteLogs(core: ClientCore, params: DeleteLogsParams, options?: RequestOptions): APIPromise<DeleteLogsResult> {
  return core.call(operation.deleteLogs, params, undefined, options) as APIPromise<DeleteLogsResult>;
}

export type GetLogParams = AllowUndefined<Omit<Operations["getLog"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetLogResponse = Operations["getLog"]['responses']["200"]['content']['application/json'];
export type GetLogResult = GetLogResponse["result"];

/** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export function getLog(core: ClientCore, params: GetLogParams, options?: RequestOptions): APIPromise<GetLogResult> {
  return core.call(operation.getLog, params, undefined, options) as APIPromise<GetLogResult>;
}

export type EditLogParams = AllowUndefined<Omit<Operations["editLog"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type EditLogBody = NonNullable<Operations["editLog"]['requestBody']>['content']['application/json'];
export type EditLogResponse = Operations["editLog"]['responses']["200"]['content']['application/json'];
export type EditLogResult = EditLogResponse["result"];

/** Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export function editLog(core: ClientCore, params: EditLogParams, body: EditLogBody, options?: RequestOptions): APIPromise<EditLogResult> {
  return core.call(operation.editLog, params, body, options) as APIPromise<EditLogResult>;
}

export type GetLogRequestParams = AllowUndefined<Omit<Operations["getLogRequest"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetLogRequestResponse = Operations["getLogRequest"]['responses']["200"]['content']['application/json'];
export type GetLogRequestResult = GetLogRequestResponse;

/** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
export function getLogRequest(core: ClientCore, params: GetLogRequestParams, options?: RequestOptions): APIPromise<GetLogRequestResult> {
  return core.call(operation.getLogRequest, params, undefined, options) as APIPromise<GetLogRequestResult>;
}

export type GetLogResponseParams = AllowUndefined<Omit<Operations["getLogResponse"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetLogResponseResponse = Operations["getLogResponse"]['responses']["200"]['content']['application/json'];
export type GetLogResponseResult = GetLogResponseResponse;

/** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
export function getLogResponse(core: ClientCore, params: GetLogResponseParams, options?: RequestOptions): APIPromise<GetLogResponseResult> {
  return core.call(operation.getLogResponse, params, undefined, options) as APIPromise<GetLogResponseResult>;
}

export type ListDatasetsParams = AllowUndefined<Omit<Operations["listDatasets"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listDatasets"]['parameters']['query']>>;
export type ListDatasetsResponse = Operations["listDatasets"]['responses']["200"]['content']['application/json'];
export type ListDatasetsResult = ListDatasetsResponse["result"];
export type ListDatasetsItem = NonNullable<ListDatasetsResponse["result"]>[number];

/** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export function listDatasets(core: ClientCore, params: ListDatasetsParams, options?: RequestOptions): PagePromise<ListDatasetsItem, ListDatasetsResponse> {
  return paginate<ListDatasetsItem, ListDatasetsResponse>(core, operation.listDatasets, params, options);
}

export type CreateDatasetParams = AllowUndefined<Omit<Operations["createDataset"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateDatasetBody = NonNullable<Operations["createDataset"]['requestBody']>['content']['application/json'];
export type CreateDatasetResponse = Operations["createDataset"]['responses']["200"]['content']['application/json'];
export type CreateDatasetResult = CreateDatasetResponse["result"];

/** Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export function createDataset(core: ClientCore, params: CreateDatasetParams, body: CreateDatasetBody, options?: RequestOptions): APIPromise<CreateDatasetResult> {
  return core.call(operation.createDataset, params, body, options) as APIPromise<CreateDatasetResult>;
}

export type GetDatasetParams = AllowUndefined<Omit<Operations["getDataset"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetDatasetResponse = Operations["getDataset"]['responses']["200"]['content']['application/json'];
export type GetDatasetResult = GetDatasetResponse["result"];

/** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function getDataset(core: ClientCore, params: GetDatasetParams, options?: RequestOptions): APIPromise<GetDatasetResult> {
  return core.call(operation.getDataset, params, undefined, options) as APIPromise<GetDatasetResult>;
}

export type UpdateDatasetParams = AllowUndefined<Omit<Operations["updateDataset"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type UpdateDatasetBody = NonNullable<Operations["updateDataset"]['requestBody']>['content']['application/json'];
export type UpdateDatasetResponse = Operations["updateDataset"]['responses']["200"]['content']['application/json'];
export type UpdateDatasetResult = UpdateDatasetResponse["result"];

/** Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function updateDataset(core: ClientCore, params: UpdateDatasetParams, body: UpdateDatasetBody, options?: RequestOptions): APIPromise<UpdateDatasetResult> {
  return core.call(operation.updateDataset, params, body, options) as APIPromise<UpdateDatasetResult>;
}

export type DeleteDatasetParams = AllowUndefined<Omit<Operations["deleteDataset"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type DeleteDatasetResponse = Operations["deleteDataset"]['responses']["200"]['content']['application/json'];
export type DeleteDatasetResult = DeleteDatasetResponse["result"];

/** Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function deleteDataset(core: ClientCore, params: DeleteDatasetParams, options?: RequestOptions): APIPromise<DeleteDatasetResult> {
  return core.call(operation.deleteDataset, params, undefined, options) as APIPromise<DeleteDatasetResult>;
}

export type ListEvaluationsParams = AllowUndefined<Omit<Operations["listEvaluations"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listEvaluations"]['parameters']['query']>>;
export type ListEvaluationsResponse = Operations["listEvaluations"]['responses']["200"]['content']['application/json'];
export type ListEvaluationsResult = ListEvaluationsResponse["result"];
export type ListEvaluationsItem = NonNullable<ListEvaluationsResponse["result"]>[number];

/** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export function listEvaluations(core: ClientCore, params: ListEvaluationsParams, options?: RequestOptions): PagePromise<ListEvaluationsItem, ListEvaluationsResponse> {
  return paginate<ListEvaluationsItem, ListEvaluationsResponse>(core, operation.listEvaluations, params, options);
}

export type CreateEvaluationParams = AllowUndefined<Omit<Operations["createEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateEvaluationBody = NonNullable<Operations["createEvaluation"]['requestBody']>['content']['application/json'];
export type CreateEvaluationResponse = Operations["createEvaluation"]['responses']["200"]['content']['application/json'];
export type CreateEvaluationResult = CreateEvaluationResponse["result"];

/** Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export function createEvaluation(core: ClientCore, params: CreateEvaluationParams, body: CreateEvaluationBody, options?: RequestOptions): APIPromise<CreateEvaluationResult> {
  return core.call(operation.createEvaluation, params, body, options) as APIPromise<CreateEvaluationResult>;
}

export type GetEvaluationParams = AllowUndefined<Omit<Operations["getEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetEvaluationResponse = Operations["getEvaluation"]['responses']["200"]['content']['application/json'];
export type GetEvaluationResult = GetEvaluationResponse["result"];

/** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export function getEvaluation(core: ClientCore, params: GetEvaluationParams, options?: RequestOptions): APIPromise<GetEvaluationResult> {
  return core.call(operation.getEvaluation, params, undefined, options) as APIPromise<GetEvaluationResult>;
}

export type DeleteEvaluationParams = AllowUndefined<Omit<Operations["deleteEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type DeleteEvaluationResponse = Operations["deleteEvaluation"]['responses']["200"]['content']['application/json'];
export type DeleteEvaluationResult = DeleteEvaluationResponse["result"];

/** Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export function deleteEvaluation(core: ClientCore, params: DeleteEvaluationParams, options?: RequestOptions): APIPromise<DeleteEvaluationResult> {
  return core.call(operation.deleteEvaluation, params, undefined, options) as APIPromise<DeleteEvaluationResult>;
}

export type ListDynamicRoutesParams = AllowUndefined<Omit<Operations["listDynamicRoutes"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listDynamicRoutes"]['parameters']['query']>>;
export type ListDynamicRoutesResponse = Operations["listDynamicRoutes"]['responses']["200"]['content']['application/json'];
export type ListDynamicRoutesResult = ListDynamicRoutesResponse["data"];
export type ListDynamicRoutesItem = NonNullable<ListDynamicRoutesResponse["data"]["routes"]>[number];

/** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export function listDynamicRoutes(core: ClientCore, params: ListDynamicRoutesParams, options?: RequestOptions): PagePromise<ListDynamicRoutesItem, ListDynamicRoutesResponse> {
  return paginate<ListDynamicRoutesItem, ListDynamicRoutesResponse>(core, operation.listDynamicRoutes, params, options);
}

export type CreateDynamicRouteParams = AllowUndefined<Omit<Operations["createDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateDynamicRouteBody = NonNullable<Operations["createDynamicRoute"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteResponse = Operations["createDynamicRoute"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteResult = CreateDynamicRouteResponse["result"];

/** Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export function createDynamicRoute(core: ClientCore, params: CreateDynamicRouteParams, body: CreateDynamicRouteBody, options?: RequestOptions): APIPromise<CreateDynamicRouteResult> {
  return core.call(operation.createDynamicRoute, params, body, options) as APIPromise<CreateDynamicRouteResult>;
}

export type GetDynamicRouteParams = AllowUndefined<Omit<Operations["getDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetDynamicRouteResponse = Operations["getDynamicRoute"]['responses']["200"]['content']['application/json'];
export type GetDynamicRouteResult = GetDynamicRouteResponse["result"];

/** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function getDynamicRoute(core: ClientCore, params: GetDynamicRouteParams, options?: RequestOptions): APIPromise<GetDynamicRouteResult> {
  return core.call(operation.getDynamicRoute, params, undefined, options) as APIPromise<GetDynamicRouteResult>;
}

export type DeleteDynamicRouteParams = AllowUndefined<Omit<Operations["deleteDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type DeleteDynamicRouteResponse = Operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json'];
export type DeleteDynamicRouteResult = DeleteDynamicRouteResponse["result"];

/** Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function deleteDynamicRoute(core: ClientCore, params: DeleteDynamicRouteParams, options?: RequestOptions): APIPromise<DeleteDynamicRouteResult> {
  return core.call(operation.deleteDynamicRoute, params, undefined, options) as APIPromise<DeleteDynamicRouteResult>;
}

export type UpdateDynamicRouteParams = AllowUndefined<Omit<Operations["updateDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type UpdateDynamicRouteBody = NonNullable<Operations["updateDynamicRoute"]['requestBody']>['content']['application/json'];
export type UpdateDynamicRouteResponse = Operations["updateDynamicRoute"]['responses']["200"]['content']['application/json'];
export type UpdateDynamicRouteResult = UpdateDynamicRouteResponse["route"];

/** Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function updateDynamicRoute(core: ClientCore, params: UpdateDynamicRouteParams, body: UpdateDynamicRouteBody, options?: RequestOptions): APIPromise<UpdateDynamicRouteResult> {
  return core.call(operation.updateDynamicRoute, params, body, options) as APIPromise<UpdateDynamicRouteResult>;
}

export type ListDynamicRouteDeploymentsParams = AllowUndefined<Omit<Operations["listDynamicRouteDeployments"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type ListDynamicRouteDeploymentsResponse = Operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json'];
export type ListDynamicRouteDeploymentsResult = ListDynamicRouteDeploymentsResponse["data"];

/** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export function listDynamicRouteDeployments(core: ClientCore, params: ListDynamicRouteDeploymentsParams, options?: RequestOptions): APIPromise<ListDynamicRouteDeploymentsResult> {
  return core.call(operation.listDynamicRouteDeployments, params, undefined, options) as APIPromise<ListDynamicRouteDeploymentsResult>;
}

export type CreateDynamicRouteDeploymentParams = AllowUndefined<Omit<Operations["createDynamicRouteDeployment"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateDynamicRouteDeploymentBody = NonNullable<Operations["createDynamicRouteDeployment"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteDeploymentResponse = Operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteDeploymentResult = CreateDynamicRouteDeploymentResponse["result"];

/** Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export function createDynamicRouteDeployment(core: ClientCore, params: CreateDynamicRouteDeploymentParams, body: CreateDynamicRouteDeploymentBody, options?: RequestOptions): APIPromise<CreateDynamicRouteDeploymentResult> {
  return core.call(operation.createDynamicRouteDeployment, params, body, options) as APIPromise<CreateDynamicRouteDeploymentResult>;
}

export type ListDynamicRouteVersionsParams = AllowUndefined<Omit<Operations["listDynamicRouteVersions"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type ListDynamicRouteVersionsResponse = Operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json'];
export type ListDynamicRouteVersionsResult = ListDynamicRouteVersionsResponse["data"];

/** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export function listDynamicRouteVersions(core: ClientCore, params: ListDynamicRouteVersionsParams, options?: RequestOptions): APIPromise<ListDynamicRouteVersionsResult> {
  return core.call(operation.listDynamicRouteVersions, params, undefined, options) as APIPromise<ListDynamicRouteVersionsResult>;
}

export type CreateDynamicRouteVersionParams = AllowUndefined<Omit<Operations["createDynamicRouteVersion"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateDynamicRouteVersionBody = NonNullable<Operations["createDynamicRouteVersion"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteVersionResponse = Operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteVersionResult = CreateDynamicRouteVersionResponse["result"];

/** Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export function createDynamicRouteVersion(core: ClientCore, params: CreateDynamicRouteVersionParams, body: CreateDynamicRouteVersionBody, options?: RequestOptions): APIPromise<CreateDynamicRouteVersionResult> {
  return core.call(operation.createDynamicRouteVersion, params, body, options) as APIPromise<CreateDynamicRouteVersionResult>;
}

export type GetDynamicRouteVersionParams = AllowUndefined<Omit<Operations["getDynamicRouteVersion"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetDynamicRouteVersionResponse = Operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json'];
export type GetDynamicRouteVersionResult = GetDynamicRouteVersionResponse["result"];

/** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
export function getDynamicRouteVersion(core: ClientCore, params: GetDynamicRouteVersionParams, options?: RequestOptions): APIPromise<GetDynamicRouteVersionResult> {
  return core.call(operation.getDynamicRouteVersion, params, undefined, options) as APIPromise<GetDynamicRouteVersionResult>;
}

export type ListProviderConfigsParams = AllowUndefined<Omit<Operations["listProviderConfigs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listProviderConfigs"]['parameters']['query']>>;
export type ListProviderConfigsResponse = Operations["listProviderConfigs"]['responses']["200"]['content']['application/json'];
export type ListProviderConfigsResult = ListProviderConfigsResponse["result"];
export type ListProviderConfigsItem = NonNullable<ListProviderConfigsResponse["result"]>[number];

/** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export function listProviderConfigs(core: ClientCore, params: ListProviderConfigsParams, options?: RequestOptions): PagePromise<ListProviderConfigsItem, ListProviderConfigsResponse> {
  return paginate<ListProviderConfigsItem, ListProviderConfigsResponse>(core, operation.listProviderConfigs, params, options);
}

export type CreateProviderConfigParams = AllowUndefined<Omit<Operations["createProviderConfig"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type CreateProviderConfigBody = NonNullable<Operations["createProviderConfig"]['requestBody']>['content']['application/json'];
export type CreateProviderConfigResponse = Operations["createProviderConfig"]['responses']["200"]['content']['application/json'];
export type CreateProviderConfigResult = CreateProviderConfigResponse["result"];

/** Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export function createProviderConfig(core: ClientCore, params: CreateProviderConfigParams, body: CreateProviderConfigBody, options?: RequestOptions): APIPromise<CreateProviderConfigResult> {
  return core.call(operation.createProviderConfig, params, body, options) as APIPromise<CreateProviderConfigResult>;
}

export type GetGatewayUrlParams = AllowUndefined<Omit<Operations["getGatewayUrl"]['parameters']['path'], "account_id"> & { account_id?: string }>;
export type GetGatewayUrlResponse = Operations["getGatewayUrl"]['responses']["200"]['content']['application/json'];
export type GetGatewayUrlResult = GetGatewayUrlResponse["result"];

/** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
export function getGatewayUrl(core: ClientCore, params: GetGatewayUrlParams, options?: RequestOptions): APIPromise<GetGatewayUrlResult> {
  return core.call(operation.getGatewayUrl, params, undefined, options) as APIPromise<GetGatewayUrlResult>;
}
