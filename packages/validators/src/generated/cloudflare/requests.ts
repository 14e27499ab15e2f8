/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator } from '../../runtime/validator.js';
import * as compiled from './compiled-requests.js';
import type { operations } from './types.js';

/** For every operation: its parameters (`{ path, query }`) and its JSON request body. */
export const requestValidators = {
  listGateways: {
    params: /* @__PURE__ */ createValidator<operations["listGateways"]['parameters']>("listGateways parameters", compiled.listGateways_params),
  },
  createGateway: {
    params: /* @__PURE__ */ createValidator<operations["createGateway"]['parameters']>("createGateway parameters", compiled.createGateway_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createGateway"]['requestBody']>['content']['application/json']>("createGateway request body", compiled.createGateway_body),
  },
  getGateway: {
    params: /* @__PURE__ */ createValidator<operations["getGateway"]['parameters']>("getGateway parameters", compiled.getGateway_params),
  },
  updateGateway: {
    params: /* @__PURE__ */ createValidator<operations["updateGateway"]['parameters']>("updateGateway parameters", compiled.updateGateway_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["updateGateway"]['requestBody']>['content']['application/json']>("updateGateway request body", compiled.updateGateway_body),
  },
  deleteGateway: {
    params: /* @__PURE__ */ createValidator<operations["deleteGateway"]['parameters']>("deleteGateway parameters", compiled.deleteGateway_params),
  },
  listEvaluationTypes: {
    params: /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['parameters']>("listEvaluationTypes parameters", compiled.listEvaluationTypes_params),
  },
  listLogs: {
    params: /* @__PURE__ */ createValidator<operations["listLogs"]['parameters']>("listLogs parameters", compiled.listLogs_params),
  },
  deleteLogs: {
    params: /* @__PURE__ */ createValidator<operations["deleteLogs"]['parameters']>("deleteLogs parameters", compiled.deleteLogs_params),
  },
  getLog: {
    params: /* @__PURE__ */ createValidator<operations["getLog"]['parameters']>("getLog parameters", compiled.getLog_params),
  },
  editLog: {
    params: /* @__PURE__ */ createValidator<operations["editLog"]['parameters']>("editLog parameters", compiled.editLog_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["editLog"]['requestBody']>['content']['application/json']>("editLog request body", compiled.editLog_body),
  },
  getLogRequest: {
    params: /* @__PURE__ */ createValidator<operations["getLogRequest"]['parameters']>("getLogRequest parameters", compiled.getLogRequest_params),
  },
  getLogResponse: {
    params: /* @__PURE__ */ createValidator<operations["getLogResponse"]['parameters']>("getLogResponse parameters", compiled.getLogResponse_params),
  },
  listDatasets: {
    params: /* @__PURE__ */ createValidator<operations["listDatasets"]['parameters']>("listDatasets parameters", compiled.listDatasets_params),
  },
  createDataset: {
    params: /* @__PURE__ */ createValidator<operations["createDataset"]['parameters']>("createDataset parameters", compiled.createDataset_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createDataset"]['requestBody']>['content']['application/json']>("createDataset request body", compiled.createDataset_body),
  },
  getDataset: {
    params: /* @__PURE__ */ createValidator<operations["getDataset"]['parameters']>("getDataset parameters", compiled.getDataset_params),
  },
  updateDataset: {
    params: /* @__PURE__ */ createValidator<operations["updateDataset"]['parameters']>("updateDataset parameters", compiled.updateDataset_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["updateDataset"]['requestBody']>['content']['application/json']>("updateDataset request body", compiled.updateDataset_body),
  },
  deleteDataset: {
    params: /* @__PURE__ */ createValidator<operations["deleteDataset"]['parameters']>("deleteDataset parameters", compiled.deleteDataset_params),
  },
  listEvaluations: {
    params: /* @__PURE__ */ createValidator<operations["listEvaluations"]['parameters']>("listEvaluations parameters", compiled.listEvaluations_params),
  },
  createEvaluation: {
    params: /* @__PURE__ */ createValidator<operations["createEvaluation"]['parameters']>("createEvaluation parameters", compiled.createEvaluation_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createEvaluation"]['requestBody']>['content']['application/json']>("createEvaluation request body", compiled.createEvaluation_body),
  },
  getEvaluation: {
    params: /* @__PURE__ */ createValidator<operations["getEvaluation"]['parameters']>("getEvaluation parameters", compiled.getEvaluation_params),
  },
  deleteEvaluation: {
    params: /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['parameters']>("deleteEvaluation parameters", compiled.deleteEvaluation_params),
  },
  listDynamicRoutes: {
    params: /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['parameters']>("listDynamicRoutes parameters", compiled.listDynamicRoutes_params),
  },
  createDynamicRoute: {
    params: /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['parameters']>("createDynamicRoute parameters", compiled.createDynamicRoute_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createDynamicRoute"]['requestBody']>['content']['application/json']>("createDynamicRoute request body", compiled.createDynamicRoute_body),
  },
  getDynamicRoute: {
    params: /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['parameters']>("getDynamicRoute parameters", compiled.getDynamicRoute_params),
  },
  deleteDynamicRoute: {
    params: /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['parameters']>("deleteDynamicRoute parameters", compiled.deleteDynamicRoute_params),
  },
  updateDynamicRoute: {
    params: /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['parameters']>("updateDynamicRoute parameters", compiled.updateDynamicRoute_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["updateDynamicRoute"]['requestBody']>['content']['application/json']>("updateDynamicRoute request body", compiled.updateDynamicRoute_body),
  },
  listDynamicRouteDeployments: {
    params: /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['parameters']>("listDynamicRouteDeployments parameters", compiled.listDynamicRouteDeployments_params),
  },
  createDynamicRouteDeployment: {
    params: /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['parameters']>("createDynamicRouteDeployment parameters", compiled.createDynamicRouteDeployment_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createDynamicRouteDeployment"]['requestBody']>['content']['application/json']>("createDynamicRouteDeployment request body", compiled.createDynamicRouteDeployment_body),
  },
  listDynamicRouteVersions: {
    params: /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['parameters']>("listDynamicRouteVersions parameters", compiled.listDynamicRouteVersions_params),
  },
  createDynamicRouteVersion: {
    params: /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['parameters']>("createDynamicRouteVersion parameters", compiled.createDynamicRouteVersion_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createDynamicRouteVersion"]['requestBody']>['content']['application/json']>("createDynamicRouteVersion request body", compiled.createDynamicRouteVersion_body),
  },
  getDynamicRouteVersion: {
    params: /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['parameters']>("getDynamicRouteVersion parameters", compiled.getDynamicRouteVersion_params),
  },
  listProviderConfigs: {
    params: /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['parameters']>("listProviderConfigs parameters", compiled.listProviderConfigs_params),
  },
  createProviderConfig: {
    params: /* @__PURE__ */ createValidator<operations["createProviderConfig"]['parameters']>("createProviderConfig parameters", compiled.createProviderConfig_params),
    body: /* @__PURE__ */ createValidator<NonNullable<operations["createProviderConfig"]['requestBody']>['content']['application/json']>("createProviderConfig request body", compiled.createProviderConfig_body),
  },
  getGatewayUrl: {
    params: /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['parameters']>("getGatewayUrl parameters", compiled.getGatewayUrl_params),
  },
} as const;
