// Where credentials come from (options or environment) and which headers carry them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AIGatewayError, createCloudflareClient, ValidationError } from '../src/cloudflare.js';
import {
  accountId,
  cloudflareToken,
  legacyApiKey,
  legacyEmail,
  rejection,
} from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const ok = () =>
  start((_request, response) => sendJson(response, 200, { result: [], success: true }));
const envNames = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_EMAIL',
  'CLOUDFLARE_API_KEY',
  'CLOUDFLARE_ACCOUNT_ID',
] as const;

beforeEach(() => {
  // Whatever the machine running the tests has set must not leak into them.
  for (const name of envNames) vi.stubEnv(name, '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function headersSent(options: Parameters<typeof createCloudflareClient>[0]) {
  const server = await ok();
  await createCloudflareClient({ accountId, ...options, baseUrl: server.url }).gateways.list();
  expect(server.requests).toHaveLength(1);
  return server.requests[0]?.headers ?? {};
}

describe('Cloudflare credentials', () => {
  it('CLOUDFLARE_API_TOKEN is sent as a bearer token', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', cloudflareToken);
    const headers = await headersSent({});
    expect(headers.authorization).toBe(`Bearer ${cloudflareToken}`);
    expect(headers['x-auth-email']).toBeUndefined();
    expect(headers['x-auth-key']).toBeUndefined();
  });

  it('CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY are sent as X-Auth-Email and X-Auth-Key', async () => {
    vi.stubEnv('CLOUDFLARE_EMAIL', legacyEmail);
    vi.stubEnv('CLOUDFLARE_API_KEY', legacyApiKey);
    const headers = await headersSent({});
    expect(headers['x-auth-email']).toBe(legacyEmail);
    expect(headers['x-auth-key']).toBe(legacyApiKey);
    expect(headers.authorization).toBeUndefined();
  });

  it('the token wins over the legacy pair when both are set', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', cloudflareToken);
    vi.stubEnv('CLOUDFLARE_EMAIL', legacyEmail);
    vi.stubEnv('CLOUDFLARE_API_KEY', legacyApiKey);
    const headers = await headersSent({});
    expect(headers.authorization).toBe(`Bearer ${cloudflareToken}`);
    expect(headers['x-auth-key']).toBeUndefined();
  });

  it('options win over the environment', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', 'env-token-should-not-be-used');
    expect((await headersSent({ apiToken: cloudflareToken })).authorization).toBe(
      `Bearer ${cloudflareToken}`,
    );
    const legacy = await headersSent({ apiEmail: legacyEmail, apiKey: legacyApiKey });
    expect(legacy.authorization).toBeUndefined();
    expect(legacy['x-auth-key']).toBe(legacyApiKey);
  });

  it('surrounding white space in the environment is ignored', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', `  ${cloudflareToken}\n`);
    expect((await headersSent({})).authorization).toBe(`Bearer ${cloudflareToken}`);
  });

  it('CLOUDFLARE_ACCOUNT_ID fills the account in every path', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', cloudflareToken);
    vi.stubEnv('CLOUDFLARE_ACCOUNT_ID', '0123456789abcdef0123456789abcdef');
    const server = await ok();
    await createCloudflareClient({ baseUrl: server.url }).gateways.list();
    expect(server.requests[0]?.path).toBe(
      '/accounts/0123456789abcdef0123456789abcdef/ai-gateway/gateways',
    );
  });

  it.each([
    ['nothing', {}],
    ['an email without a key', { CLOUDFLARE_EMAIL: legacyEmail }],
    ['a key without an email', { CLOUDFLARE_API_KEY: legacyApiKey }],
  ])('%s is refused when the client is created', (_label, env) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    expect(() => createCloudflareClient({ accountId, baseUrl: 'http://127.0.0.1:9' })).toThrow(
      AIGatewayError,
    );
    expect(() => createCloudflareClient({ accountId })).toThrow(/CLOUDFLARE_API_TOKEN/);
  });
});

describe('a missing account id', () => {
  it('is refused before sending, saying where an account id comes from', async () => {
    const server = await ok();
    const cf = createCloudflareClient({ apiToken: cloudflareToken, baseUrl: server.url });
    const error = (await rejection(cf.gateways.get({ id: 'gw' }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain(
      'path.account_id is required: pass accountId to the client (or set CLOUDFLARE_ACCOUNT_ID), ' +
        'or account_id to the call',
    );
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['path.account_id']);
    expect(server.requests).toHaveLength(0);
  });
});
