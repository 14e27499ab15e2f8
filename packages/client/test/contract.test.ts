// Every operation of both APIs, through the resource layer, against Prism serving our own specs
// (@ai-gateway/testing): the request must satisfy the spec, go to the operation's path with the
// ids given, and the unwrapped result must be what the spec's answer holds. Responses are
// validated against the spec too (validateResponses: true).
import { startMockServer } from '@ai-gateway/testing';
import { describe, expect, it } from 'vitest';
import { bifrostOperations, type OperationDescriptor } from '../src/bifrost.js';
import { cloudflareOperations } from '../src/cloudflare.js';
import {
  bifrostCalls,
  type Call,
  cloudflareCalls,
  expectSpecResult,
  otherAccount,
  type Variant,
} from './support/calls.js';
import { accountId, bifrost, cloudflare } from './support/clients.js';
import { problems, queryNames, recordingFetch, usePrism } from './support/prism.js';
import {
  type ApiName,
  bodyProperties,
  pathExample,
  servedExample,
  specOperation,
} from './support/spec.js';

const cloudflareMock = usePrism(() => startMockServer({ api: 'cloudflare' }));
const bifrostMock = usePrism(() => startMockServer({ api: 'bifrost' }));

interface Api {
  api: ApiName;
  calls: Call<unknown>[];
  operations: Record<string, { method: string; query: object; successStatus: number }>;
  client: (fetch: typeof globalThis.fetch) => unknown;
  /** Path parameters a call takes from the client unless it names them (the account). */
  shared: (variant: Variant) => Record<string, string>;
}

const apis: Api[] = [
  {
    api: 'cloudflare',
    calls: cloudflareCalls as Call<unknown>[],
    operations: cloudflareOperations,
    client: (fetch) =>
      cloudflare(cloudflareMock.url, { fetch, validateResponses: true, maxRetries: 0 }),
    shared: (variant) => ({ account_id: variant === 'all' ? otherAccount : accountId }),
  },
  {
    api: 'bifrost',
    calls: bifrostCalls as Call<unknown>[],
    operations: bifrostOperations,
    client: (fetch) => bifrost(bifrostMock.url, { fetch, validateResponses: true, maxRetries: 0 }),
    shared: () => ({}),
  },
];

/**
 * Operations whose method takes no `params`, so that no call can name another account than the
 * client's: the generator gives a method none when its only path parameter is the shared one and
 * it has no query and needs no confirmation (createGateway, the account's billing reads, …). A
 * known gap, to be closed in the generator.
 */
const accountOfClientOnly = (operation: {
  pathParams: readonly string[];
  query: object;
  confirm?: string;
}) =>
  operation.pathParams.length === 1 &&
  operation.pathParams[0] === 'account_id' &&
  Object.keys(operation.query).length === 0 &&
  operation.confirm === undefined;

/** The spec's path of the operation with the ids the call gives (or the client's). */
function expectedPath(api: Api, operationId: string, variant: Variant): string {
  const operation = api.operations[operationId] as unknown as Parameters<
    typeof accountOfClientOnly
  >[0];
  const named = api.api === 'cloudflare' && accountOfClientOnly(operation) ? 'required' : variant;
  const values = { ...pathExample(api.api, operationId), ...api.shared(named) };
  return specOperation(api.api, operationId).path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? `{${name}}`),
  );
}

describe.each(apis)('$api', (api) => {
  const { calls, operations, client } = api;

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
      expectSpecResult(api.api, operationId, result);
      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      const operation = operations[operationId] as OperationDescriptor | undefined;
      expect(exchange).toMatchObject({
        status: operation?.successStatus,
        method: operation?.method,
      });
      expect(problems(exchange)).toEqual([]);
      expect(new URL(exchange?.url ?? '').pathname).toBe(expectedPath(api, operationId, variant));
      if (variant === 'all')
        expect(queryNames(exchange?.url ?? '', operation?.queryPrefixes)).toEqual(
          Object.keys(operation?.query ?? {}).sort(),
        );
    },
  );

  // The body fields are checked without the mock server: only what is sent matters here.
  const withBody = Object.keys(operations).filter((id) => bodyProperties(api.api, id).length > 0);
  it.each(withBody)('%s: its two calls send every body field the spec has', async (operationId) => {
    const sent = new Set<string>();
    const answering: typeof globalThis.fetch = async (_input, init) => {
      for (const field of Object.keys(JSON.parse(String(init?.body)))) sent.add(field);
      return Response.json(servedExample(api.api, operationId));
    };
    for (const call of calls.filter((c) => c.operationId === operationId))
      await call.run(client(answering));
    expect([...sent].sort()).toEqual(bodyProperties(api.api, operationId).sort());
  });
});
