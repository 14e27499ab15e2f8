// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

/** Every operation of the bifrost spec and the exports of this entry point that serve it. */
export const bifrostHooks = {
  listLogs: { kind: "infinite", exports: ["useLogs","useSuspenseLogs","logsQueryOptions","useInfiniteLogs","logsInfiniteQueryOptions"] },
  getLogStats: { kind: "query", exports: ["useLogStats","useSuspenseLogStats","logStatsQueryOptions"] },
  getLog: { kind: "query", exports: ["useLog","useSuspenseLog","logQueryOptions"] },
} as const satisfies Record<string, { kind: 'query' | 'infinite' | 'mutation'; exports: readonly string[] }>;
