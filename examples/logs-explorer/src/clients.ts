import { createBifrostClient } from '@ai-gateway/client/bifrost';
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';

const env = import.meta.env;
const here = (path: string) => new URL(path, window.location.origin).href.replace(/\/$/, '');

/** True when the app talks to the mock servers that `pnpm dev` starts (the default). */
export const usingMocks = !env.VITE_CLOUDFLARE_BASE_URL && !env.VITE_BIFROST_BASE_URL;

// The mocks accept any token and account id. Against real APIs, put a proxy that adds the
// credentials in front of them: a token in a browser bundle is readable by anyone who loads it.
export const cloudflare = createCloudflareClient({
  baseUrl: env.VITE_CLOUDFLARE_BASE_URL ?? here('/mock/cloudflare'),
  accountId: env.VITE_CLOUDFLARE_ACCOUNT_ID ?? '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13',
  apiToken: env.VITE_CLOUDFLARE_API_TOKEN ?? 'mock-token',
});

export const bifrost = createBifrostClient({
  baseUrl: env.VITE_BIFROST_BASE_URL ?? here('/mock/bifrost'),
  token: env.VITE_BIFROST_TOKEN,
});
