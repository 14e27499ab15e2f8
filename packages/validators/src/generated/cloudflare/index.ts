// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import { requestValidators } from './requests.js';
import { responseValidators } from './responses.js';
import type { components } from './types.js';

export type { components, operations, paths } from './types.js';
export * from './requests.js';
export * from './responses.js';

/** A validator for every named schema of the cloudflare spec. */
export const schemaValidators: {
  GatewayId: Validator<components['schemas']["GatewayId"]>;
  Gateway: Validator<components['schemas']["Gateway"]>;
  GatewayCreate: Validator<components['schemas']["GatewayCreate"]>;
  GatewayUpdate: Validator<components['schemas']["GatewayUpdate"]>;
  GatewayDlp: Validator<components['schemas']["GatewayDlp"]>;
  GatewayGuardrailActions: Validator<components['schemas']["GatewayGuardrailActions"]>;
  GatewayGuardrails: Validator<components['schemas']["GatewayGuardrails"]>;
  GatewayOtel: Validator<components['schemas']["GatewayOtel"]>;
  GatewaySpendLimits: Validator<components['schemas']["GatewaySpendLimits"]>;
  GatewaySpendLimitFilter: Validator<components['schemas']["GatewaySpendLimitFilter"]>;
  GatewayStripe: Validator<components['schemas']["GatewayStripe"]>;
  EvaluationType: Validator<components['schemas']["EvaluationType"]>;
  ResultInfo: Validator<components['schemas']["ResultInfo"]>;
  Log: Validator<components['schemas']["Log"]>;
  LogDetail: Validator<components['schemas']["LogDetail"]>;
  LogFilter: Validator<components['schemas']["LogFilter"]>;
  LogEdit: Validator<components['schemas']["LogEdit"]>;
  LogsResultInfo: Validator<components['schemas']["LogsResultInfo"]>;
  LogPayload: Validator<components['schemas']["LogPayload"]>;
  DatasetFilter: Validator<components['schemas']["DatasetFilter"]>;
  Dataset: Validator<components['schemas']["Dataset"]>;
  DatasetCreate: Validator<components['schemas']["DatasetCreate"]>;
  EvaluationDataset: Validator<components['schemas']["EvaluationDataset"]>;
  EvaluationResult: Validator<components['schemas']["EvaluationResult"]>;
  Evaluation: Validator<components['schemas']["Evaluation"]>;
  EvaluationCreate: Validator<components['schemas']["EvaluationCreate"]>;
  DynamicRouteElementRef: Validator<components['schemas']["DynamicRouteElementRef"]>;
  DynamicRouteElement: Validator<components['schemas']["DynamicRouteElement"]>;
  DynamicRouteStartElement: Validator<components['schemas']["DynamicRouteStartElement"]>;
  DynamicRouteConditionalElement: Validator<components['schemas']["DynamicRouteConditionalElement"]>;
  DynamicRoutePercentageElement: Validator<components['schemas']["DynamicRoutePercentageElement"]>;
  DynamicRouteRateElement: Validator<components['schemas']["DynamicRouteRateElement"]>;
  DynamicRouteModelElement: Validator<components['schemas']["DynamicRouteModelElement"]>;
  DynamicRouteEndElement: Validator<components['schemas']["DynamicRouteEndElement"]>;
  DynamicRouteVersion: Validator<components['schemas']["DynamicRouteVersion"]>;
  DynamicRouteVersionDetail: Validator<components['schemas']["DynamicRouteVersionDetail"]>;
  DynamicRouteDeployment: Validator<components['schemas']["DynamicRouteDeployment"]>;
  DynamicRouteSummary: Validator<components['schemas']["DynamicRouteSummary"]>;
  DynamicRouteDetail: Validator<components['schemas']["DynamicRouteDetail"]>;
  DynamicRoute: Validator<components['schemas']["DynamicRoute"]>;
  DynamicRouteCreate: Validator<components['schemas']["DynamicRouteCreate"]>;
  DynamicRouteUpdate: Validator<components['schemas']["DynamicRouteUpdate"]>;
  DynamicRouteVersionCreate: Validator<components['schemas']["DynamicRouteVersionCreate"]>;
  DynamicRouteDeploymentCreate: Validator<components['schemas']["DynamicRouteDeploymentCreate"]>;
  ProviderConfig: Validator<components['schemas']["ProviderConfig"]>;
  ProviderConfigCreate: Validator<components['schemas']["ProviderConfigCreate"]>;
  ErrorBadRequest: Validator<components['schemas']["ErrorBadRequest"]>;
  ErrorInputValidation: Validator<components['schemas']["ErrorInputValidation"]>;
  ErrorNotFound: Validator<components['schemas']["ErrorNotFound"]>;
  EdgeError: Validator<components['schemas']["EdgeError"]>;
} = {
  GatewayId: /* @__PURE__ */ createValidator<components['schemas']["GatewayId"]>("GatewayId", compiled.schema_GatewayId),
  Gateway: /* @__PURE__ */ createValidator<components['schemas']["Gateway"]>("Gateway", compiled.schema_Gateway),
  GatewayCreate: /* @__PURE__ */ createValidator<components['schemas']["GatewayCreate"]>("GatewayCreate", compiled.schema_GatewayCreate),
  GatewayUpdate: /* @__PURE__ */ createValidator<components['schemas']["GatewayUpdate"]>("GatewayUpdate", compiled.schema_GatewayUpdate),
  GatewayDlp: /* @__PURE__ */ createValidator<components['schemas']["GatewayDlp"]>("GatewayDlp", compiled.schema_GatewayDlp),
  GatewayGuardrailActions: /* @__PURE__ */ createValidator<components['schemas']["GatewayGuardrailActions"]>("GatewayGuardrailActions", compiled.schema_GatewayGuardrailActions),
  GatewayGuardrails: /* @__PURE__ */ createValidator<components['schemas']["GatewayGuardrails"]>("GatewayGuardrails", compiled.schema_GatewayGuardrails),
  GatewayOtel: /* @__PURE__ */ createValidator<components['schemas']["GatewayOtel"]>("GatewayOtel", compiled.schema_GatewayOtel),
  GatewaySpendLimits: /* @__PURE__ */ createValidator<components['schemas']["GatewaySpendLimits"]>("GatewaySpendLimits", compiled.schema_GatewaySpendLimits),
  GatewaySpendLimitFilter: /* @__PURE__ */ createValidator<components['schemas']["GatewaySpendLimitFilter"]>("GatewaySpendLimitFilter", compiled.schema_GatewaySpendLimitFilter),
  GatewayStripe: /* @__PURE__ */ createValidator<components['schemas']["GatewayStripe"]>("GatewayStripe", compiled.schema_GatewayStripe),
  EvaluationType: /* @__PURE__ */ createValidator<components['schemas']["EvaluationType"]>("EvaluationType", compiled.schema_EvaluationType),
  ResultInfo: /* @__PURE__ */ createValidator<components['schemas']["ResultInfo"]>("ResultInfo", compiled.schema_ResultInfo),
  Log: /* @__PURE__ */ createValidator<components['schemas']["Log"]>("Log", compiled.schema_Log),
  LogDetail: /* @__PURE__ */ createValidator<components['schemas']["LogDetail"]>("LogDetail", compiled.schema_LogDetail),
  LogFilter: /* @__PURE__ */ createValidator<components['schemas']["LogFilter"]>("LogFilter", compiled.schema_LogFilter),
  LogEdit: /* @__PURE__ */ createValidator<components['schemas']["LogEdit"]>("LogEdit", compiled.schema_LogEdit),
  LogsResultInfo: /* @__PURE__ */ createValidator<components['schemas']["LogsResultInfo"]>("LogsResultInfo", compiled.schema_LogsResultInfo),
  LogPayload: /* @__PURE__ */ createValidator<components['schemas']["LogPayload"]>("LogPayload", compiled.schema_LogPayload),
  DatasetFilter: /* @__PURE__ */ createValidator<components['schemas']["DatasetFilter"]>("DatasetFilter", compiled.schema_DatasetFilter),
  Dataset: /* @__PURE__ */ createValidator<components['schemas']["Dataset"]>("Dataset", compiled.schema_Dataset),
  DatasetCreate: /* @__PURE__ */ createValidator<components['schemas']["DatasetCreate"]>("DatasetCreate", compiled.schema_DatasetCreate),
  EvaluationDataset: /* @__PURE__ */ createValidator<components['schemas']["EvaluationDataset"]>("EvaluationDataset", compiled.schema_EvaluationDataset),
  EvaluationResult: /* @__PURE__ */ createValidator<components['schemas']["EvaluationResult"]>("EvaluationResult", compiled.schema_EvaluationResult),
  Evaluation: /* @__PURE__ */ createValidator<components['schemas']["Evaluation"]>("Evaluation", compiled.schema_Evaluation),
  EvaluationCreate: /* @__PURE__ */ createValidator<components['schemas']["EvaluationCreate"]>("EvaluationCreate", compiled.schema_EvaluationCreate),
  DynamicRouteElementRef: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteElementRef"]>("DynamicRouteElementRef", compiled.schema_DynamicRouteElementRef),
  DynamicRouteElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteElement"]>("DynamicRouteElement", compiled.schema_DynamicRouteElement),
  DynamicRouteStartElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteStartElement"]>("DynamicRouteStartElement", compiled.schema_DynamicRouteStartElement),
  DynamicRouteConditionalElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteConditionalElement"]>("DynamicRouteConditionalElement", compiled.schema_DynamicRouteConditionalElement),
  DynamicRoutePercentageElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRoutePercentageElement"]>("DynamicRoutePercentageElement", compiled.schema_DynamicRoutePercentageElement),
  DynamicRouteRateElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteRateElement"]>("DynamicRouteRateElement", compiled.schema_DynamicRouteRateElement),
  DynamicRouteModelElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteModelElement"]>("DynamicRouteModelElement", compiled.schema_DynamicRouteModelElement),
  DynamicRouteEndElement: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteEndElement"]>("DynamicRouteEndElement", compiled.schema_DynamicRouteEndElement),
  DynamicRouteVersion: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteVersion"]>("DynamicRouteVersion", compiled.schema_DynamicRouteVersion),
  DynamicRouteVersionDetail: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteVersionDetail"]>("DynamicRouteVersionDetail", compiled.schema_DynamicRouteVersionDetail),
  DynamicRouteDeployment: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteDeployment"]>("DynamicRouteDeployment", compiled.schema_DynamicRouteDeployment),
  DynamicRouteSummary: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteSummary"]>("DynamicRouteSummary", compiled.schema_DynamicRouteSummary),
  DynamicRouteDetail: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteDetail"]>("DynamicRouteDetail", compiled.schema_DynamicRouteDetail),
  DynamicRoute: /* @__PURE__ */ createValidator<components['schemas']["DynamicRoute"]>("DynamicRoute", compiled.schema_DynamicRoute),
  DynamicRouteCreate: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteCreate"]>("DynamicRouteCreate", compiled.schema_DynamicRouteCreate),
  DynamicRouteUpdate: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteUpdate"]>("DynamicRouteUpdate", compiled.schema_DynamicRouteUpdate),
  DynamicRouteVersionCreate: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteVersionCreate"]>("DynamicRouteVersionCreate", compiled.schema_DynamicRouteVersionCreate),
  DynamicRouteDeploymentCreate: /* @__PURE__ */ createValidator<components['schemas']["DynamicRouteDeploymentCreate"]>("DynamicRouteDeploymentCreate", compiled.schema_DynamicRouteDeploymentCreate),
  ProviderConfig: /* @__PURE__ */ createValidator<components['schemas']["ProviderConfig"]>("ProviderConfig", compiled.schema_ProviderConfig),
  ProviderConfigCreate: /* @__PURE__ */ createValidator<components['schemas']["ProviderConfigCreate"]>("ProviderConfigCreate", compiled.schema_ProviderConfigCreate),
  ErrorBadRequest: /* @__PURE__ */ createValidator<components['schemas']["ErrorBadRequest"]>("ErrorBadRequest", compiled.schema_ErrorBadRequest),
  ErrorInputValidation: /* @__PURE__ */ createValidator<components['schemas']["ErrorInputValidation"]>("ErrorInputValidation", compiled.schema_ErrorInputValidation),
  ErrorNotFound: /* @__PURE__ */ createValidator<components['schemas']["ErrorNotFound"]>("ErrorNotFound", compiled.schema_ErrorNotFound),
  EdgeError: /* @__PURE__ */ createValidator<components['schemas']["EdgeError"]>("EdgeError", compiled.schema_EdgeError),
};

/** For every operation: its parameters, its JSON request body and each JSON response by status. */
export const operationValidators: {
  listGateways: typeof requestValidators.listGateways & { readonly responses: typeof responseValidators.listGateways };
  createGateway: typeof requestValidators.createGateway & { readonly responses: typeof responseValidators.createGateway };
  getGateway: typeof requestValidators.getGateway & { readonly responses: typeof responseValidators.getGateway };
  updateGateway: typeof requestValidators.updateGateway & { readonly responses: typeof responseValidators.updateGateway };
  deleteGateway: typeof requestValidators.deleteGateway & { readonly responses: typeof responseValidators.deleteGateway };
  listEvaluationTypes: typeof requestValidators.listEvaluationTypes & { readonly responses: typeof responseValidators.listEvaluationTypes };
  listLogs: typeof requestValidators.listLogs & { readonly responses: typeof responseValidators.listLogs };
  deleteLogs: typeof requestValidators.deleteLogs & { readonly responses: typeof responseValidators.deleteLogs };
  getLog: typeof requestValidators.getLog & { readonly responses: typeof responseValidators.getLog };
  editLog: typeof requestValidators.editLog & { readonly responses: typeof responseValidators.editLog };
  getLogRequest: typeof requestValidators.getLogRequest & { readonly responses: typeof responseValidators.getLogRequest };
  getLogResponse: typeof requestValidators.getLogResponse & { readonly responses: typeof responseValidators.getLogResponse };
  listDatasets: typeof requestValidators.listDatasets & { readonly responses: typeof responseValidators.listDatasets };
  createDataset: typeof requestValidators.createDataset & { readonly responses: typeof responseValidators.createDataset };
  getDataset: typeof requestValidators.getDataset & { readonly responses: typeof responseValidators.getDataset };
  updateDataset: typeof requestValidators.updateDataset & { readonly responses: typeof responseValidators.updateDataset };
  deleteDataset: typeof requestValidators.deleteDataset & { readonly responses: typeof responseValidators.deleteDataset };
  listEvaluations: typeof requestValidators.listEvaluations & { readonly responses: typeof responseValidators.listEvaluations };
  createEvaluation: typeof requestValidators.createEvaluation & { readonly responses: typeof responseValidators.createEvaluation };
  getEvaluation: typeof requestValidators.getEvaluation & { readonly responses: typeof responseValidators.getEvaluation };
  deleteEvaluation: typeof requestValidators.deleteEvaluation & { readonly responses: typeof responseValidators.deleteEvaluation };
  listDynamicRoutes: typeof requestValidators.listDynamicRoutes & { readonly responses: typeof responseValidators.listDynamicRoutes };
  createDynamicRoute: typeof requestValidators.createDynamicRoute & { readonly responses: typeof responseValidators.createDynamicRoute };
  getDynamicRoute: typeof requestValidators.getDynamicRoute & { readonly responses: typeof responseValidators.getDynamicRoute };
  deleteDynamicRoute: typeof requestValidators.deleteDynamicRoute & { readonly responses: typeof responseValidators.deleteDynamicRoute };
  updateDynamicRoute: typeof requestValidators.updateDynamicRoute & { readonly responses: typeof responseValidators.updateDynamicRoute };
  listDynamicRouteDeployments: typeof requestValidators.listDynamicRouteDeployments & { readonly responses: typeof responseValidators.listDynamicRouteDeployments };
  createDynamicRouteDeployment: typeof requestValidators.createDynamicRouteDeployment & { readonly responses: typeof responseValidators.createDynamicRouteDeployment };
  listDynamicRouteVersions: typeof requestValidators.listDynamicRouteVersions & { readonly responses: typeof responseValidators.listDynamicRouteVersions };
  createDynamicRouteVersion: typeof requestValidators.createDynamicRouteVersion & { readonly responses: typeof responseValidators.createDynamicRouteVersion };
  getDynamicRouteVersion: typeof requestValidators.getDynamicRouteVersion & { readonly responses: typeof responseValidators.getDynamicRouteVersion };
  listProviderConfigs: typeof requestValidators.listProviderConfigs & { readonly responses: typeof responseValidators.listProviderConfigs };
  createProviderConfig: typeof requestValidators.createProviderConfig & { readonly responses: typeof responseValidators.createProviderConfig };
  getGatewayUrl: typeof requestValidators.getGatewayUrl & { readonly responses: typeof responseValidators.getGatewayUrl };
} = {
  listGateways: { ...requestValidators.listGateways, responses: responseValidators.listGateways },
  createGateway: { ...requestValidators.createGateway, responses: responseValidators.createGateway },
  getGateway: { ...requestValidators.getGateway, responses: responseValidators.getGateway },
  updateGateway: { ...requestValidators.updateGateway, responses: responseValidators.updateGateway },
  deleteGateway: { ...requestValidators.deleteGateway, responses: responseValidators.deleteGateway },
  listEvaluationTypes: { ...requestValidators.listEvaluationTypes, responses: responseValidators.listEvaluationTypes },
  listLogs: { ...requestValidators.listLogs, responses: responseValidators.listLogs },
  deleteLogs: { ...requestValidators.deleteLogs, responses: responseValidators.deleteLogs },
  getLog: { ...requestValidators.getLog, responses: responseValidators.getLog },
  editLog: { ...requestValidators.editLog, responses: responseValidators.editLog },
  getLogRequest: { ...requestValidators.getLogRequest, responses: responseValidators.getLogRequest },
  getLogResponse: { ...requestValidators.getLogResponse, responses: responseValidators.getLogResponse },
  listDatasets: { ...requestValidators.listDatasets, responses: responseValidators.listDatasets },
  createDataset: { ...requestValidators.createDataset, responses: responseValidators.createDataset },
  getDataset: { ...requestValidators.getDataset, responses: responseValidators.getDataset },
  updateDataset: { ...requestValidators.updateDataset, responses: responseValidators.updateDataset },
  deleteDataset: { ...requestValidators.deleteDataset, responses: responseValidators.deleteDataset },
  listEvaluations: { ...requestValidators.listEvaluations, responses: responseValidators.listEvaluations },
  createEvaluation: { ...requestValidators.createEvaluation, responses: responseValidators.createEvaluation },
  getEvaluation: { ...requestValidators.getEvaluation, responses: responseValidators.getEvaluation },
  deleteEvaluation: { ...requestValidators.deleteEvaluation, responses: responseValidators.deleteEvaluation },
  listDynamicRoutes: { ...requestValidators.listDynamicRoutes, responses: responseValidators.listDynamicRoutes },
  createDynamicRoute: { ...requestValidators.createDynamicRoute, responses: responseValidators.createDynamicRoute },
  getDynamicRoute: { ...requestValidators.getDynamicRoute, responses: responseValidators.getDynamicRoute },
  deleteDynamicRoute: { ...requestValidators.deleteDynamicRoute, responses: responseValidators.deleteDynamicRoute },
  updateDynamicRoute: { ...requestValidators.updateDynamicRoute, responses: responseValidators.updateDynamicRoute },
  listDynamicRouteDeployments: { ...requestValidators.listDynamicRouteDeployments, responses: responseValidators.listDynamicRouteDeployments },
  createDynamicRouteDeployment: { ...requestValidators.createDynamicRouteDeployment, responses: responseValidators.createDynamicRouteDeployment },
  listDynamicRouteVersions: { ...requestValidators.listDynamicRouteVersions, responses: responseValidators.listDynamicRouteVersions },
  createDynamicRouteVersion: { ...requestValidators.createDynamicRouteVersion, responses: responseValidators.createDynamicRouteVersion },
  getDynamicRouteVersion: { ...requestValidators.getDynamicRouteVersion, responses: responseValidators.getDynamicRouteVersion },
  listProviderConfigs: { ...requestValidators.listProviderConfigs, responses: responseValidators.listProviderConfigs },
  createProviderConfig: { ...requestValidators.createProviderConfig, responses: responseValidators.createProviderConfig },
  getGatewayUrl: { ...requestValidators.getGatewayUrl, responses: responseValidators.getGatewayUrl },
};
