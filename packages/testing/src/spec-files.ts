import { fileURLToPath } from 'node:url';

export type ApiName = 'cloudflare' | 'bifrost';
export const apiNames: readonly ApiName[] = ['cloudflare', 'bifrost'];

const fileNames: Record<ApiName, string> = {
  cloudflare: 'cloudflare-ai-gateway.openapi.yaml',
  bifrost: 'bifrost-logs.openapi.yaml',
};

/**
 * The package's own copy of an API's spec. This module sits one folder below the package root both
 * as source (`src/`) and as build output (`dist/`), and `src/` is published, so the same relative
 * path works in the repository and in an installed package.
 */
export function specFile(api: ApiName): string {
  return fileURLToPath(new URL(`../src/generated/specs/${fileNames[api]}`, import.meta.url));
}
