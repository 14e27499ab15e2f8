// Clients pointed at a test server, with credentials that are easy to look for in error output.
import { type BifrostClientOptions, createBifrostClient } from '../../src/bifrost.js';
import { type CloudflareClientOptions, createCloudflareClient } from '../../src/cloudflare.js';

export const accountId = '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13';
export const cloudflareToken = 'cf-token-Zq8XvR2mK9pL4wT7nB3c';
export const legacyEmail = 'ops@example.com';
export const legacyApiKey = 'legacy-key-7d1e5a9c3b8f2e6d4a0c';
export const bifrostToken = 'bf-session-Hy6Jt3Vw9Qa2Ls5Dm8Kp';

/** Options other than credentials: these clients always use `cloudflareToken`. */
type Settings = Omit<CloudflareClientOptions, 'apiToken' | 'apiEmail' | 'apiKey'>;

export function cloudflare(baseUrl: string, options: Settings = {}) {
  return createCloudflareClient({ accountId, apiToken: cloudflareToken, baseUrl, ...options });
}

export function bifrost(baseUrl: string, options: BifrostClientOptions = {}) {
  return createBifrostClient({ token: bifrostToken, baseUrl, ...options });
}

/** Resolves with what the promise rejected with; fails if it fulfilled. */
export async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
