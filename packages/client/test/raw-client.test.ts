// The raw openapi-fetch client: built on first use, with the client's account id and without
// credentials in anything it hands back.
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { APIConnectionError, createCloudflareRawClient } from '../src/cloudflare.js';
import { accountId, cloudflare, cloudflareToken, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const gatewayPath = '/accounts/{account_id}/ai-gateway/gateways/{id}' as const;
const callToken = 'call-token-Wd4Gh7Jk2Lm5Np8Qr';

describe('the raw getter', () => {
  it('builds the raw client on first use, once', () => {
    const cf = cloudflare('http://127.0.0.1:9');
    expect(typeof Object.getOwnPropertyDescriptor(cf, 'raw')?.get).toBe('function');
    expect(cf.raw).toBe(cf.raw);
  });
});

describe('the account id', () => {
  it("is the client's where a call names none, and the call's where it does", async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: { id: 'gw' }, success: true }),
    );
    const { raw } = cloudflare(server.url);
    const { data } = await raw.GET(gatewayPath, { params: { path: { id: 'gw' } } });
    // Typed from the spec, account id or not.
    expectTypeOf(data?.result?.id).toEqualTypeOf<string | undefined>();
    await raw.GET(gatewayPath, { params: { path: { account_id: 'other', id: 'gw' } } });
    const standalone = createCloudflareRawClient({
      accountId,
      apiToken: cloudflareToken,
      baseUrl: server.url,
    });
    await standalone.GET(gatewayPath, { params: { path: { id: 'gw' } } });
    expect(server.requests.map((r) => r.path)).toEqual([
      `/accounts/${accountId}/ai-gateway/gateways/gw`,
      '/accounts/other/ai-gateway/gateways/gw',
      `/accounts/${accountId}/ai-gateway/gateways/gw`,
    ]);
    expect(data).toEqual({ result: { id: 'gw' }, success: true });
  });
});

describe('credentials in what comes back', () => {
  it('an error answer echoing the tokens shows none of them', async () => {
    const server = await start((request, response) => {
      const echo = `${request.headers.authorization} ${request.headers['cf-aig-authorization']}`;
      sendJson(response, 401, { success: false, errors: [{ message: echo }] }, { 'x-echo': echo });
    });
    const { raw } = cloudflare(server.url);
    const result = await raw.GET(gatewayPath, {
      params: { path: { id: 'gw' } },
      headers: { 'cf-aig-authorization': `Bearer ${callToken}` },
    });
    expect(result.response.status).toBe(401);
    const shown = [
      JSON.stringify(result.error),
      inspect(result, { depth: 10 }),
      JSON.stringify([...result.response.headers]),
    ];
    for (const text of shown) {
      expect(text).not.toContain(cloudflareToken);
      expect(text).not.toContain(callToken);
    }
    expect(JSON.stringify(result.error)).toContain('Bearer [redacted]');
  });

  it('a connection error is typed and redacted', async () => {
    const { raw } = cloudflare('http://127.0.0.1:9', {
      fetch: async (input) => {
        const auth = (input as Request).headers.get('authorization');
        throw new TypeError(`refused ${auth}`);
      },
    });
    const error = await rejection(raw.GET(gatewayPath, { params: { path: { id: 'gw' } } }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(inspect(error, { depth: 10 })).not.toContain(cloudflareToken);
  });
});
