import type { BifrostClientOptions } from '@ai-gateway/client/bifrost';
import type { CloudflareClientOptions } from '@ai-gateway/client/cloudflare';
import {
  type BifrostEmulator,
  type CloudflareEmulator,
  createEmulator,
} from '@ai-gateway/testing/emulator';

export interface Target {
  cloudflare: CloudflareClientOptions;
  bifrost: BifrostClientOptions;
  gatewayId?: string;
  /** Where the data comes from, for the report's heading. */
  description: string;
  /** The emulators answering the clients, when no real account is configured. */
  emulators?: { cloudflare: CloudflareEmulator; bifrost: BifrostEmulator };
  close(): Promise<void>;
}

/** Where Bifrost listens unless BIFROST_URL says otherwise (the spec's server, the client's default). */
const defaultBifrostUrl = 'http://localhost:8080';
/** The emulators' data: the same seed gives the same gateways and logs on every run. */
const emulatorSeed = { seed: 1, logs: 2_000 };

/**
 * A real account when its credentials are in the environment, otherwise both APIs emulated in
 * process by @ai-gateway/testing: no servers, no ports, and the answers follow from stored data.
 */
export async function resolveTarget(env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const token = env.CLOUDFLARE_API_TOKEN;
  const accountId = env.CLOUDFLARE_ACCOUNT_ID;
  if (token && accountId) {
    const bifrostUrl = env.BIFROST_URL ?? defaultBifrostUrl;
    return {
      cloudflare: { accountId, apiToken: token },
      bifrost: { baseUrl: bifrostUrl, token: env.BIFROST_TOKEN },
      gatewayId: env.CLOUDFLARE_GATEWAY_ID,
      description: `Cloudflare account ${accountId} and Bifrost at ${bifrostUrl}`,
      close: async () => {},
    };
  }
  const cloudflare = createEmulator({ api: 'cloudflare', ...emulatorSeed });
  const bifrost = createEmulator({ api: 'bifrost', ...emulatorSeed });
  return {
    // The emulator takes any token; it only refuses a request without one, as the API does.
    cloudflare: {
      accountId: cloudflare.seed.accountId,
      apiToken: 'emulator-token',
      fetch: cloudflare.fetch,
    },
    bifrost: { fetch: bifrost.fetch },
    description: `in-process emulators of both APIs (seed ${emulatorSeed.seed}, ${emulatorSeed.logs} logs each): filters apply, writes persist`,
    emulators: { cloudflare, bifrost },
    close: async () => {},
  };
}
