// The standalone operation functions (`listLogs(core, params)`) share the runtime of the resource
// methods: same requests, same checks.
import { describe, expect, it } from 'vitest';
import * as bifrostEntry from '../src/bifrost.js';
import * as cloudflareEntry from '../src/cloudflare.js';
import { accountId, bifrostToken, cloudflareToken, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();

describe.each([
  ['cloudflare', cloudflareEntry.cloudflareOperations, cloudflareEntry],
  ['bifrost', bifrostEntry.bifrostOperations, bifrostEntry],
] as const)('%s entry point', (_api, operations, entry) => {
  it('exports one function per operation of the spec', () => {
    for (const operationId of Object.keys(operations))
      expect(typeof (entry as Record<string, unknown>)[operationId], operationId).toBe('function');
  });
});

describe('standalone functions', () => {
  it('send what the resource methods send', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, {
        result: [{ id: 'l1' }],
        result_info: { count: 1, page: 1, per_page: 20, total_count: 1 },
        success: true,
      }),
    );
    const options = { accountId, apiToken: cloudflareToken, baseUrl: server.url };
    const core = cloudflareEntry.createCloudflareCore(options);
    const params = {
      gateway_id: 'gw',
      filters: [{ key: 'cost' as const, operator: 'gt' as const, value: [0.5] }],
    };
    const page = await cloudflareEntry.listLogs(core, params);
    await cloudflareEntry.createCloudflareClient(options).logs.list(params);
    expect(page.items).toEqual([{ id: 'l1' }]);
    const [viaFunction, viaResource] = server.requests;
    expect(viaFunction?.target).toBe(viaResource?.target);
    expect(viaFunction?.headers.authorization).toBe(`Bearer ${cloudflareToken}`);
  });

  it('refuse what the resource methods refuse, before sending', async () => {
    const server = await start((_request, response) => sendJson(response, 200, {}));
    const core = bifrostEntry.createBifrostCore({ baseUrl: server.url, token: bifrostToken });
    expect(
      await rejection(bifrostEntry.listLogs(core, { start_time: 'yesterday' })),
    ).toBeInstanceOf(bifrostEntry.ValidationError);
    const cf = cloudflareEntry.createCloudflareCore({
      accountId,
      apiToken: cloudflareToken,
      baseUrl: server.url,
    });
    expect(await rejection(cloudflareEntry.deleteLogs(cf, { gateway_id: 'gw' }))).toBeInstanceOf(
      cloudflareEntry.UnsafeRequestError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
