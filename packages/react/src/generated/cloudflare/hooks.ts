/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

/** Every operation of the cloudflare spec and the exports of this entry point that serve it. */
export const cloudflareHooks = {
  listGateways: { kind: "infinite", exports: ["useGateways","useSuspenseGateways","gatewaysQueryOptions","useInfiniteGateways","gatewaysInfiniteQueryOptions"] },
  createGateway: { kind: "mutation", exports: ["useCreateGateway"] },
  getGateway: { kind: "query", exports: ["useGateway","useSuspenseGateway","gatewayQueryOptions"] },
  updateGateway: { kind: "mutation", exports: ["useUpdateGateway"] },
  deleteGateway: { kind: "mutation", exports: ["useDeleteGateway"] },
  listEvaluationTypes: { kind: "infinite", exports: ["useEvaluationTypes","useSuspenseEvaluationTypes","evaluationTypesQueryOptions","useInfiniteEvaluationTypes","evaluationTypesInfiniteQueryOptions"] },
  listLogs: { kind: "infinite", exports: ["useLogs","useSuspenseLogs","logsQueryOptions","useInfiniteLogs","logsInfiniteQueryOptions"] },
  deleteLogs: { kind: "mutation", exports: ["useDeleteLogs"] },
  getLog: { kind: "query", exports: ["useLog","useSuspenseLog","logQueryOptions"] },
  editLog: { kind: "mutation", exports: ["useEditLog"] },
  getLogRequest: { kind: "query", exports: ["useLogRequest","useSuspenseLogRequest","logRequestQueryOptions"] },
  getLogResponse: { kind: "query", exports: ["useLogResponse","useSuspenseLogResponse","logResponseQueryOptions"] },
  listDatasets: { kind: "infinite", exports: ["useDatasets","useSuspenseDatasets","datasetsQueryOptions","useInfiniteDatasets","datasetsInfiniteQueryOptions"] },
  createDataset: { kind: "mutation", exports: ["useCreateDataset"] },
  getDataset: { kind: "query", exports: ["useDataset","useSuspenseDataset","datasetQueryOptions"] },
  updateDataset: { kind: "mutation", exports: ["useUpdateDataset"] },
  deleteDataset: { kind: "mutation", exports: ["useDeleteDataset"] },
  listEvaluations: { kind: "infinite", exports: ["useEvaluations","useSuspenseEvaluations","evaluationsQueryOptions","useInfiniteEvaluations","evaluationsInfiniteQueryOptions"] },
  createEvaluation: { kind: "mutation", exports: ["useCreateEvaluation"] },
  getEvaluation: { kind: "query", exports: ["useEvaluation","useSuspenseEvaluation","evaluationQueryOptions"] },
  deleteEvaluation: { kind: "mutation", exports: ["useDeleteEvaluation"] },
  listDynamicRoutes: { kind: "infinite", exports: ["useDynamicRoutes","useSuspenseDynamicRoutes","dynamicRoutesQueryOptions","useInfiniteDynamicRoutes","dynamicRoutesInfiniteQueryOptions"] },
  createDynamicRoute: { kind: "mutation", exports: ["useCreateDynamicRoute"] },
  getDynamicRoute: { kind: "query", exports: ["useDynamicRoute","useSuspenseDynamicRoute","dynamicRouteQueryOptions"] },
  deleteDynamicRoute: { kind: "mutation", exports: ["useDeleteDynamicRoute"] },
  updateDynamicRoute: { kind: "mutation", exports: ["useUpdateDynamicRoute"] },
  listDynamicRouteDeployments: { kind: "query", exports: ["useDynamicRouteDeployments","useSuspenseDynamicRouteDeployments","dynamicRouteDeploymentsQueryOptions"] },
  createDynamicRouteDeployment: { kind: "mutation", exports: ["useCreateDynamicRouteDeployment"] },
  listDynamicRouteVersions: { kind: "query", exports: ["useDynamicRouteVersions","useSuspenseDynamicRouteVersions","dynamicRouteVersionsQueryOptions"] },
  createDynamicRouteVersion: { kind: "mutation", exports: ["useCreateDynamicRouteVersion"] },
  getDynamicRouteVersion: { kind: "query", exports: ["useDynamicRouteVersion","useSuspenseDynamicRouteVersion","dynamicRouteVersionQueryOptions"] },
  listProviderConfigs: { kind: "infinite", exports: ["useProviderConfigs","useSuspenseProviderConfigs","providerConfigsQueryOptions","useInfiniteProviderConfigs","providerConfigsInfiniteQueryOptions"] },
  createProviderConfig: { kind: "mutation", exports: ["useCreateProviderConfig"] },
  getGatewayUrl: { kind: "query", exports: ["useGatewayUrl","useSuspenseGatewayUrl","gatewayUrlQueryOptions"] },
} as const satisfies Record<string, { kind: 'query' | 'infinite' | 'mutation'; exports: readonly string[] }>;
