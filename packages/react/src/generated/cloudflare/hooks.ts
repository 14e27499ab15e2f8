// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

/** Every operation of the cloudflare spec and the exports of this entry point that serve it. */
export const cloudflareHooks = {
  listGateways: {
    kind: 'infinite',
    exports: [
      'useGateways',
      'useSuspenseGateways',
      'gatewaysQueryOptions',
      'useInfiniteGateways',
      'gatewaysInfiniteQueryOptions',
    ],
  },
  createGateway: { kind: 'mutation', exports: ['useCreateGateway'] },
  getGateway: {
    kind: 'query',
    exports: ['useGateway', 'useSuspenseGateway', 'gatewayQueryOptions'],
  },
  updateGateway: { kind: 'mutation', exports: ['useUpdateGateway'] },
  deleteGateway: { kind: 'mutation', exports: ['useDeleteGateway'] },
  listEvaluationTypes: {
    kind: 'infinite',
    exports: [
      'useEvaluationTypes',
      'useSuspenseEvaluationTypes',
      'evaluationTypesQueryOptions',
      'useInfiniteEvaluationTypes',
      'evaluationTypesInfiniteQueryOptions',
    ],
  },
  listLogs: {
    kind: 'infinite',
    exports: [
      'useLogs',
      'useSuspenseLogs',
      'logsQueryOptions',
      'useInfiniteLogs',
      'logsInfiniteQueryOptions',
    ],
  },
  deleteLogs: { kind: 'mutation', exports: ['useDeleteLogs'] },
  getLog: { kind: 'query', exports: ['useLog', 'useSuspenseLog', 'logQueryOptions'] },
  editLog: { kind: 'mutation', exports: ['useEditLog'] },
  getLogRequest: {
    kind: 'query',
    exports: ['useLogRequest', 'useSuspenseLogRequest', 'logRequestQueryOptions'],
  },
  getLogResponse: {
    kind: 'query',
    exports: ['useLogResponse', 'useSuspenseLogResponse', 'logResponseQueryOptions'],
  },
  listDatasets: {
    kind: 'infinite',
    exports: [
      'useDatasets',
      'useSuspenseDatasets',
      'datasetsQueryOptions',
      'useInfiniteDatasets',
      'datasetsInfiniteQueryOptions',
    ],
  },
  createDataset: { kind: 'mutation', exports: ['useCreateDataset'] },
  getDataset: {
    kind: 'query',
    exports: ['useDataset', 'useSuspenseDataset', 'datasetQueryOptions'],
  },
  updateDataset: { kind: 'mutation', exports: ['useUpdateDataset'] },
  deleteDataset: { kind: 'mutation', exports: ['useDeleteDataset'] },
  listEvaluations: {
    kind: 'infinite',
    exports: [
      'useEvaluations',
      'useSuspenseEvaluations',
      'evaluationsQueryOptions',
      'useInfiniteEvaluations',
      'evaluationsInfiniteQueryOptions',
    ],
  },
  createEvaluation: { kind: 'mutation', exports: ['useCreateEvaluation'] },
  getEvaluation: {
    kind: 'query',
    exports: ['useEvaluation', 'useSuspenseEvaluation', 'evaluationQueryOptions'],
  },
  deleteEvaluation: { kind: 'mutation', exports: ['useDeleteEvaluation'] },
  listDynamicRoutes: {
    kind: 'infinite',
    exports: [
      'useDynamicRoutes',
      'useSuspenseDynamicRoutes',
      'dynamicRoutesQueryOptions',
      'useInfiniteDynamicRoutes',
      'dynamicRoutesInfiniteQueryOptions',
    ],
  },
  createDynamicRoute: { kind: 'mutation', exports: ['useCreateDynamicRoute'] },
  getDynamicRoute: {
    kind: 'query',
    exports: ['useDynamicRoute', 'useSuspenseDynamicRoute', 'dynamicRouteQueryOptions'],
  },
  deleteDynamicRoute: { kind: 'mutation', exports: ['useDeleteDynamicRoute'] },
  updateDynamicRoute: { kind: 'mutation', exports: ['useUpdateDynamicRoute'] },
  listDynamicRouteDeployments: {
    kind: 'query',
    exports: [
      'useDynamicRouteDeployments',
      'useSuspenseDynamicRouteDeployments',
      'dynamicRouteDeploymentsQueryOptions',
    ],
  },
  createDynamicRouteDeployment: { kind: 'mutation', exports: ['useCreateDynamicRouteDeployment'] },
  listDynamicRouteVersions: {
    kind: 'query',
    exports: [
      'useDynamicRouteVersions',
      'useSuspenseDynamicRouteVersions',
      'dynamicRouteVersionsQueryOptions',
    ],
  },
  createDynamicRouteVersion: { kind: 'mutation', exports: ['useCreateDynamicRouteVersion'] },
  getDynamicRouteVersion: {
    kind: 'query',
    exports: [
      'useDynamicRouteVersion',
      'useSuspenseDynamicRouteVersion',
      'dynamicRouteVersionQueryOptions',
    ],
  },
  listProviderConfigs: {
    kind: 'infinite',
    exports: [
      'useProviderConfigs',
      'useSuspenseProviderConfigs',
      'providerConfigsQueryOptions',
      'useInfiniteProviderConfigs',
      'providerConfigsInfiniteQueryOptions',
    ],
  },
  createProviderConfig: { kind: 'mutation', exports: ['useCreateProviderConfig'] },
  updateProviderConfig: { kind: 'mutation', exports: ['useUpdateProviderConfig'] },
  deleteProviderConfig: { kind: 'mutation', exports: ['useDeleteProviderConfig'] },
  getGatewayUrl: {
    kind: 'query',
    exports: ['useGatewayUrl', 'useSuspenseGatewayUrl', 'gatewayUrlQueryOptions'],
  },
  listCustomProviders: {
    kind: 'infinite',
    exports: [
      'useCustomProviders',
      'useSuspenseCustomProviders',
      'customProvidersQueryOptions',
      'useInfiniteCustomProviders',
      'customProvidersInfiniteQueryOptions',
    ],
  },
  createCustomProvider: { kind: 'mutation', exports: ['useCreateCustomProvider'] },
  getCustomProvider: {
    kind: 'query',
    exports: ['useCustomProvider', 'useSuspenseCustomProvider', 'customProviderQueryOptions'],
  },
  deleteCustomProvider: { kind: 'mutation', exports: ['useDeleteCustomProvider'] },
  updateCustomProvider: { kind: 'mutation', exports: ['useUpdateCustomProvider'] },
  listCustomProviderCosts: {
    kind: 'infinite',
    exports: [
      'useCustomProviderCosts',
      'useSuspenseCustomProviderCosts',
      'customProviderCostsQueryOptions',
      'useInfiniteCustomProviderCosts',
      'customProviderCostsInfiniteQueryOptions',
    ],
  },
  createCustomProviderCost: { kind: 'mutation', exports: ['useCreateCustomProviderCost'] },
  getCustomProviderCost: {
    kind: 'query',
    exports: [
      'useCustomProviderCost',
      'useSuspenseCustomProviderCost',
      'customProviderCostQueryOptions',
    ],
  },
  deleteCustomProviderCost: { kind: 'mutation', exports: ['useDeleteCustomProviderCost'] },
  updateCustomProviderCost: { kind: 'mutation', exports: ['useUpdateCustomProviderCost'] },
  listCustomDomains: {
    kind: 'infinite',
    exports: [
      'useCustomDomains',
      'useSuspenseCustomDomains',
      'customDomainsQueryOptions',
      'useInfiniteCustomDomains',
      'customDomainsInfiniteQueryOptions',
    ],
  },
  createCustomDomain: { kind: 'mutation', exports: ['useCreateCustomDomain'] },
  getCustomDomain: {
    kind: 'query',
    exports: ['useCustomDomain', 'useSuspenseCustomDomain', 'customDomainQueryOptions'],
  },
  deleteCustomDomain: { kind: 'mutation', exports: ['useDeleteCustomDomain'] },
  getCreditBalance: {
    kind: 'query',
    exports: ['useCreditBalance', 'useSuspenseCreditBalance', 'creditBalanceQueryOptions'],
  },
  getInvoiceHistory: {
    kind: 'query',
    exports: ['useInvoiceHistory', 'useSuspenseInvoiceHistory', 'invoiceHistoryQueryOptions'],
  },
  getInvoicePreview: {
    kind: 'query',
    exports: ['useInvoicePreview', 'useSuspenseInvoicePreview', 'invoicePreviewQueryOptions'],
  },
  getUsageHistory: {
    kind: 'query',
    exports: ['useUsageHistory', 'useSuspenseUsageHistory', 'usageHistoryQueryOptions'],
  },
  getSpendingLimit: {
    kind: 'query',
    exports: ['useSpendingLimit', 'useSuspenseSpendingLimit', 'spendingLimitQueryOptions'],
  },
  setSpendingLimit: { kind: 'mutation', exports: ['useSetSpendingLimit'] },
  deleteSpendingLimit: { kind: 'mutation', exports: ['useDeleteSpendingLimit'] },
  createTopup: { kind: 'mutation', exports: ['useCreateTopup'] },
  getTopupConfig: {
    kind: 'query',
    exports: ['useTopupConfig', 'useSuspenseTopupConfig', 'topupConfigQueryOptions'],
  },
  setTopupConfig: { kind: 'mutation', exports: ['useSetTopupConfig'] },
  deleteTopupConfig: { kind: 'mutation', exports: ['useDeleteTopupConfig'] },
  getTopupLimits: {
    kind: 'query',
    exports: ['useTopupLimits', 'useSuspenseTopupLimits', 'topupLimitsQueryOptions'],
  },
  checkTopupStatus: { kind: 'mutation', exports: ['useCheckTopupStatus'] },
} as const satisfies Record<
  string,
  { kind: 'query' | 'infinite' | 'mutation'; exports: readonly string[] }
>;
