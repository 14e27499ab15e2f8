// Every operation of both APIs, through the resource layer, against Prism serving our own specs
// (@ai-gateway/testing): the request must satisfy the spec and the unwrapped result have the
// right shape. Responses are validated against the spec too (validateResponses: true).
import { startMockServer } from '@ai-gateway/testing';
import { describe, expect, it } from 'vitest';
import { bifrostOperations } from '../src/bifrost.js';
import { cloudflareOperations } from '../src/cloudflare.js';
import { bifrostCalls, type Call, cloudflareCalls } from './support/calls.js';
import { bifrost, cloudflare } from './support/clients.js';
import { problems, queryNames, recordingFetch, usePrism } from './support/prism.js';

const cloudflareMock = usePrism(() => startMockServer({ api: 'cloudflare' }));
const bifrostMock = usePrism(() => startMockServer({ api: 'bifrost' }));

const apis = [
  {
    api: 'cloudflare',
    calls: cloudflareCalls as Call<unknown>[],
    operations: cloudflareOperations as Record<string, { method: string; query: object }>,
    client: (fetch: typeof globalThis.fetch) =>
      cloudflare(cloudflareMock.url, { fetch, validateResponses: true, maxRetries: 0 }),
  },
  {
    api: 'bifrost',
    calls: bifrostCalls as Call<unknown>[],
    operations: bifrostOperations as Record<string, { method: string; query: object }>,
    client: (fetch: typeof globalThis.fetch) =>
      bifrost(bifrostMock.url, { fetch, validateResponses: true, maxRetries: 0 }),
  },
] as const;

describe.each(apis)('$api', ({ calls, operations, client }) => {
  it('has a required-only and an all-parameters call for every operation', () => {
    const covered = calls.map((c) => `${c.operationId}/${c.variant}`).sort();
    const expected = Object.keys(operations)
      .flatMap((id) => [`${id}/all`, `${id}/required`])
      .sort();
    expect(covered).toEqual(expected);
  });

  it.each(calls.map((call) => [call.operationId, call.variant, call] as const))(
    '%s (%s)',
    async (operationId, variant, call) => {
      const recorder = recordingFetch();
      const result = await call.run(client(recorder.fetch));
      call.check(result);
      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      const operation = operations[operationId];
      expect(exchange).toMatchObject({ status: 200, method: operation?.method });
      expect(problems(exchange)).toEqual([]);
      if (variant === 'all')
        expect(queryNames(exchange?.url ?? '')).toEqual(Object.keys(operation?.query ?? {}).sort());
    },
  );
});
