// With validateResponses, a client loads the response validators of the operations it calls, each
// once, on its first answer, and no other operation's.
import { fixtures } from '@ai-gateway/testing/fixtures';
import { responseLoaders } from '@ai-gateway/validators/cloudflare/response-loaders';
import { describe, expect, it } from 'vitest';
import { loadOperationResponses } from '../src/core/assemble.js';
import { ClientCore } from '../src/core/client-core.js';
import { getGateway, listGateways } from '../src/generated/cloudflare/functions.js';
import { accountId } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();

const gateway = fixtures.cloudflare.gateway();
const list = {
  result: [gateway],
  result_info: { page: 1, per_page: 20, count: 1, total_count: 1 },
  success: true,
};

/** A core over a server that answers each path with the list or the one gateway. */
async function coreLoading(
  loaded: string[],
  answer = (path: string) =>
    path.endsWith('/gateways') ? list : { result: gateway, success: true },
) {
  const server = await start((request, response) => sendJson(response, 200, answer(request.path)));
  const core = new ClientCore({
    baseUrl: server.url,
    pathDefaults: { account_id: accountId },
    headers: {},
    secrets: [],
    maxRetries: 0,
    validateResponses: true,
    loadResponseValidators: async (operationId) => {
      loaded.push(operationId);
      return loadOperationResponses(responseLoaders, operationId);
    },
  });
  return core;
}

describe('response validators', () => {
  it('load per operation, once each, when its first answer arrives', async () => {
    const loaded: string[] = [];
    const core = await coreLoading(loaded);
    expect(loaded).toEqual([]);
    expect(await getGateway(core, { id: gateway.id })).toEqual(gateway);
    await getGateway(core, { id: gateway.id });
    expect(loaded).toEqual(['getGateway']);
    await listGateways(core, {});
    expect(loaded).toEqual(['getGateway', 'listGateways']);
  });

  it('check the answer against its own operation', async () => {
    // A list answer is not what getGateway returns.
    const core = await coreLoading([], () => list);
    const error = await Promise.resolve(getGateway(core, { id: 'gw' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseValidationError', operationId: 'getGateway' });
  });

  it('are none for an operation the loaders do not know', async () => {
    expect(await loadOperationResponses(responseLoaders, 'toString')).toBeUndefined();
    expect(await loadOperationResponses(responseLoaders, 'noSuchOperation')).toBeUndefined();
  });
});
