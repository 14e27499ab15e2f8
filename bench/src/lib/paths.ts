import { fileURLToPath } from 'node:url';

/** The bench package's folder. */
export const benchRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The monorepo's root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const specFiles = {
  cloudflare: `${repoRoot}spec/cloudflare-ai-gateway.openapi.yaml`,
  bifrost: `${repoRoot}spec/bifrost-logs.openapi.yaml`,
} as const;

export type Api = keyof typeof specFiles;

/** A module of this package as a file path, for `fork()`. */
export const benchFile = (relative: string) => `${benchRoot}${relative}`;
