// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import type { operations } from './types.js';

/** Each JSON response of listGateways, by status. */
export const listGatewaysResponses: {
  "200": Validator<operations["listGateways"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listGateways"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listGateways"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listGateways"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listGateways"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listGateways"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["200"]['content']['application/json']>("listGateways 200 response", compiled.listGateways_200),
  "400": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["400"]['content']['application/json']>("listGateways 400 response", compiled.listGateways_400),
  "401": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["401"]['content']['application/json']>("listGateways 401 response", compiled.listGateways_401),
  "403": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["403"]['content']['application/json']>("listGateways 403 response", compiled.listGateways_403),
  "429": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["429"]['content']['application/json']>("listGateways 429 response", compiled.listGateways_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["5XX"]['content']['application/json']>("listGateways 5XX response", compiled.listGateways_5XX),
};

/** Each JSON response of createGateway, by status. */
export const createGatewayResponses: {
  "200": Validator<operations["createGateway"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createGateway"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createGateway"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["200"]['content']['application/json']>("createGateway 200 response", compiled.createGateway_200),
  "400": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["400"]['content']['application/json']>("createGateway 400 response", compiled.createGateway_400),
  "401": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["401"]['content']['application/json']>("createGateway 401 response", compiled.createGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["403"]['content']['application/json']>("createGateway 403 response", compiled.createGateway_403),
  "429": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["429"]['content']['application/json']>("createGateway 429 response", compiled.createGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["5XX"]['content']['application/json']>("createGateway 5XX response", compiled.createGateway_5XX),
};

/** Each JSON response of getGateway, by status. */
export const getGatewayResponses: {
  "200": Validator<operations["getGateway"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["200"]['content']['application/json']>("getGateway 200 response", compiled.getGateway_200),
  "401": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["401"]['content']['application/json']>("getGateway 401 response", compiled.getGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["403"]['content']['application/json']>("getGateway 403 response", compiled.getGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["404"]['content']['application/json']>("getGateway 404 response", compiled.getGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["429"]['content']['application/json']>("getGateway 429 response", compiled.getGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["5XX"]['content']['application/json']>("getGateway 5XX response", compiled.getGateway_5XX),
};

/** Each JSON response of updateGateway, by status. */
export const updateGatewayResponses: {
  "200": Validator<operations["updateGateway"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateGateway"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["200"]['content']['application/json']>("updateGateway 200 response", compiled.updateGateway_200),
  "400": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["400"]['content']['application/json']>("updateGateway 400 response", compiled.updateGateway_400),
  "401": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["401"]['content']['application/json']>("updateGateway 401 response", compiled.updateGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["403"]['content']['application/json']>("updateGateway 403 response", compiled.updateGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["404"]['content']['application/json']>("updateGateway 404 response", compiled.updateGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["429"]['content']['application/json']>("updateGateway 429 response", compiled.updateGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["5XX"]['content']['application/json']>("updateGateway 5XX response", compiled.updateGateway_5XX),
};

/** Each JSON response of deleteGateway, by status. */
export const deleteGatewayResponses: {
  "200": Validator<operations["deleteGateway"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["200"]['content']['application/json']>("deleteGateway 200 response", compiled.deleteGateway_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["401"]['content']['application/json']>("deleteGateway 401 response", compiled.deleteGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["403"]['content']['application/json']>("deleteGateway 403 response", compiled.deleteGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["404"]['content']['application/json']>("deleteGateway 404 response", compiled.deleteGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["429"]['content']['application/json']>("deleteGateway 429 response", compiled.deleteGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["5XX"]['content']['application/json']>("deleteGateway 5XX response", compiled.deleteGateway_5XX),
};

/** Each JSON response of listEvaluationTypes, by status. */
export const listEvaluationTypesResponses: {
  "200": Validator<operations["listEvaluationTypes"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listEvaluationTypes"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listEvaluationTypes"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listEvaluationTypes"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listEvaluationTypes"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listEvaluationTypes"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["200"]['content']['application/json']>("listEvaluationTypes 200 response", compiled.listEvaluationTypes_200),
  "400": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["400"]['content']['application/json']>("listEvaluationTypes 400 response", compiled.listEvaluationTypes_400),
  "401": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["401"]['content']['application/json']>("listEvaluationTypes 401 response", compiled.listEvaluationTypes_401),
  "403": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["403"]['content']['application/json']>("listEvaluationTypes 403 response", compiled.listEvaluationTypes_403),
  "429": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["429"]['content']['application/json']>("listEvaluationTypes 429 response", compiled.listEvaluationTypes_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["5XX"]['content']['application/json']>("listEvaluationTypes 5XX response", compiled.listEvaluationTypes_5XX),
};

/** Each JSON response of listLogs, by status. */
export const listLogsResponses: {
  "200": Validator<operations["listLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listLogs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listLogs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listLogs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listLogs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["200"]['content']['application/json']>("listLogs 200 response", compiled.listLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["400"]['content']['application/json']>("listLogs 400 response", compiled.listLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["401"]['content']['application/json']>("listLogs 401 response", compiled.listLogs_401),
  "403": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["403"]['content']['application/json']>("listLogs 403 response", compiled.listLogs_403),
  "429": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["429"]['content']['application/json']>("listLogs 429 response", compiled.listLogs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["5XX"]['content']['application/json']>("listLogs 5XX response", compiled.listLogs_5XX),
};

/** Each JSON response of deleteLogs, by status. */
export const deleteLogsResponses: {
  "200": Validator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteLogs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteLogs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteLogs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>("deleteLogs 200 response", compiled.deleteLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>("deleteLogs 400 response", compiled.deleteLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>("deleteLogs 401 response", compiled.deleteLogs_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["403"]['content']['application/json']>("deleteLogs 403 response", compiled.deleteLogs_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["429"]['content']['application/json']>("deleteLogs 429 response", compiled.deleteLogs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["5XX"]['content']['application/json']>("deleteLogs 5XX response", compiled.deleteLogs_5XX),
};

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  "200": Validator<operations["getLog"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLog"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLog"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLog"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLog"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLog"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["200"]['content']['application/json']>("getLog 200 response", compiled.getLog_200),
  "401": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["401"]['content']['application/json']>("getLog 401 response", compiled.getLog_401),
  "403": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["403"]['content']['application/json']>("getLog 403 response", compiled.getLog_403),
  "404": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["404"]['content']['application/json']>("getLog 404 response", compiled.getLog_404),
  "429": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["429"]['content']['application/json']>("getLog 429 response", compiled.getLog_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["5XX"]['content']['application/json']>("getLog 5XX response", compiled.getLog_5XX),
};

/** Each JSON response of editLog, by status. */
export const editLogResponses: {
  "200": Validator<operations["editLog"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["editLog"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["editLog"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["editLog"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["editLog"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["editLog"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["200"]['content']['application/json']>("editLog 200 response", compiled.editLog_200),
  "401": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["401"]['content']['application/json']>("editLog 401 response", compiled.editLog_401),
  "403": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["403"]['content']['application/json']>("editLog 403 response", compiled.editLog_403),
  "404": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["404"]['content']['application/json']>("editLog 404 response", compiled.editLog_404),
  "429": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["429"]['content']['application/json']>("editLog 429 response", compiled.editLog_429),
  "5XX": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["5XX"]['content']['application/json']>("editLog 5XX response", compiled.editLog_5XX),
};

/** Each JSON response of getLogRequest, by status. */
export const getLogRequestResponses: {
  "200": Validator<operations["getLogRequest"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogRequest"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLogRequest"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLogRequest"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLogRequest"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLogRequest"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["200"]['content']['application/json']>("getLogRequest 200 response", compiled.getLogRequest_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["401"]['content']['application/json']>("getLogRequest 401 response", compiled.getLogRequest_401),
  "403": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["403"]['content']['application/json']>("getLogRequest 403 response", compiled.getLogRequest_403),
  "404": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["404"]['content']['application/json']>("getLogRequest 404 response", compiled.getLogRequest_404),
  "429": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["429"]['content']['application/json']>("getLogRequest 429 response", compiled.getLogRequest_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["5XX"]['content']['application/json']>("getLogRequest 5XX response", compiled.getLogRequest_5XX),
};

/** Each JSON response of getLogResponse, by status. */
export const getLogResponseResponses: {
  "200": Validator<operations["getLogResponse"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogResponse"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLogResponse"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLogResponse"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLogResponse"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLogResponse"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["200"]['content']['application/json']>("getLogResponse 200 response", compiled.getLogResponse_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["401"]['content']['application/json']>("getLogResponse 401 response", compiled.getLogResponse_401),
  "403": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["403"]['content']['application/json']>("getLogResponse 403 response", compiled.getLogResponse_403),
  "404": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["404"]['content']['application/json']>("getLogResponse 404 response", compiled.getLogResponse_404),
  "429": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["429"]['content']['application/json']>("getLogResponse 429 response", compiled.getLogResponse_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["5XX"]['content']['application/json']>("getLogResponse 5XX response", compiled.getLogResponse_5XX),
};

/** Each JSON response of listDatasets, by status. */
export const listDatasetsResponses: {
  "200": Validator<operations["listDatasets"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDatasets"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDatasets"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDatasets"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDatasets"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDatasets"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["200"]['content']['application/json']>("listDatasets 200 response", compiled.listDatasets_200),
  "400": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["400"]['content']['application/json']>("listDatasets 400 response", compiled.listDatasets_400),
  "401": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["401"]['content']['application/json']>("listDatasets 401 response", compiled.listDatasets_401),
  "403": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["403"]['content']['application/json']>("listDatasets 403 response", compiled.listDatasets_403),
  "429": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["429"]['content']['application/json']>("listDatasets 429 response", compiled.listDatasets_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["5XX"]['content']['application/json']>("listDatasets 5XX response", compiled.listDatasets_5XX),
};

/** Each JSON response of createDataset, by status. */
export const createDatasetResponses: {
  "200": Validator<operations["createDataset"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDataset"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDataset"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["200"]['content']['application/json']>("createDataset 200 response", compiled.createDataset_200),
  "400": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["400"]['content']['application/json']>("createDataset 400 response", compiled.createDataset_400),
  "401": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["401"]['content']['application/json']>("createDataset 401 response", compiled.createDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["403"]['content']['application/json']>("createDataset 403 response", compiled.createDataset_403),
  "429": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["429"]['content']['application/json']>("createDataset 429 response", compiled.createDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["5XX"]['content']['application/json']>("createDataset 5XX response", compiled.createDataset_5XX),
};

/** Each JSON response of getDataset, by status. */
export const getDatasetResponses: {
  "200": Validator<operations["getDataset"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["200"]['content']['application/json']>("getDataset 200 response", compiled.getDataset_200),
  "401": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["401"]['content']['application/json']>("getDataset 401 response", compiled.getDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["403"]['content']['application/json']>("getDataset 403 response", compiled.getDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["404"]['content']['application/json']>("getDataset 404 response", compiled.getDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["429"]['content']['application/json']>("getDataset 429 response", compiled.getDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["5XX"]['content']['application/json']>("getDataset 5XX response", compiled.getDataset_5XX),
};

/** Each JSON response of updateDataset, by status. */
export const updateDatasetResponses: {
  "200": Validator<operations["updateDataset"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateDataset"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["200"]['content']['application/json']>("updateDataset 200 response", compiled.updateDataset_200),
  "400": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["400"]['content']['application/json']>("updateDataset 400 response", compiled.updateDataset_400),
  "401": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["401"]['content']['application/json']>("updateDataset 401 response", compiled.updateDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["403"]['content']['application/json']>("updateDataset 403 response", compiled.updateDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["404"]['content']['application/json']>("updateDataset 404 response", compiled.updateDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["429"]['content']['application/json']>("updateDataset 429 response", compiled.updateDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["5XX"]['content']['application/json']>("updateDataset 5XX response", compiled.updateDataset_5XX),
};

/** Each JSON response of deleteDataset, by status. */
export const deleteDatasetResponses: {
  "200": Validator<operations["deleteDataset"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["200"]['content']['application/json']>("deleteDataset 200 response", compiled.deleteDataset_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["401"]['content']['application/json']>("deleteDataset 401 response", compiled.deleteDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["403"]['content']['application/json']>("deleteDataset 403 response", compiled.deleteDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["404"]['content']['application/json']>("deleteDataset 404 response", compiled.deleteDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["429"]['content']['application/json']>("deleteDataset 429 response", compiled.deleteDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["5XX"]['content']['application/json']>("deleteDataset 5XX response", compiled.deleteDataset_5XX),
};

/** Each JSON response of listEvaluations, by status. */
export const listEvaluationsResponses: {
  "200": Validator<operations["listEvaluations"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listEvaluations"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listEvaluations"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listEvaluations"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listEvaluations"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listEvaluations"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["200"]['content']['application/json']>("listEvaluations 200 response", compiled.listEvaluations_200),
  "400": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["400"]['content']['application/json']>("listEvaluations 400 response", compiled.listEvaluations_400),
  "401": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["401"]['content']['application/json']>("listEvaluations 401 response", compiled.listEvaluations_401),
  "403": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["403"]['content']['application/json']>("listEvaluations 403 response", compiled.listEvaluations_403),
  "429": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["429"]['content']['application/json']>("listEvaluations 429 response", compiled.listEvaluations_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["5XX"]['content']['application/json']>("listEvaluations 5XX response", compiled.listEvaluations_5XX),
};

/** Each JSON response of createEvaluation, by status. */
export const createEvaluationResponses: {
  "200": Validator<operations["createEvaluation"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createEvaluation"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createEvaluation"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["200"]['content']['application/json']>("createEvaluation 200 response", compiled.createEvaluation_200),
  "400": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["400"]['content']['application/json']>("createEvaluation 400 response", compiled.createEvaluation_400),
  "401": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["401"]['content']['application/json']>("createEvaluation 401 response", compiled.createEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["403"]['content']['application/json']>("createEvaluation 403 response", compiled.createEvaluation_403),
  "429": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["429"]['content']['application/json']>("createEvaluation 429 response", compiled.createEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["5XX"]['content']['application/json']>("createEvaluation 5XX response", compiled.createEvaluation_5XX),
};

/** Each JSON response of getEvaluation, by status. */
export const getEvaluationResponses: {
  "200": Validator<operations["getEvaluation"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getEvaluation"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getEvaluation"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["200"]['content']['application/json']>("getEvaluation 200 response", compiled.getEvaluation_200),
  "401": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["401"]['content']['application/json']>("getEvaluation 401 response", compiled.getEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["403"]['content']['application/json']>("getEvaluation 403 response", compiled.getEvaluation_403),
  "404": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["404"]['content']['application/json']>("getEvaluation 404 response", compiled.getEvaluation_404),
  "429": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["429"]['content']['application/json']>("getEvaluation 429 response", compiled.getEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["5XX"]['content']['application/json']>("getEvaluation 5XX response", compiled.getEvaluation_5XX),
};

/** Each JSON response of deleteEvaluation, by status. */
export const deleteEvaluationResponses: {
  "200": Validator<operations["deleteEvaluation"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteEvaluation"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteEvaluation"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["200"]['content']['application/json']>("deleteEvaluation 200 response", compiled.deleteEvaluation_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["401"]['content']['application/json']>("deleteEvaluation 401 response", compiled.deleteEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["403"]['content']['application/json']>("deleteEvaluation 403 response", compiled.deleteEvaluation_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["404"]['content']['application/json']>("deleteEvaluation 404 response", compiled.deleteEvaluation_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["429"]['content']['application/json']>("deleteEvaluation 429 response", compiled.deleteEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["5XX"]['content']['application/json']>("deleteEvaluation 5XX response", compiled.deleteEvaluation_5XX),
};

/** Each JSON response of listDynamicRoutes, by status. */
export const listDynamicRoutesResponses: {
  "200": Validator<operations["listDynamicRoutes"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRoutes"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRoutes"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRoutes"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRoutes"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRoutes"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["200"]['content']['application/json']>("listDynamicRoutes 200 response", compiled.listDynamicRoutes_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["400"]['content']['application/json']>("listDynamicRoutes 400 response", compiled.listDynamicRoutes_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["401"]['content']['application/json']>("listDynamicRoutes 401 response", compiled.listDynamicRoutes_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["403"]['content']['application/json']>("listDynamicRoutes 403 response", compiled.listDynamicRoutes_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["429"]['content']['application/json']>("listDynamicRoutes 429 response", compiled.listDynamicRoutes_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["5XX"]['content']['application/json']>("listDynamicRoutes 5XX response", compiled.listDynamicRoutes_5XX),
};

/** Each JSON response of createDynamicRoute, by status. */
export const createDynamicRouteResponses: {
  "200": Validator<operations["createDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["200"]['content']['application/json']>("createDynamicRoute 200 response", compiled.createDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["400"]['content']['application/json']>("createDynamicRoute 400 response", compiled.createDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["401"]['content']['application/json']>("createDynamicRoute 401 response", compiled.createDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["403"]['content']['application/json']>("createDynamicRoute 403 response", compiled.createDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["429"]['content']['application/json']>("createDynamicRoute 429 response", compiled.createDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["5XX"]['content']['application/json']>("createDynamicRoute 5XX response", compiled.createDynamicRoute_5XX),
};

/** Each JSON response of getDynamicRoute, by status. */
export const getDynamicRouteResponses: {
  "200": Validator<operations["getDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["200"]['content']['application/json']>("getDynamicRoute 200 response", compiled.getDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["400"]['content']['application/json']>("getDynamicRoute 400 response", compiled.getDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["401"]['content']['application/json']>("getDynamicRoute 401 response", compiled.getDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["403"]['content']['application/json']>("getDynamicRoute 403 response", compiled.getDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["429"]['content']['application/json']>("getDynamicRoute 429 response", compiled.getDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["5XX"]['content']['application/json']>("getDynamicRoute 5XX response", compiled.getDynamicRoute_5XX),
};

/** Each JSON response of deleteDynamicRoute, by status. */
export const deleteDynamicRouteResponses: {
  "200": Validator<operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json']>("deleteDynamicRoute 200 response", compiled.deleteDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["400"]['content']['application/json']>("deleteDynamicRoute 400 response", compiled.deleteDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["401"]['content']['application/json']>("deleteDynamicRoute 401 response", compiled.deleteDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["403"]['content']['application/json']>("deleteDynamicRoute 403 response", compiled.deleteDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["429"]['content']['application/json']>("deleteDynamicRoute 429 response", compiled.deleteDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["5XX"]['content']['application/json']>("deleteDynamicRoute 5XX response", compiled.deleteDynamicRoute_5XX),
};

/** Each JSON response of updateDynamicRoute, by status. */
export const updateDynamicRouteResponses: {
  "200": Validator<operations["updateDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["updateDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["200"]['content']['application/json']>("updateDynamicRoute 200 response", compiled.updateDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["400"]['content']['application/json']>("updateDynamicRoute 400 response", compiled.updateDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["401"]['content']['application/json']>("updateDynamicRoute 401 response", compiled.updateDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["403"]['content']['application/json']>("updateDynamicRoute 403 response", compiled.updateDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["429"]['content']['application/json']>("updateDynamicRoute 429 response", compiled.updateDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["5XX"]['content']['application/json']>("updateDynamicRoute 5XX response", compiled.updateDynamicRoute_5XX),
};

/** Each JSON response of listDynamicRouteDeployments, by status. */
export const listDynamicRouteDeploymentsResponses: {
  "200": Validator<operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRouteDeployments"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRouteDeployments"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRouteDeployments"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRouteDeployments"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRouteDeployments"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json']>("listDynamicRouteDeployments 200 response", compiled.listDynamicRouteDeployments_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["400"]['content']['application/json']>("listDynamicRouteDeployments 400 response", compiled.listDynamicRouteDeployments_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["401"]['content']['application/json']>("listDynamicRouteDeployments 401 response", compiled.listDynamicRouteDeployments_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["403"]['content']['application/json']>("listDynamicRouteDeployments 403 response", compiled.listDynamicRouteDeployments_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["429"]['content']['application/json']>("listDynamicRouteDeployments 429 response", compiled.listDynamicRouteDeployments_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["5XX"]['content']['application/json']>("listDynamicRouteDeployments 5XX response", compiled.listDynamicRouteDeployments_5XX),
};

/** Each JSON response of createDynamicRouteDeployment, by status. */
export const createDynamicRouteDeploymentResponses: {
  "200": Validator<operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRouteDeployment"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRouteDeployment"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRouteDeployment"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRouteDeployment"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRouteDeployment"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json']>("createDynamicRouteDeployment 200 response", compiled.createDynamicRouteDeployment_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["400"]['content']['application/json']>("createDynamicRouteDeployment 400 response", compiled.createDynamicRouteDeployment_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["401"]['content']['application/json']>("createDynamicRouteDeployment 401 response", compiled.createDynamicRouteDeployment_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["403"]['content']['application/json']>("createDynamicRouteDeployment 403 response", compiled.createDynamicRouteDeployment_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["429"]['content']['application/json']>("createDynamicRouteDeployment 429 response", compiled.createDynamicRouteDeployment_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["5XX"]['content']['application/json']>("createDynamicRouteDeployment 5XX response", compiled.createDynamicRouteDeployment_5XX),
};

/** Each JSON response of listDynamicRouteVersions, by status. */
export const listDynamicRouteVersionsResponses: {
  "200": Validator<operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRouteVersions"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRouteVersions"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRouteVersions"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRouteVersions"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRouteVersions"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json']>("listDynamicRouteVersions 200 response", compiled.listDynamicRouteVersions_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["400"]['content']['application/json']>("listDynamicRouteVersions 400 response", compiled.listDynamicRouteVersions_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["401"]['content']['application/json']>("listDynamicRouteVersions 401 response", compiled.listDynamicRouteVersions_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["403"]['content']['application/json']>("listDynamicRouteVersions 403 response", compiled.listDynamicRouteVersions_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["429"]['content']['application/json']>("listDynamicRouteVersions 429 response", compiled.listDynamicRouteVersions_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["5XX"]['content']['application/json']>("listDynamicRouteVersions 5XX response", compiled.listDynamicRouteVersions_5XX),
};

/** Each JSON response of createDynamicRouteVersion, by status. */
export const createDynamicRouteVersionResponses: {
  "200": Validator<operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRouteVersion"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRouteVersion"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRouteVersion"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRouteVersion"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json']>("createDynamicRouteVersion 200 response", compiled.createDynamicRouteVersion_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["400"]['content']['application/json']>("createDynamicRouteVersion 400 response", compiled.createDynamicRouteVersion_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["401"]['content']['application/json']>("createDynamicRouteVersion 401 response", compiled.createDynamicRouteVersion_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["403"]['content']['application/json']>("createDynamicRouteVersion 403 response", compiled.createDynamicRouteVersion_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["429"]['content']['application/json']>("createDynamicRouteVersion 429 response", compiled.createDynamicRouteVersion_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>("createDynamicRouteVersion 5XX response", compiled.createDynamicRouteVersion_5XX),
};

/** Each JSON response of getDynamicRouteVersion, by status. */
export const getDynamicRouteVersionResponses: {
  "200": Validator<operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDynamicRouteVersion"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDynamicRouteVersion"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDynamicRouteVersion"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getDynamicRouteVersion"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json']>("getDynamicRouteVersion 200 response", compiled.getDynamicRouteVersion_200),
  "400": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["400"]['content']['application/json']>("getDynamicRouteVersion 400 response", compiled.getDynamicRouteVersion_400),
  "401": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["401"]['content']['application/json']>("getDynamicRouteVersion 401 response", compiled.getDynamicRouteVersion_401),
  "403": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["403"]['content']['application/json']>("getDynamicRouteVersion 403 response", compiled.getDynamicRouteVersion_403),
  "429": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["429"]['content']['application/json']>("getDynamicRouteVersion 429 response", compiled.getDynamicRouteVersion_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>("getDynamicRouteVersion 5XX response", compiled.getDynamicRouteVersion_5XX),
};

/** Each JSON response of listProviderConfigs, by status. */
export const listProviderConfigsResponses: {
  "200": Validator<operations["listProviderConfigs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listProviderConfigs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listProviderConfigs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listProviderConfigs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listProviderConfigs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listProviderConfigs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["200"]['content']['application/json']>("listProviderConfigs 200 response", compiled.listProviderConfigs_200),
  "400": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["400"]['content']['application/json']>("listProviderConfigs 400 response", compiled.listProviderConfigs_400),
  "401": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["401"]['content']['application/json']>("listProviderConfigs 401 response", compiled.listProviderConfigs_401),
  "403": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["403"]['content']['application/json']>("listProviderConfigs 403 response", compiled.listProviderConfigs_403),
  "429": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["429"]['content']['application/json']>("listProviderConfigs 429 response", compiled.listProviderConfigs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["5XX"]['content']['application/json']>("listProviderConfigs 5XX response", compiled.listProviderConfigs_5XX),
};

/** Each JSON response of createProviderConfig, by status. */
export const createProviderConfigResponses: {
  "200": Validator<operations["createProviderConfig"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createProviderConfig"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createProviderConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createProviderConfig"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createProviderConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createProviderConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["200"]['content']['application/json']>("createProviderConfig 200 response", compiled.createProviderConfig_200),
  "400": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["400"]['content']['application/json']>("createProviderConfig 400 response", compiled.createProviderConfig_400),
  "401": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["401"]['content']['application/json']>("createProviderConfig 401 response", compiled.createProviderConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["403"]['content']['application/json']>("createProviderConfig 403 response", compiled.createProviderConfig_403),
  "429": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["429"]['content']['application/json']>("createProviderConfig 429 response", compiled.createProviderConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["5XX"]['content']['application/json']>("createProviderConfig 5XX response", compiled.createProviderConfig_5XX),
};

/** Each JSON response of updateProviderConfig, by status. */
export const updateProviderConfigResponses: {
  "200": Validator<operations["updateProviderConfig"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateProviderConfig"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateProviderConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateProviderConfig"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateProviderConfig"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateProviderConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateProviderConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["200"]['content']['application/json']>("updateProviderConfig 200 response", compiled.updateProviderConfig_200),
  "400": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["400"]['content']['application/json']>("updateProviderConfig 400 response", compiled.updateProviderConfig_400),
  "401": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["401"]['content']['application/json']>("updateProviderConfig 401 response", compiled.updateProviderConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["403"]['content']['application/json']>("updateProviderConfig 403 response", compiled.updateProviderConfig_403),
  "404": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["404"]['content']['application/json']>("updateProviderConfig 404 response", compiled.updateProviderConfig_404),
  "429": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["429"]['content']['application/json']>("updateProviderConfig 429 response", compiled.updateProviderConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateProviderConfig"]['responses']["5XX"]['content']['application/json']>("updateProviderConfig 5XX response", compiled.updateProviderConfig_5XX),
};

/** Each JSON response of deleteProviderConfig, by status. */
export const deleteProviderConfigResponses: {
  "200": Validator<operations["deleteProviderConfig"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteProviderConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteProviderConfig"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteProviderConfig"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteProviderConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteProviderConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["200"]['content']['application/json']>("deleteProviderConfig 200 response", compiled.deleteProviderConfig_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["401"]['content']['application/json']>("deleteProviderConfig 401 response", compiled.deleteProviderConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["403"]['content']['application/json']>("deleteProviderConfig 403 response", compiled.deleteProviderConfig_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["404"]['content']['application/json']>("deleteProviderConfig 404 response", compiled.deleteProviderConfig_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["429"]['content']['application/json']>("deleteProviderConfig 429 response", compiled.deleteProviderConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteProviderConfig"]['responses']["5XX"]['content']['application/json']>("deleteProviderConfig 5XX response", compiled.deleteProviderConfig_5XX),
};

/** Each JSON response of getGatewayUrl, by status. */
export const getGatewayUrlResponses: {
  "200": Validator<operations["getGatewayUrl"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getGatewayUrl"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getGatewayUrl"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getGatewayUrl"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getGatewayUrl"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getGatewayUrl"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["200"]['content']['application/json']>("getGatewayUrl 200 response", compiled.getGatewayUrl_200),
  "400": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["400"]['content']['application/json']>("getGatewayUrl 400 response", compiled.getGatewayUrl_400),
  "401": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["401"]['content']['application/json']>("getGatewayUrl 401 response", compiled.getGatewayUrl_401),
  "403": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["403"]['content']['application/json']>("getGatewayUrl 403 response", compiled.getGatewayUrl_403),
  "429": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["429"]['content']['application/json']>("getGatewayUrl 429 response", compiled.getGatewayUrl_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["5XX"]['content']['application/json']>("getGatewayUrl 5XX response", compiled.getGatewayUrl_5XX),
};

/** Each JSON response of listCustomProviders, by status. */
export const listCustomProvidersResponses: {
  "200": Validator<operations["listCustomProviders"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listCustomProviders"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listCustomProviders"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listCustomProviders"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listCustomProviders"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listCustomProviders"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["200"]['content']['application/json']>("listCustomProviders 200 response", compiled.listCustomProviders_200),
  "400": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["400"]['content']['application/json']>("listCustomProviders 400 response", compiled.listCustomProviders_400),
  "401": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["401"]['content']['application/json']>("listCustomProviders 401 response", compiled.listCustomProviders_401),
  "403": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["403"]['content']['application/json']>("listCustomProviders 403 response", compiled.listCustomProviders_403),
  "429": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["429"]['content']['application/json']>("listCustomProviders 429 response", compiled.listCustomProviders_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listCustomProviders"]['responses']["5XX"]['content']['application/json']>("listCustomProviders 5XX response", compiled.listCustomProviders_5XX),
};

/** Each JSON response of createCustomProvider, by status. */
export const createCustomProviderResponses: {
  "200": Validator<operations["createCustomProvider"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createCustomProvider"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createCustomProvider"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createCustomProvider"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createCustomProvider"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createCustomProvider"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["200"]['content']['application/json']>("createCustomProvider 200 response", compiled.createCustomProvider_200),
  "400": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["400"]['content']['application/json']>("createCustomProvider 400 response", compiled.createCustomProvider_400),
  "401": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["401"]['content']['application/json']>("createCustomProvider 401 response", compiled.createCustomProvider_401),
  "403": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["403"]['content']['application/json']>("createCustomProvider 403 response", compiled.createCustomProvider_403),
  "429": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["429"]['content']['application/json']>("createCustomProvider 429 response", compiled.createCustomProvider_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createCustomProvider"]['responses']["5XX"]['content']['application/json']>("createCustomProvider 5XX response", compiled.createCustomProvider_5XX),
};

/** Each JSON response of getCustomProvider, by status. */
export const getCustomProviderResponses: {
  "200": Validator<operations["getCustomProvider"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getCustomProvider"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getCustomProvider"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getCustomProvider"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getCustomProvider"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getCustomProvider"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getCustomProvider"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["200"]['content']['application/json']>("getCustomProvider 200 response", compiled.getCustomProvider_200),
  "400": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["400"]['content']['application/json']>("getCustomProvider 400 response", compiled.getCustomProvider_400),
  "401": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["401"]['content']['application/json']>("getCustomProvider 401 response", compiled.getCustomProvider_401),
  "403": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["403"]['content']['application/json']>("getCustomProvider 403 response", compiled.getCustomProvider_403),
  "404": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["404"]['content']['application/json']>("getCustomProvider 404 response", compiled.getCustomProvider_404),
  "429": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["429"]['content']['application/json']>("getCustomProvider 429 response", compiled.getCustomProvider_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getCustomProvider"]['responses']["5XX"]['content']['application/json']>("getCustomProvider 5XX response", compiled.getCustomProvider_5XX),
};

/** Each JSON response of deleteCustomProvider, by status. */
export const deleteCustomProviderResponses: {
  "200": Validator<operations["deleteCustomProvider"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteCustomProvider"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteCustomProvider"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteCustomProvider"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteCustomProvider"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteCustomProvider"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteCustomProvider"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["200"]['content']['application/json']>("deleteCustomProvider 200 response", compiled.deleteCustomProvider_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["400"]['content']['application/json']>("deleteCustomProvider 400 response", compiled.deleteCustomProvider_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["401"]['content']['application/json']>("deleteCustomProvider 401 response", compiled.deleteCustomProvider_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["403"]['content']['application/json']>("deleteCustomProvider 403 response", compiled.deleteCustomProvider_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["404"]['content']['application/json']>("deleteCustomProvider 404 response", compiled.deleteCustomProvider_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["429"]['content']['application/json']>("deleteCustomProvider 429 response", compiled.deleteCustomProvider_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteCustomProvider"]['responses']["5XX"]['content']['application/json']>("deleteCustomProvider 5XX response", compiled.deleteCustomProvider_5XX),
};

/** Each JSON response of updateCustomProvider, by status. */
export const updateCustomProviderResponses: {
  "200": Validator<operations["updateCustomProvider"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateCustomProvider"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateCustomProvider"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateCustomProvider"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateCustomProvider"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateCustomProvider"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateCustomProvider"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["200"]['content']['application/json']>("updateCustomProvider 200 response", compiled.updateCustomProvider_200),
  "400": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["400"]['content']['application/json']>("updateCustomProvider 400 response", compiled.updateCustomProvider_400),
  "401": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["401"]['content']['application/json']>("updateCustomProvider 401 response", compiled.updateCustomProvider_401),
  "403": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["403"]['content']['application/json']>("updateCustomProvider 403 response", compiled.updateCustomProvider_403),
  "404": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["404"]['content']['application/json']>("updateCustomProvider 404 response", compiled.updateCustomProvider_404),
  "429": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["429"]['content']['application/json']>("updateCustomProvider 429 response", compiled.updateCustomProvider_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateCustomProvider"]['responses']["5XX"]['content']['application/json']>("updateCustomProvider 5XX response", compiled.updateCustomProvider_5XX),
};

/** Each JSON response of listCustomProviderCosts, by status. */
export const listCustomProviderCostsResponses: {
  "200": Validator<operations["listCustomProviderCosts"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listCustomProviderCosts"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listCustomProviderCosts"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listCustomProviderCosts"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listCustomProviderCosts"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listCustomProviderCosts"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["200"]['content']['application/json']>("listCustomProviderCosts 200 response", compiled.listCustomProviderCosts_200),
  "400": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["400"]['content']['application/json']>("listCustomProviderCosts 400 response", compiled.listCustomProviderCosts_400),
  "401": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["401"]['content']['application/json']>("listCustomProviderCosts 401 response", compiled.listCustomProviderCosts_401),
  "403": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["403"]['content']['application/json']>("listCustomProviderCosts 403 response", compiled.listCustomProviderCosts_403),
  "429": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["429"]['content']['application/json']>("listCustomProviderCosts 429 response", compiled.listCustomProviderCosts_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listCustomProviderCosts"]['responses']["5XX"]['content']['application/json']>("listCustomProviderCosts 5XX response", compiled.listCustomProviderCosts_5XX),
};

/** Each JSON response of createCustomProviderCost, by status. */
export const createCustomProviderCostResponses: {
  "200": Validator<operations["createCustomProviderCost"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createCustomProviderCost"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createCustomProviderCost"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createCustomProviderCost"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createCustomProviderCost"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createCustomProviderCost"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["200"]['content']['application/json']>("createCustomProviderCost 200 response", compiled.createCustomProviderCost_200),
  "400": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["400"]['content']['application/json']>("createCustomProviderCost 400 response", compiled.createCustomProviderCost_400),
  "401": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["401"]['content']['application/json']>("createCustomProviderCost 401 response", compiled.createCustomProviderCost_401),
  "403": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["403"]['content']['application/json']>("createCustomProviderCost 403 response", compiled.createCustomProviderCost_403),
  "429": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["429"]['content']['application/json']>("createCustomProviderCost 429 response", compiled.createCustomProviderCost_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createCustomProviderCost"]['responses']["5XX"]['content']['application/json']>("createCustomProviderCost 5XX response", compiled.createCustomProviderCost_5XX),
};

/** Each JSON response of getCustomProviderCost, by status. */
export const getCustomProviderCostResponses: {
  "200": Validator<operations["getCustomProviderCost"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getCustomProviderCost"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getCustomProviderCost"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getCustomProviderCost"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getCustomProviderCost"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getCustomProviderCost"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getCustomProviderCost"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["200"]['content']['application/json']>("getCustomProviderCost 200 response", compiled.getCustomProviderCost_200),
  "400": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["400"]['content']['application/json']>("getCustomProviderCost 400 response", compiled.getCustomProviderCost_400),
  "401": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["401"]['content']['application/json']>("getCustomProviderCost 401 response", compiled.getCustomProviderCost_401),
  "403": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["403"]['content']['application/json']>("getCustomProviderCost 403 response", compiled.getCustomProviderCost_403),
  "404": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["404"]['content']['application/json']>("getCustomProviderCost 404 response", compiled.getCustomProviderCost_404),
  "429": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["429"]['content']['application/json']>("getCustomProviderCost 429 response", compiled.getCustomProviderCost_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getCustomProviderCost"]['responses']["5XX"]['content']['application/json']>("getCustomProviderCost 5XX response", compiled.getCustomProviderCost_5XX),
};

/** Each JSON response of deleteCustomProviderCost, by status. */
export const deleteCustomProviderCostResponses: {
  "200": Validator<operations["deleteCustomProviderCost"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteCustomProviderCost"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteCustomProviderCost"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteCustomProviderCost"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteCustomProviderCost"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteCustomProviderCost"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteCustomProviderCost"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["200"]['content']['application/json']>("deleteCustomProviderCost 200 response", compiled.deleteCustomProviderCost_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["400"]['content']['application/json']>("deleteCustomProviderCost 400 response", compiled.deleteCustomProviderCost_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["401"]['content']['application/json']>("deleteCustomProviderCost 401 response", compiled.deleteCustomProviderCost_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["403"]['content']['application/json']>("deleteCustomProviderCost 403 response", compiled.deleteCustomProviderCost_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["404"]['content']['application/json']>("deleteCustomProviderCost 404 response", compiled.deleteCustomProviderCost_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["429"]['content']['application/json']>("deleteCustomProviderCost 429 response", compiled.deleteCustomProviderCost_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteCustomProviderCost"]['responses']["5XX"]['content']['application/json']>("deleteCustomProviderCost 5XX response", compiled.deleteCustomProviderCost_5XX),
};

/** Each JSON response of updateCustomProviderCost, by status. */
export const updateCustomProviderCostResponses: {
  "200": Validator<operations["updateCustomProviderCost"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateCustomProviderCost"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateCustomProviderCost"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateCustomProviderCost"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateCustomProviderCost"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateCustomProviderCost"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateCustomProviderCost"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["200"]['content']['application/json']>("updateCustomProviderCost 200 response", compiled.updateCustomProviderCost_200),
  "400": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["400"]['content']['application/json']>("updateCustomProviderCost 400 response", compiled.updateCustomProviderCost_400),
  "401": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["401"]['content']['application/json']>("updateCustomProviderCost 401 response", compiled.updateCustomProviderCost_401),
  "403": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["403"]['content']['application/json']>("updateCustomProviderCost 403 response", compiled.updateCustomProviderCost_403),
  "404": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["404"]['content']['application/json']>("updateCustomProviderCost 404 response", compiled.updateCustomProviderCost_404),
  "429": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["429"]['content']['application/json']>("updateCustomProviderCost 429 response", compiled.updateCustomProviderCost_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateCustomProviderCost"]['responses']["5XX"]['content']['application/json']>("updateCustomProviderCost 5XX response", compiled.updateCustomProviderCost_5XX),
};

/** Each JSON response of listCustomDomains, by status. */
export const listCustomDomainsResponses: {
  "200": Validator<operations["listCustomDomains"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listCustomDomains"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listCustomDomains"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listCustomDomains"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listCustomDomains"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listCustomDomains"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["200"]['content']['application/json']>("listCustomDomains 200 response", compiled.listCustomDomains_200),
  "400": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["400"]['content']['application/json']>("listCustomDomains 400 response", compiled.listCustomDomains_400),
  "401": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["401"]['content']['application/json']>("listCustomDomains 401 response", compiled.listCustomDomains_401),
  "403": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["403"]['content']['application/json']>("listCustomDomains 403 response", compiled.listCustomDomains_403),
  "429": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["429"]['content']['application/json']>("listCustomDomains 429 response", compiled.listCustomDomains_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listCustomDomains"]['responses']["5XX"]['content']['application/json']>("listCustomDomains 5XX response", compiled.listCustomDomains_5XX),
};

/** Each JSON response of createCustomDomain, by status. */
export const createCustomDomainResponses: {
  "200": Validator<operations["createCustomDomain"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createCustomDomain"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createCustomDomain"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createCustomDomain"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createCustomDomain"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createCustomDomain"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["200"]['content']['application/json']>("createCustomDomain 200 response", compiled.createCustomDomain_200),
  "400": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["400"]['content']['application/json']>("createCustomDomain 400 response", compiled.createCustomDomain_400),
  "401": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["401"]['content']['application/json']>("createCustomDomain 401 response", compiled.createCustomDomain_401),
  "403": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["403"]['content']['application/json']>("createCustomDomain 403 response", compiled.createCustomDomain_403),
  "429": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["429"]['content']['application/json']>("createCustomDomain 429 response", compiled.createCustomDomain_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createCustomDomain"]['responses']["5XX"]['content']['application/json']>("createCustomDomain 5XX response", compiled.createCustomDomain_5XX),
};

/** Each JSON response of getCustomDomain, by status. */
export const getCustomDomainResponses: {
  "200": Validator<operations["getCustomDomain"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getCustomDomain"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getCustomDomain"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getCustomDomain"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getCustomDomain"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getCustomDomain"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getCustomDomain"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["200"]['content']['application/json']>("getCustomDomain 200 response", compiled.getCustomDomain_200),
  "400": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["400"]['content']['application/json']>("getCustomDomain 400 response", compiled.getCustomDomain_400),
  "401": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["401"]['content']['application/json']>("getCustomDomain 401 response", compiled.getCustomDomain_401),
  "403": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["403"]['content']['application/json']>("getCustomDomain 403 response", compiled.getCustomDomain_403),
  "404": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["404"]['content']['application/json']>("getCustomDomain 404 response", compiled.getCustomDomain_404),
  "429": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["429"]['content']['application/json']>("getCustomDomain 429 response", compiled.getCustomDomain_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getCustomDomain"]['responses']["5XX"]['content']['application/json']>("getCustomDomain 5XX response", compiled.getCustomDomain_5XX),
};

/** Each JSON response of deleteCustomDomain, by status. */
export const deleteCustomDomainResponses: {
  "200": Validator<operations["deleteCustomDomain"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteCustomDomain"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteCustomDomain"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteCustomDomain"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteCustomDomain"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteCustomDomain"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteCustomDomain"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["200"]['content']['application/json']>("deleteCustomDomain 200 response", compiled.deleteCustomDomain_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["400"]['content']['application/json']>("deleteCustomDomain 400 response", compiled.deleteCustomDomain_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["401"]['content']['application/json']>("deleteCustomDomain 401 response", compiled.deleteCustomDomain_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["403"]['content']['application/json']>("deleteCustomDomain 403 response", compiled.deleteCustomDomain_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["404"]['content']['application/json']>("deleteCustomDomain 404 response", compiled.deleteCustomDomain_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["429"]['content']['application/json']>("deleteCustomDomain 429 response", compiled.deleteCustomDomain_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteCustomDomain"]['responses']["5XX"]['content']['application/json']>("deleteCustomDomain 5XX response", compiled.deleteCustomDomain_5XX),
};

/** Each JSON response of getCreditBalance, by status. */
export const getCreditBalanceResponses: {
  "200": Validator<operations["getCreditBalance"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getCreditBalance"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getCreditBalance"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getCreditBalance"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getCreditBalance"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getCreditBalance"]['responses']["200"]['content']['application/json']>("getCreditBalance 200 response", compiled.getCreditBalance_200),
  "401": /* @__PURE__ */ createValidator<operations["getCreditBalance"]['responses']["401"]['content']['application/json']>("getCreditBalance 401 response", compiled.getCreditBalance_401),
  "403": /* @__PURE__ */ createValidator<operations["getCreditBalance"]['responses']["403"]['content']['application/json']>("getCreditBalance 403 response", compiled.getCreditBalance_403),
  "429": /* @__PURE__ */ createValidator<operations["getCreditBalance"]['responses']["429"]['content']['application/json']>("getCreditBalance 429 response", compiled.getCreditBalance_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getCreditBalance"]['responses']["5XX"]['content']['application/json']>("getCreditBalance 5XX response", compiled.getCreditBalance_5XX),
};

/** Each JSON response of getInvoiceHistory, by status. */
export const getInvoiceHistoryResponses: {
  "200": Validator<operations["getInvoiceHistory"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getInvoiceHistory"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getInvoiceHistory"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getInvoiceHistory"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getInvoiceHistory"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getInvoiceHistory"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["200"]['content']['application/json']>("getInvoiceHistory 200 response", compiled.getInvoiceHistory_200),
  "400": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["400"]['content']['application/json']>("getInvoiceHistory 400 response", compiled.getInvoiceHistory_400),
  "401": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["401"]['content']['application/json']>("getInvoiceHistory 401 response", compiled.getInvoiceHistory_401),
  "403": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["403"]['content']['application/json']>("getInvoiceHistory 403 response", compiled.getInvoiceHistory_403),
  "429": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["429"]['content']['application/json']>("getInvoiceHistory 429 response", compiled.getInvoiceHistory_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getInvoiceHistory"]['responses']["5XX"]['content']['application/json']>("getInvoiceHistory 5XX response", compiled.getInvoiceHistory_5XX),
};

/** Each JSON response of getInvoicePreview, by status. */
export const getInvoicePreviewResponses: {
  "200": Validator<operations["getInvoicePreview"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getInvoicePreview"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getInvoicePreview"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getInvoicePreview"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getInvoicePreview"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getInvoicePreview"]['responses']["200"]['content']['application/json']>("getInvoicePreview 200 response", compiled.getInvoicePreview_200),
  "401": /* @__PURE__ */ createValidator<operations["getInvoicePreview"]['responses']["401"]['content']['application/json']>("getInvoicePreview 401 response", compiled.getInvoicePreview_401),
  "403": /* @__PURE__ */ createValidator<operations["getInvoicePreview"]['responses']["403"]['content']['application/json']>("getInvoicePreview 403 response", compiled.getInvoicePreview_403),
  "429": /* @__PURE__ */ createValidator<operations["getInvoicePreview"]['responses']["429"]['content']['application/json']>("getInvoicePreview 429 response", compiled.getInvoicePreview_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getInvoicePreview"]['responses']["5XX"]['content']['application/json']>("getInvoicePreview 5XX response", compiled.getInvoicePreview_5XX),
};

/** Each JSON response of getUsageHistory, by status. */
export const getUsageHistoryResponses: {
  "200": Validator<operations["getUsageHistory"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getUsageHistory"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getUsageHistory"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getUsageHistory"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getUsageHistory"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getUsageHistory"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["200"]['content']['application/json']>("getUsageHistory 200 response", compiled.getUsageHistory_200),
  "400": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["400"]['content']['application/json']>("getUsageHistory 400 response", compiled.getUsageHistory_400),
  "401": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["401"]['content']['application/json']>("getUsageHistory 401 response", compiled.getUsageHistory_401),
  "403": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["403"]['content']['application/json']>("getUsageHistory 403 response", compiled.getUsageHistory_403),
  "429": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["429"]['content']['application/json']>("getUsageHistory 429 response", compiled.getUsageHistory_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getUsageHistory"]['responses']["5XX"]['content']['application/json']>("getUsageHistory 5XX response", compiled.getUsageHistory_5XX),
};

/** Each JSON response of getSpendingLimit, by status. */
export const getSpendingLimitResponses: {
  "200": Validator<operations["getSpendingLimit"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getSpendingLimit"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getSpendingLimit"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getSpendingLimit"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getSpendingLimit"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getSpendingLimit"]['responses']["200"]['content']['application/json']>("getSpendingLimit 200 response", compiled.getSpendingLimit_200),
  "401": /* @__PURE__ */ createValidator<operations["getSpendingLimit"]['responses']["401"]['content']['application/json']>("getSpendingLimit 401 response", compiled.getSpendingLimit_401),
  "403": /* @__PURE__ */ createValidator<operations["getSpendingLimit"]['responses']["403"]['content']['application/json']>("getSpendingLimit 403 response", compiled.getSpendingLimit_403),
  "429": /* @__PURE__ */ createValidator<operations["getSpendingLimit"]['responses']["429"]['content']['application/json']>("getSpendingLimit 429 response", compiled.getSpendingLimit_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getSpendingLimit"]['responses']["5XX"]['content']['application/json']>("getSpendingLimit 5XX response", compiled.getSpendingLimit_5XX),
};

/** Each JSON response of setSpendingLimit, by status. */
export const setSpendingLimitResponses: {
  "201": Validator<operations["setSpendingLimit"]['responses']["201"]['content']['application/json']>;
  "400": Validator<operations["setSpendingLimit"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["setSpendingLimit"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["setSpendingLimit"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["setSpendingLimit"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["setSpendingLimit"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["setSpendingLimit"]['responses']["5XX"]['content']['application/json']>;
} = {
  "201": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["201"]['content']['application/json']>("setSpendingLimit 201 response", compiled.setSpendingLimit_201),
  "400": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["400"]['content']['application/json']>("setSpendingLimit 400 response", compiled.setSpendingLimit_400),
  "401": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["401"]['content']['application/json']>("setSpendingLimit 401 response", compiled.setSpendingLimit_401),
  "403": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["403"]['content']['application/json']>("setSpendingLimit 403 response", compiled.setSpendingLimit_403),
  "404": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["404"]['content']['application/json']>("setSpendingLimit 404 response", compiled.setSpendingLimit_404),
  "429": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["429"]['content']['application/json']>("setSpendingLimit 429 response", compiled.setSpendingLimit_429),
  "5XX": /* @__PURE__ */ createValidator<operations["setSpendingLimit"]['responses']["5XX"]['content']['application/json']>("setSpendingLimit 5XX response", compiled.setSpendingLimit_5XX),
};

/** Each JSON response of deleteSpendingLimit, by status. */
export const deleteSpendingLimitResponses: {
  "200": Validator<operations["deleteSpendingLimit"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteSpendingLimit"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteSpendingLimit"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteSpendingLimit"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteSpendingLimit"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteSpendingLimit"]['responses']["200"]['content']['application/json']>("deleteSpendingLimit 200 response", compiled.deleteSpendingLimit_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteSpendingLimit"]['responses']["401"]['content']['application/json']>("deleteSpendingLimit 401 response", compiled.deleteSpendingLimit_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteSpendingLimit"]['responses']["403"]['content']['application/json']>("deleteSpendingLimit 403 response", compiled.deleteSpendingLimit_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteSpendingLimit"]['responses']["429"]['content']['application/json']>("deleteSpendingLimit 429 response", compiled.deleteSpendingLimit_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteSpendingLimit"]['responses']["5XX"]['content']['application/json']>("deleteSpendingLimit 5XX response", compiled.deleteSpendingLimit_5XX),
};

/** Each JSON response of createTopup, by status. */
export const createTopupResponses: {
  "200": Validator<operations["createTopup"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createTopup"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createTopup"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createTopup"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createTopup"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createTopup"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["200"]['content']['application/json']>("createTopup 200 response", compiled.createTopup_200),
  "400": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["400"]['content']['application/json']>("createTopup 400 response", compiled.createTopup_400),
  "401": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["401"]['content']['application/json']>("createTopup 401 response", compiled.createTopup_401),
  "403": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["403"]['content']['application/json']>("createTopup 403 response", compiled.createTopup_403),
  "429": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["429"]['content']['application/json']>("createTopup 429 response", compiled.createTopup_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createTopup"]['responses']["5XX"]['content']['application/json']>("createTopup 5XX response", compiled.createTopup_5XX),
};

/** Each JSON response of getTopupConfig, by status. */
export const getTopupConfigResponses: {
  "200": Validator<operations["getTopupConfig"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getTopupConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getTopupConfig"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getTopupConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getTopupConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getTopupConfig"]['responses']["200"]['content']['application/json']>("getTopupConfig 200 response", compiled.getTopupConfig_200),
  "401": /* @__PURE__ */ createValidator<operations["getTopupConfig"]['responses']["401"]['content']['application/json']>("getTopupConfig 401 response", compiled.getTopupConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["getTopupConfig"]['responses']["403"]['content']['application/json']>("getTopupConfig 403 response", compiled.getTopupConfig_403),
  "429": /* @__PURE__ */ createValidator<operations["getTopupConfig"]['responses']["429"]['content']['application/json']>("getTopupConfig 429 response", compiled.getTopupConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getTopupConfig"]['responses']["5XX"]['content']['application/json']>("getTopupConfig 5XX response", compiled.getTopupConfig_5XX),
};

/** Each JSON response of setTopupConfig, by status. */
export const setTopupConfigResponses: {
  "200": Validator<operations["setTopupConfig"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["setTopupConfig"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["setTopupConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["setTopupConfig"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["setTopupConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["setTopupConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["200"]['content']['application/json']>("setTopupConfig 200 response", compiled.setTopupConfig_200),
  "400": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["400"]['content']['application/json']>("setTopupConfig 400 response", compiled.setTopupConfig_400),
  "401": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["401"]['content']['application/json']>("setTopupConfig 401 response", compiled.setTopupConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["403"]['content']['application/json']>("setTopupConfig 403 response", compiled.setTopupConfig_403),
  "429": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["429"]['content']['application/json']>("setTopupConfig 429 response", compiled.setTopupConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["setTopupConfig"]['responses']["5XX"]['content']['application/json']>("setTopupConfig 5XX response", compiled.setTopupConfig_5XX),
};

/** Each JSON response of deleteTopupConfig, by status. */
export const deleteTopupConfigResponses: {
  "200": Validator<operations["deleteTopupConfig"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteTopupConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteTopupConfig"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteTopupConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteTopupConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteTopupConfig"]['responses']["200"]['content']['application/json']>("deleteTopupConfig 200 response", compiled.deleteTopupConfig_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteTopupConfig"]['responses']["401"]['content']['application/json']>("deleteTopupConfig 401 response", compiled.deleteTopupConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteTopupConfig"]['responses']["403"]['content']['application/json']>("deleteTopupConfig 403 response", compiled.deleteTopupConfig_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteTopupConfig"]['responses']["429"]['content']['application/json']>("deleteTopupConfig 429 response", compiled.deleteTopupConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteTopupConfig"]['responses']["5XX"]['content']['application/json']>("deleteTopupConfig 5XX response", compiled.deleteTopupConfig_5XX),
};

/** Each JSON response of getTopupLimits, by status. */
export const getTopupLimitsResponses: {
  "200": Validator<operations["getTopupLimits"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getTopupLimits"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getTopupLimits"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getTopupLimits"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getTopupLimits"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getTopupLimits"]['responses']["200"]['content']['application/json']>("getTopupLimits 200 response", compiled.getTopupLimits_200),
  "401": /* @__PURE__ */ createValidator<operations["getTopupLimits"]['responses']["401"]['content']['application/json']>("getTopupLimits 401 response", compiled.getTopupLimits_401),
  "403": /* @__PURE__ */ createValidator<operations["getTopupLimits"]['responses']["403"]['content']['application/json']>("getTopupLimits 403 response", compiled.getTopupLimits_403),
  "429": /* @__PURE__ */ createValidator<operations["getTopupLimits"]['responses']["429"]['content']['application/json']>("getTopupLimits 429 response", compiled.getTopupLimits_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getTopupLimits"]['responses']["5XX"]['content']['application/json']>("getTopupLimits 5XX response", compiled.getTopupLimits_5XX),
};

/** Each JSON response of checkTopupStatus, by status. */
export const checkTopupStatusResponses: {
  "200": Validator<operations["checkTopupStatus"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["checkTopupStatus"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["checkTopupStatus"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["checkTopupStatus"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["checkTopupStatus"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["checkTopupStatus"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["checkTopupStatus"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["200"]['content']['application/json']>("checkTopupStatus 200 response", compiled.checkTopupStatus_200),
  "400": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["400"]['content']['application/json']>("checkTopupStatus 400 response", compiled.checkTopupStatus_400),
  "401": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["401"]['content']['application/json']>("checkTopupStatus 401 response", compiled.checkTopupStatus_401),
  "403": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["403"]['content']['application/json']>("checkTopupStatus 403 response", compiled.checkTopupStatus_403),
  "404": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["404"]['content']['application/json']>("checkTopupStatus 404 response", compiled.checkTopupStatus_404),
  "429": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["429"]['content']['application/json']>("checkTopupStatus 429 response", compiled.checkTopupStatus_429),
  "5XX": /* @__PURE__ */ createValidator<operations["checkTopupStatus"]['responses']["5XX"]['content']['application/json']>("checkTopupStatus 5XX response", compiled.checkTopupStatus_5XX),
};

/** For every operation: a validator of each JSON response body, by status. */
export const responseValidators: {
  listGateways: typeof listGatewaysResponses;
  createGateway: typeof createGatewayResponses;
  getGateway: typeof getGatewayResponses;
  updateGateway: typeof updateGatewayResponses;
  deleteGateway: typeof deleteGatewayResponses;
  listEvaluationTypes: typeof listEvaluationTypesResponses;
  listLogs: typeof listLogsResponses;
  deleteLogs: typeof deleteLogsResponses;
  getLog: typeof getLogResponses;
  editLog: typeof editLogResponses;
  getLogRequest: typeof getLogRequestResponses;
  getLogResponse: typeof getLogResponseResponses;
  listDatasets: typeof listDatasetsResponses;
  createDataset: typeof createDatasetResponses;
  getDataset: typeof getDatasetResponses;
  updateDataset: typeof updateDatasetResponses;
  deleteDataset: typeof deleteDatasetResponses;
  listEvaluations: typeof listEvaluationsResponses;
  createEvaluation: typeof createEvaluationResponses;
  getEvaluation: typeof getEvaluationResponses;
  deleteEvaluation: typeof deleteEvaluationResponses;
  listDynamicRoutes: typeof listDynamicRoutesResponses;
  createDynamicRoute: typeof createDynamicRouteResponses;
  getDynamicRoute: typeof getDynamicRouteResponses;
  deleteDynamicRoute: typeof deleteDynamicRouteResponses;
  updateDynamicRoute: typeof updateDynamicRouteResponses;
  listDynamicRouteDeployments: typeof listDynamicRouteDeploymentsResponses;
  createDynamicRouteDeployment: typeof createDynamicRouteDeploymentResponses;
  listDynamicRouteVersions: typeof listDynamicRouteVersionsResponses;
  createDynamicRouteVersion: typeof createDynamicRouteVersionResponses;
  getDynamicRouteVersion: typeof getDynamicRouteVersionResponses;
  listProviderConfigs: typeof listProviderConfigsResponses;
  createProviderConfig: typeof createProviderConfigResponses;
  updateProviderConfig: typeof updateProviderConfigResponses;
  deleteProviderConfig: typeof deleteProviderConfigResponses;
  getGatewayUrl: typeof getGatewayUrlResponses;
  listCustomProviders: typeof listCustomProvidersResponses;
  createCustomProvider: typeof createCustomProviderResponses;
  getCustomProvider: typeof getCustomProviderResponses;
  deleteCustomProvider: typeof deleteCustomProviderResponses;
  updateCustomProvider: typeof updateCustomProviderResponses;
  listCustomProviderCosts: typeof listCustomProviderCostsResponses;
  createCustomProviderCost: typeof createCustomProviderCostResponses;
  getCustomProviderCost: typeof getCustomProviderCostResponses;
  deleteCustomProviderCost: typeof deleteCustomProviderCostResponses;
  updateCustomProviderCost: typeof updateCustomProviderCostResponses;
  listCustomDomains: typeof listCustomDomainsResponses;
  createCustomDomain: typeof createCustomDomainResponses;
  getCustomDomain: typeof getCustomDomainResponses;
  deleteCustomDomain: typeof deleteCustomDomainResponses;
  getCreditBalance: typeof getCreditBalanceResponses;
  getInvoiceHistory: typeof getInvoiceHistoryResponses;
  getInvoicePreview: typeof getInvoicePreviewResponses;
  getUsageHistory: typeof getUsageHistoryResponses;
  getSpendingLimit: typeof getSpendingLimitResponses;
  setSpendingLimit: typeof setSpendingLimitResponses;
  deleteSpendingLimit: typeof deleteSpendingLimitResponses;
  createTopup: typeof createTopupResponses;
  getTopupConfig: typeof getTopupConfigResponses;
  setTopupConfig: typeof setTopupConfigResponses;
  deleteTopupConfig: typeof deleteTopupConfigResponses;
  getTopupLimits: typeof getTopupLimitsResponses;
  checkTopupStatus: typeof checkTopupStatusResponses;
} = {
  listGateways: listGatewaysResponses,
  createGateway: createGatewayResponses,
  getGateway: getGatewayResponses,
  updateGateway: updateGatewayResponses,
  deleteGateway: deleteGatewayResponses,
  listEvaluationTypes: listEvaluationTypesResponses,
  listLogs: listLogsResponses,
  deleteLogs: deleteLogsResponses,
  getLog: getLogResponses,
  editLog: editLogResponses,
  getLogRequest: getLogRequestResponses,
  getLogResponse: getLogResponseResponses,
  listDatasets: listDatasetsResponses,
  createDataset: createDatasetResponses,
  getDataset: getDatasetResponses,
  updateDataset: updateDatasetResponses,
  deleteDataset: deleteDatasetResponses,
  listEvaluations: listEvaluationsResponses,
  createEvaluation: createEvaluationResponses,
  getEvaluation: getEvaluationResponses,
  deleteEvaluation: deleteEvaluationResponses,
  listDynamicRoutes: listDynamicRoutesResponses,
  createDynamicRoute: createDynamicRouteResponses,
  getDynamicRoute: getDynamicRouteResponses,
  deleteDynamicRoute: deleteDynamicRouteResponses,
  updateDynamicRoute: updateDynamicRouteResponses,
  listDynamicRouteDeployments: listDynamicRouteDeploymentsResponses,
  createDynamicRouteDeployment: createDynamicRouteDeploymentResponses,
  listDynamicRouteVersions: listDynamicRouteVersionsResponses,
  createDynamicRouteVersion: createDynamicRouteVersionResponses,
  getDynamicRouteVersion: getDynamicRouteVersionResponses,
  listProviderConfigs: listProviderConfigsResponses,
  createProviderConfig: createProviderConfigResponses,
  updateProviderConfig: updateProviderConfigResponses,
  deleteProviderConfig: deleteProviderConfigResponses,
  getGatewayUrl: getGatewayUrlResponses,
  listCustomProviders: listCustomProvidersResponses,
  createCustomProvider: createCustomProviderResponses,
  getCustomProvider: getCustomProviderResponses,
  deleteCustomProvider: deleteCustomProviderResponses,
  updateCustomProvider: updateCustomProviderResponses,
  listCustomProviderCosts: listCustomProviderCostsResponses,
  createCustomProviderCost: createCustomProviderCostResponses,
  getCustomProviderCost: getCustomProviderCostResponses,
  deleteCustomProviderCost: deleteCustomProviderCostResponses,
  updateCustomProviderCost: updateCustomProviderCostResponses,
  listCustomDomains: listCustomDomainsResponses,
  createCustomDomain: createCustomDomainResponses,
  getCustomDomain: getCustomDomainResponses,
  deleteCustomDomain: deleteCustomDomainResponses,
  getCreditBalance: getCreditBalanceResponses,
  getInvoiceHistory: getInvoiceHistoryResponses,
  getInvoicePreview: getInvoicePreviewResponses,
  getUsageHistory: getUsageHistoryResponses,
  getSpendingLimit: getSpendingLimitResponses,
  setSpendingLimit: setSpendingLimitResponses,
  deleteSpendingLimit: deleteSpendingLimitResponses,
  createTopup: createTopupResponses,
  getTopupConfig: getTopupConfigResponses,
  setTopupConfig: setTopupConfigResponses,
  deleteTopupConfig: deleteTopupConfigResponses,
  getTopupLimits: getTopupLimitsResponses,
  checkTopupStatus: checkTopupStatusResponses,
};
