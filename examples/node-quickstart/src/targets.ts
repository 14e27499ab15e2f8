import { startMockServers } from '@ai-gateway/testing';

export interface Target {
  cloudflare: { baseUrl?: string; accountId: string; apiToken: string };
  bifrost: { baseUrl: string; token?: string };
  gatewayId?: string;
  /** Where the data comes from, for the report's heading. */
  description: string;
  close(): Promise<void>;
}

const mockAccountId = '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13';
/** Where Bifrost listens unless BIFROST_URL says otherwise (the spec's server, the client's default). */
const defaultBifrostUrl = 'http://localhost:8080';

/**
 * A real account when its credentials are in the environment, otherwise both APIs mocked from
 * the specs bundled in @ai-gateway/testing.
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
  const { urls, close } = await startMockServers();
  return {
    cloudflare: { baseUrl: urls.cloudflare, accountId: mockAccountId, apiToken: 'mock-token' },
    bifrost: { baseUrl: urls.bifrost },
    description: `mock servers serving the specs' examples, unfiltered (Cloudflare ${urls.cloudflare}, Bifrost ${urls.bifrost})`,
    close,
  };
}
