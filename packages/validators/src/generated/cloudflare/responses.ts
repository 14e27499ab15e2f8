// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { listGatewaysResponses } from './compiled-responses/listGateways.js';
import { createGatewayResponses } from './compiled-responses/createGateway.js';
import { getGatewayResponses } from './compiled-responses/getGateway.js';
import { updateGatewayResponses } from './compiled-responses/updateGateway.js';
import { deleteGatewayResponses } from './compiled-responses/deleteGateway.js';
import { listEvaluationTypesResponses } from './compiled-responses/listEvaluationTypes.js';
import { listLogsResponses } from './compiled-responses/listLogs.js';
import { deleteLogsResponses } from './compiled-responses/deleteLogs.js';
import { getLogResponses } from './compiled-responses/getLog.js';
import { editLogResponses } from './compiled-responses/editLog.js';
import { getLogRequestResponses } from './compiled-responses/getLogRequest.js';
import { getLogResponseResponses } from './compiled-responses/getLogResponse.js';
import { listDatasetsResponses } from './compiled-responses/listDatasets.js';
import { createDatasetResponses } from './compiled-responses/createDataset.js';
import { getDatasetResponses } from './compiled-responses/getDataset.js';
import { updateDatasetResponses } from './compiled-responses/updateDataset.js';
import { deleteDatasetResponses } from './compiled-responses/deleteDataset.js';
import { listEvaluationsResponses } from './compiled-responses/listEvaluations.js';
import { createEvaluationResponses } from './compiled-responses/createEvaluation.js';
import { getEvaluationResponses } from './compiled-responses/getEvaluation.js';
import { deleteEvaluationResponses } from './compiled-responses/deleteEvaluation.js';
import { listDynamicRoutesResponses } from './compiled-responses/listDynamicRoutes.js';
import { createDynamicRouteResponses } from './compiled-responses/createDynamicRoute.js';
import { getDynamicRouteResponses } from './compiled-responses/getDynamicRoute.js';
import { deleteDynamicRouteResponses } from './compiled-responses/deleteDynamicRoute.js';
import { updateDynamicRouteResponses } from './compiled-responses/updateDynamicRoute.js';
import { listDynamicRouteDeploymentsResponses } from './compiled-responses/listDynamicRouteDeployments.js';
import { createDynamicRouteDeploymentResponses } from './compiled-responses/createDynamicRouteDeployment.js';
import { listDynamicRouteVersionsResponses } from './compiled-responses/listDynamicRouteVersions.js';
import { createDynamicRouteVersionResponses } from './compiled-responses/createDynamicRouteVersion.js';
import { getDynamicRouteVersionResponses } from './compiled-responses/getDynamicRouteVersion.js';
import { listProviderConfigsResponses } from './compiled-responses/listProviderConfigs.js';
import { createProviderConfigResponses } from './compiled-responses/createProviderConfig.js';
import { updateProviderConfigResponses } from './compiled-responses/updateProviderConfig.js';
import { deleteProviderConfigResponses } from './compiled-responses/deleteProviderConfig.js';
import { getGatewayUrlResponses } from './compiled-responses/getGatewayUrl.js';
import { listCustomProvidersResponses } from './compiled-responses/listCustomProviders.js';
import { createCustomProviderResponses } from './compiled-responses/createCustomProvider.js';
import { getCustomProviderResponses } from './compiled-responses/getCustomProvider.js';
import { deleteCustomProviderResponses } from './compiled-responses/deleteCustomProvider.js';
import { updateCustomProviderResponses } from './compiled-responses/updateCustomProvider.js';
import { listCustomProviderCostsResponses } from './compiled-responses/listCustomProviderCosts.js';
import { createCustomProviderCostResponses } from './compiled-responses/createCustomProviderCost.js';
import { getCustomProviderCostResponses } from './compiled-responses/getCustomProviderCost.js';
import { deleteCustomProviderCostResponses } from './compiled-responses/deleteCustomProviderCost.js';
import { updateCustomProviderCostResponses } from './compiled-responses/updateCustomProviderCost.js';
import { listCustomDomainsResponses } from './compiled-responses/listCustomDomains.js';
import { createCustomDomainResponses } from './compiled-responses/createCustomDomain.js';
import { getCustomDomainResponses } from './compiled-responses/getCustomDomain.js';
import { deleteCustomDomainResponses } from './compiled-responses/deleteCustomDomain.js';
import { getCreditBalanceResponses } from './compiled-responses/getCreditBalance.js';
import { getInvoiceHistoryResponses } from './compiled-responses/getInvoiceHistory.js';
import { getInvoicePreviewResponses } from './compiled-responses/getInvoicePreview.js';
import { getUsageHistoryResponses } from './compiled-responses/getUsageHistory.js';
import { getSpendingLimitResponses } from './compiled-responses/getSpendingLimit.js';
import { setSpendingLimitResponses } from './compiled-responses/setSpendingLimit.js';
import { deleteSpendingLimitResponses } from './compiled-responses/deleteSpendingLimit.js';
import { createTopupResponses } from './compiled-responses/createTopup.js';
import { getTopupConfigResponses } from './compiled-responses/getTopupConfig.js';
import { setTopupConfigResponses } from './compiled-responses/setTopupConfig.js';
import { deleteTopupConfigResponses } from './compiled-responses/deleteTopupConfig.js';
import { getTopupLimitsResponses } from './compiled-responses/getTopupLimits.js';
import { checkTopupStatusResponses } from './compiled-responses/checkTopupStatus.js';

export {
  listGatewaysResponses,
  createGatewayResponses,
  getGatewayResponses,
  updateGatewayResponses,
  deleteGatewayResponses,
  listEvaluationTypesResponses,
  listLogsResponses,
  deleteLogsResponses,
  getLogResponses,
  editLogResponses,
  getLogRequestResponses,
  getLogResponseResponses,
  listDatasetsResponses,
  createDatasetResponses,
  getDatasetResponses,
  updateDatasetResponses,
  deleteDatasetResponses,
  listEvaluationsResponses,
  createEvaluationResponses,
  getEvaluationResponses,
  deleteEvaluationResponses,
  listDynamicRoutesResponses,
  createDynamicRouteResponses,
  getDynamicRouteResponses,
  deleteDynamicRouteResponses,
  updateDynamicRouteResponses,
  listDynamicRouteDeploymentsResponses,
  createDynamicRouteDeploymentResponses,
  listDynamicRouteVersionsResponses,
  createDynamicRouteVersionResponses,
  getDynamicRouteVersionResponses,
  listProviderConfigsResponses,
  createProviderConfigResponses,
  updateProviderConfigResponses,
  deleteProviderConfigResponses,
  getGatewayUrlResponses,
  listCustomProvidersResponses,
  createCustomProviderResponses,
  getCustomProviderResponses,
  deleteCustomProviderResponses,
  updateCustomProviderResponses,
  listCustomProviderCostsResponses,
  createCustomProviderCostResponses,
  getCustomProviderCostResponses,
  deleteCustomProviderCostResponses,
  updateCustomProviderCostResponses,
  listCustomDomainsResponses,
  createCustomDomainResponses,
  getCustomDomainResponses,
  deleteCustomDomainResponses,
  getCreditBalanceResponses,
  getInvoiceHistoryResponses,
  getInvoicePreviewResponses,
  getUsageHistoryResponses,
  getSpendingLimitResponses,
  setSpendingLimitResponses,
  deleteSpendingLimitResponses,
  createTopupResponses,
  getTopupConfigResponses,
  setTopupConfigResponses,
  deleteTopupConfigResponses,
  getTopupLimitsResponses,
  checkTopupStatusResponses,
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
