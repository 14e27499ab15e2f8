// The same calls as the contract tests, sent to Prism serving the vendors' own documents
// (spec/reference/): the vendor's rules must accept every request the client builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bifrostCalls, type Call, cloudflareCalls } from './support/calls.js';
import { bifrost, cloudflare } from './support/clients.js';
import { problems, recordingFetch, repoRoot, startPrism, usePrism } from './support/prism.js';

const cloudflareVendor = usePrism(() =>
  startPrism('spec/reference/cloudflare-ai-gateway.vendor.openapi.json'),
);
const bifrostVendor = usePrism(() => startPrism('spec/reference/bifrost-logs.vendor.openapi.json'));

/**
 * Operations the vendor document does not have, so its mock server has no route for them (404).
 * Each must be listed in spec/conformance/<api>.allowlist.yaml, and must still be missing: an
 * exception that no longer applies fails.
 */
const notInVendorDocument: Record<string, { allowlist: string; entry: string }> = {
  'bifrost/getLog': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '- operation: GET /api/logs/{id}\n  aspect: operation\n',
  },
};

const apis = [
  {
    api: 'cloudflare',
    calls: cloudflareCalls as Call<unknown>[],
    client: (fetch: typeof globalThis.fetch) =>
      cloudflare(cloudflareVendor.url, { fetch, maxRetries: 0 }),
  },
  {
    api: 'bifrost',
    calls: bifrostCalls as Call<unknown>[],
    client: (fetch: typeof globalThis.fetch) =>
      bifrost(bifrostVendor.url, { fetch, maxRetries: 0 }),
  },
] as const;

describe.each(apis)('$api', ({ api, calls, client }) => {
  it.each(calls.map((call) => [call.operationId, call.variant, call] as const))(
    '%s (%s)',
    async (operationId, _variant, call) => {
      const recorder = recordingFetch();
      // Only the vendor's verdict on the request matters here, not what its mock answers.
      await Promise.resolve(call.run(client(recorder.fetch))).catch(() => undefined);
      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      expect(problems(exchange)).toEqual([]);
      expect(exchange?.status).not.toBe(422);

      const exception = notInVendorDocument[`${api}/${operationId}`];
      if (exception) {
        expect(readFileSync(`${repoRoot}${exception.allowlist}`, 'utf8')).toContain(
          exception.entry,
        );
        expect(exchange?.status, 'the vendor document has this operation now').toBe(404);
      } else {
        expect(exchange?.status).toBe(200);
      }
    },
  );
});
