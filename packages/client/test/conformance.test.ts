// The same calls as the contract tests, sent to Prism serving the vendors' own documents
// (spec/reference/): the vendor's rules must accept every request the client builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bifrostCalls, type Call, cloudflareCalls } from './support/calls.js';
import { bifrost, cloudflare } from './support/clients.js';
import { problems, recordingFetch, repoRoot, startPrism, usePrism } from './support/prism.js';
import { successStatus } from './support/spec.js';

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
  }, // The routes of the server's RegisterRoutes that the bundled vendor document lacks, listed
  // together in one entry of the allow-list.
  'bifrost/deleteLogs': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - DELETE /api/logs\n',
  },
  'bifrost/getLogSession': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/sessions/{session_id}\n',
  },
  'bifrost/getLogSessionSummary': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/sessions/{session_id}/summary\n',
  },
  'bifrost/getLogHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram\n',
  },
  'bifrost/getTokenHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/tokens\n',
  },
  'bifrost/getCostHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/cost\n',
  },
  'bifrost/getModelHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/models\n',
  },
  'bifrost/getLatencyHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/latency\n',
  },
  'bifrost/getThroughputHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/throughput\n',
  },
  'bifrost/getProviderCostHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/cost/by-provider\n',
  },
  'bifrost/getProviderTokenHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/tokens/by-provider\n',
  },
  'bifrost/getProviderLatencyHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/latency/by-provider\n',
  },
  'bifrost/getProviderThroughputHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/throughput/by-provider\n',
  },
  'bifrost/getDimensionCostHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/cost/by-dimension\n',
  },
  'bifrost/getDimensionTokenHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/tokens/by-dimension\n',
  },
  'bifrost/getDimensionLatencyHistogram': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/histogram/latency/by-dimension\n',
  },
  'bifrost/getDroppedRequests': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/dropped\n',
  },
  'bifrost/getLogFilterData': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/filterdata\n',
  },
  'bifrost/getModelRankings': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/rankings\n',
  },
  'bifrost/getDimensionRankings': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/rankings/by-dimension\n',
  },
  'bifrost/getLogDashboard': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/dashboard\n',
  },
  'bifrost/listUserAgentMappings': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/user-agent-mappings\n',
  },
  'bifrost/createUserAgentMapping': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - POST /api/logs/user-agent-mappings\n',
  },
  'bifrost/updateUserAgentMapping': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - PUT /api/logs/user-agent-mappings/{id}\n',
  },
  'bifrost/deleteUserAgentMapping': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - DELETE /api/logs/user-agent-mappings/{id}\n',
  },
  'bifrost/recalculateLogCosts': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - POST /api/logs/recalculate-cost\n',
  },
  'bifrost/getRecalculateCostStatus': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - GET /api/logs/recalculate-cost/status\n',
  },
  'bifrost/cancelRecalculateCost': {
    allowlist: 'spec/conformance/bifrost.allowlist.yaml',
    entry: '    - POST /api/logs/recalculate-cost/cancel\n',
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
        // 405 where the vendor document has the path with another method only.
        expect([404, 405], 'the vendor document has this operation now').toContain(
          exchange?.status,
        );
      } else {
        expect(exchange?.status).toBe(successStatus(api, operationId));
      }
    },
  );
});
