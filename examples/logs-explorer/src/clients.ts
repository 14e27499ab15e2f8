import { createBifrostClient } from '@ai-gateway/client/bifrost';
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import { localAccountId, localPaths } from './local-backends.ts';

const env = import.meta.env;
const here = (path: string) => new URL(path, window.location.origin).href.replace(/\/$/, '');

/** True when the app talks to the emulators that `pnpm dev` starts (the default). */
export const usingEmulators = !env.VITE_CLOUDFLARE_BASE_URL && !env.VITE_BIFROST_BASE_URL;

// The emulators accept any token. Against real APIs, put a proxy that adds the credentials in
// front of them: a token in a browser bundle is readable by anyone who loads it.
export const cloudflare = createCloudflareClient({
  baseUrl: env.VITE_CLOUDFLARE_BASE_URL ?? here(localPaths.cloudflare),
  accountId: env.VITE_CLOUDFLARE_ACCOUNT_ID ?? localAccountId,
  apiToken: env.VITE_CLOUDFLARE_API_TOKEN ?? 'emulator-token',
});

export const bifrost = createBifrostClient({
  baseUrl: env.VITE_BIFROST_BASE_URL ?? here(localPaths.bifrost),
  token: env.VITE_BIFROST_TOKEN,
});
