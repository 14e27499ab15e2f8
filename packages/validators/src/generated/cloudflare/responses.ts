// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { listGatewaysResponses } from './responses/listGateways.js';
import { createGatewayResponses } from './responses/createGateway.js';
import { getGatewayResponses } from './responses/getGateway.js';
import { updateGatewayResponses } from './responses/updateGateway.js';
import { deleteGatewayResponses } from './responses/deleteGateway.js';
import { listEvaluationTypesResponses } from './responses/listEvaluationTypes.js';
import { listLogsResponses } from './responses/listLogs.js';
import { deleteLogsResponses } from './responses/deleteLogs.js';
import { getLogResponses } from './responses/getLog.js';
import { editLogResponses } from './responses/editLog.js';
import { getLogRequestResponses } from './responses/getLogRequest.js';
import { getLogResponseResponses } from './responses/getLogResponse.js';
import { listDatasetsResponses } from './responses/listDatasets.js';
import { createDatasetResponses } from './responses/createDataset.js';
import { getDatasetResponses } from './responses/getDataset.js';
import { updateDatasetResponses } from './responses/updateDataset.js';
import { deleteDatasetResponses } from './responses/deleteDataset.js';
import { listEvaluationsResponses } from './responses/listEvaluations.js';
import { createEvaluationResponses } from './responses/createEvaluation.js';
import { getEvaluationResponses } from './responses/getEvaluation.js';
import { deleteEvaluationResponses } from './responses/deleteEvaluation.js';
import { listDynamicRoutesResponses } from './responses/listDynamicRoutes.js';
import { createDynamicRouteResponses } from './responses/createDynamicRoute.js';
import { getDynamicRouteResponses } from './responses/getDynamicRoute.js';
import { deleteDynamicRouteResponses } from './responses/deleteDynamicRoute.js';
import { updateDynamicRouteResponses } from './responses/updateDynamicRoute.js';
import { listDynamicRouteDeploymentsResponses } from './responses/listDynamicRouteDeployments.js';
import { createDynamicRouteDeploymentResponses } from './responses/createDynamicRouteDeployment.js';
import { listDynamicRouteVersionsResponses } from './responses/listDynamicRouteVersions.js';
import { createDynamicRouteVersionResponses } from './responses/createDynamicRouteVersion.js';
import { getDynamicRouteVersionResponses } from './responses/getDynamicRouteVersion.js';
import { listProviderConfigsResponses } from './responses/listProviderConfigs.js';
import { createProviderConfigResponses } from './responses/createProviderConfig.js';
import { updateProviderConfigResponses } from './responses/updateProviderConfig.js';
import { deleteProviderConfigResponses } from './responses/deleteProviderConfig.js';
import { getGatewayUrlResponses } from './responses/getGatewayUrl.js';
import { listCustomProvidersResponses } from './responses/listCustomProviders.js';
import { createCustomProviderResponses } from './responses/createCustomProvider.js';
import { getCustomProviderResponses } from './responses/getCustomProvider.js';
import { deleteCustomProviderResponses } from './responses/deleteCustomProvider.js';
import { updateCustomProviderResponses } from './responses/updateCustomProvider.js';
import { listCustomProviderCostsResponses } from './responses/listCustomProviderCosts.js';
import { createCustomProviderCostResponses } from './responses/createCustomProviderCost.js';
import { getCustomProviderCostResponses } from './responses/getCustomProviderCost.js';
import { deleteCustomProviderCostResponses } from './responses/deleteCustomProviderCost.js';
import { updateCustomProviderCostResponses } from './responses/updateCustomProviderCost.js';
import { listCustomDomainsResponses } from './responses/listCustomDomains.js';
import { createCustomDomainResponses } from './responses/createCustomDomain.js';
import { getCustomDomainResponses } from './responses/getCustomDomain.js';
import { deleteCustomDomainResponses } from './responses/deleteCustomDomain.js';
import { getCreditBalanceResponses } from './responses/getCreditBalance.js';
import { getInvoiceHistoryResponses } from './responses/getInvoiceHistory.js';
import { getInvoicePreviewResponses } from './responses/getInvoicePreview.js';
import { getUsageHistoryResponses } from './responses/getUsageHistory.js';
import { getSpendingLimitResponses } from './responses/getSpendingLimit.js';
import { setSpendingLimitResponses } from './responses/setSpendingLimit.js';
import { deleteSpendingLimitResponses } from './responses/deleteSpendingLimit.js';
import { createTopupResponses } from './responses/createTopup.js';
import { getTopupConfigResponses } from './responses/getTopupConfig.js';
import { setTopupConfigResponses } from './responses/setTopupConfig.js';
import { deleteTopupConfigResponses } from './responses/deleteTopupConfig.js';
import { getTopupLimitsResponses } from './responses/getTopupLimits.js';
import { checkTopupStatusResponses } from './responses/checkTopupStatus.js';

export { listGatewaysResponses } from './responses/listGateways.js';
export { createGatewayResponses } from './responses/createGateway.js';
export { getGatewayResponses } from './responses/getGateway.js';
export { updateGatewayResponses } from './responses/updateGateway.js';
export { deleteGatewayResponses } from './responses/deleteGateway.js';
export { listEvaluationTypesResponses } from './responses/listEvaluationTypes.js';
export { listLogsResponses } from './responses/listLogs.js';
export { deleteLogsResponses } from './responses/deleteLogs.js';
export { getLogResponses } from './responses/getLog.js';
export { editLogResponses } from './responses/editLog.js';
export { getLogRequestResponses } from './responses/getLogRequest.js';
export { getLogResponseResponses } from './responses/getLogResponse.js';
export { listDatasetsResponses } from './responses/listDatasets.js';
export { createDatasetResponses } from './responses/createDataset.js';
export { getDatasetResponses } from './responses/getDataset.js';
export { updateDatasetResponses } from './responses/updateDataset.js';
export { deleteDatasetResponses } from './responses/deleteDataset.js';
export { listEvaluationsResponses } from './responses/listEvaluations.js';
export { createEvaluationResponses } from './responses/createEvaluation.js';
export { getEvaluationResponses } from './responses/getEvaluation.js';
export { deleteEvaluationResponses } from './responses/deleteEvaluation.js';
export { listDynamicRoutesResponses } from './responses/listDynamicRoutes.js';
export { createDynamicRouteResponses } from './responses/createDynamicRoute.js';
export { getDynamicRouteResponses } from './responses/getDynamicRoute.js';
export { deleteDynamicRouteResponses } from './responses/deleteDynamicRoute.js';
export { updateDynamicRouteResponses } from './responses/updateDynamicRoute.js';
export { listDynamicRouteDeploymentsResponses } from './responses/listDynamicRouteDeployments.js';
export { createDynamicRouteDeploymentResponses } from './responses/createDynamicRouteDeployment.js';
export { listDynamicRouteVersionsResponses } from './responses/listDynamicRouteVersions.js';
export { createDynamicRouteVersionResponses } from './responses/createDynamicRouteVersion.js';
export { getDynamicRouteVersionResponses } from './responses/getDynamicRouteVersion.js';
export { listProviderConfigsResponses } from './responses/listProviderConfigs.js';
export { createProviderConfigResponses } from './responses/createProviderConfig.js';
export { updateProviderConfigResponses } from './responses/updateProviderConfig.js';
export { deleteProviderConfigResponses } from './responses/deleteProviderConfig.js';
export { getGatewayUrlResponses } from './responses/getGatewayUrl.js';
export { listCustomProvidersResponses } from './responses/listCustomProviders.js';
export { createCustomProviderResponses } from './responses/createCustomProvider.js';
export { getCustomProviderResponses } from './responses/getCustomProvider.js';
export { deleteCustomProviderResponses } from './responses/deleteCustomProvider.js';
export { updateCustomProviderResponses } from './responses/updateCustomProvider.js';
export { listCustomProviderCostsResponses } from './responses/listCustomProviderCosts.js';
export { createCustomProviderCostResponses } from './responses/createCustomProviderCost.js';
export { getCustomProviderCostResponses } from './responses/getCustomProviderCost.js';
export { deleteCustomProviderCostResponses } from './responses/deleteCustomProviderCost.js';
export { updateCustomProviderCostResponses } from './responses/updateCustomProviderCost.js';
export { listCustomDomainsResponses } from './responses/listCustomDomains.js';
export { createCustomDomainResponses } from './responses/createCustomDomain.js';
export { getCustomDomainResponses } from './responses/getCustomDomain.js';
export { deleteCustomDomainResponses } from './responses/deleteCustomDomain.js';
export { getCreditBalanceResponses } from './responses/getCreditBalance.js';
export { getInvoiceHistoryResponses } from './responses/getInvoiceHistory.js';
export { getInvoicePreviewResponses } from './responses/getInvoicePreview.js';
export { getUsageHistoryResponses } from './responses/getUsageHistory.js';
export { getSpendingLimitResponses } from './responses/getSpendingLimit.js';
export { setSpendingLimitResponses } from './responses/setSpendingLimit.js';
export { deleteSpendingLimitResponses } from './responses/deleteSpendingLimit.js';
export { createTopupResponses } from './responses/createTopup.js';
export { getTopupConfigResponses } from './responses/getTopupConfig.js';
export { setTopupConfigResponses } from './responses/setTopupConfig.js';
export { deleteTopupConfigResponses } from './responses/deleteTopupConfig.js';
export { getTopupLimitsResponses } from './responses/getTopupLimits.js';
export { checkTopupStatusResponses } from './responses/checkTopupStatus.js';

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
