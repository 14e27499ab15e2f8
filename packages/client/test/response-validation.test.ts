// validateResponses: true turns a body that drifted from the spec into a ResponseValidationError.
import { fixtures } from '@ai-gateway/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../src/cloudflare.js';
import { bifrost, cloudflare, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const answering = (body: unknown) => start((_request, response) => sendJson(response, 200, body));

async function drift(promise: PromiseLike<unknown>) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ResponseValidationError);
  return error as ResponseValidationError;
}
const paths = (error: ResponseValidationError) => error.issues.map((i) => i.path.join('.'));

describe('Cloudflare', () => {
  it('a body that matches the spec passes and is unwrapped', async () => {
    const gateway = fixtures.cloudflare.gateway();
    const server = await answering({ result: gateway, success: true });
    const result = await cloudflare(server.url, { validateResponses: true }).gateways.get({
      id: gateway.id,
    });
    expect(result).toEqual(gateway);
  });

  it('a field of the wrong type is reported by its path', async () => {
    const gateway = { ...fixtures.cloudflare.gateway(), cache_ttl: 'one hour' };
    const server = await answering({ result: gateway, success: true });
    const error = await drift(
      cloudflare(server.url, { validateResponses: true }).gateways.get({ id: 'gw' }),
    );
    expect(paths(error)).toEqual(['result.cache_ttl']);
    expect(error.message).toContain('result.cache_ttl');
    expect(error).toMatchObject({ operationId: 'getGateway', status: 200 });
    expect(error.body).toEqual({ result: gateway, success: true });
  });

  it('a missing field in a list item is reported with its index', async () => {
    const { created_at: _, ...withoutDate } = fixtures.cloudflare.log();
    const server = await answering({
      result: [fixtures.cloudflare.log(), withoutDate],
      result_info: fixtures.cloudflare.logsResultInfo(),
      success: true,
    });
    const error = await drift(
      cloudflare(server.url, { validateResponses: true }).logs.list({ gateway_id: 'gw' }),
    );
    expect(paths(error)).toEqual(['result.1.created_at']);
    expect(error.message).toContain('result[1].created_at is required');
  });

  it('without validateResponses the same body is returned as it came', async () => {
    const gateway = { ...fixtures.cloudflare.gateway(), cache_ttl: 'one hour' };
    const server = await answering({ result: gateway, success: true });
    expect(await cloudflare(server.url).gateways.get({ id: 'gw' })).toEqual(gateway);
  });
});

describe('Bifrost', () => {
  it('stats with a figure of the wrong type are reported', async () => {
    const stats = { ...fixtures.bifrost.stats(), success_rate: '97%' };
    const server = await answering(stats);
    const error = await drift(bifrost(server.url, { validateResponses: true }).logs.stats());
    expect(paths(error)).toEqual(['success_rate']);
    expect(error.message).toContain('success_rate');
  });

  it('a valid page of logs passes', async () => {
    const page = fixtures.bifrost.logsListResponse();
    const server = await answering(page);
    const first = await bifrost(server.url, { validateResponses: true }).logs.list();
    expect(first.items).toEqual(page.logs);
  });
});
