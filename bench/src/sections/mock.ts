// The mock harness: @ai-gateway/testing's startMockServer() (Prism serving our spec), from the call
// to the first answer, and requests per second through it.
import { startMockServer } from '@ai-gateway/testing';
import { accountId, apiToken } from '../lib/account.ts';
import { compareThroughput, type Samples, timeMs } from '../lib/measure.ts';
import type { Section } from '../lib/report.ts';
import { summarize } from '../lib/stats.ts';

const path = `/accounts/${accountId}/ai-gateway/gateways`;
const headers = { authorization: `Bearer ${apiToken}`, accept: 'application/json' };

async function get(url: string): Promise<unknown[]> {
  const response = await fetch(`${url}${path}`, { headers });
  const body = (await response.json()) as { result?: unknown[] };
  if (response.status !== 200 || !Array.isArray(body.result) || body.result.length === 0) {
    throw new Error(`GET ${path} through the mock answered ${response.status}`);
  }
  return body.result;
}

export interface MockOptions {
  startRuns: number;
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

export async function mockHarness(options: MockOptions): Promise<Section> {
  const starts: number[] = [];
  for (let i = 0; i < options.startRuns; i++) {
    let server: Awaited<ReturnType<typeof startMockServer>> | undefined;
    starts.push(
      await timeMs(async () => {
        server = await startMockServer({ api: 'cloudflare' });
        await get(server.url);
      }),
    );
    await server?.close();
  }
  const server = await startMockServer({ api: 'cloudflare' });
  try {
    const items = (await get(server.url)).length;
    const samples = await compareThroughput(
      [{ name: 'mock', run: () => get(server.url), async: true }],
      options,
    );
    const mock = samples.get('mock') as Samples;
    const rate = summarize(mock.rates).median;
    return {
      title: 'The mock harness (Prism)',
      headlines: [
        `Mock harness: ${summarize(starts).median.toFixed(0)} ms from \`startMockServer()\` to the first answer; ${Math.round(rate).toLocaleString('en-US')} sequential req/s through it.`,
      ],
      method:
        `\`startMockServer({ api: 'cloudflare' })\` from @ai-gateway/testing, timed from the call until the first \`GET ${path.replace(accountId, '{account_id}')}\` ` +
        `has answered, ${options.startRuns} fresh servers; then one request after another through one server ` +
        `(${options.rounds} rounds of ${options.roundMs} ms after ${options.warmupMs} ms of warm-up), each answered with the spec's default example.`,
      rows: [
        { figure: 'start → first answer', unit: 'ms', summary: summarize(starts) },
        {
          figure: 'GET list gateways, sequential',
          unit: 'req/s',
          summary: summarize(mock.rates),
          cpuUs: summarize(mock.cpuUs),
          compared: `each answer checked: 200 with ${items} gateway(s)`,
        },
      ],
      notes: ['Prism runs in its own process; the client here is bare `fetch`.'],
    };
  } finally {
    await server.close();
  }
}
