// Request overhead: the same GET of a 50-log Cloudflare page through five clients, one request at
// a time, against one local node:http server in another process.
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import type { paths } from '@ai-gateway/validators/cloudflare';
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import { accountId, apiToken, gatewayId } from '../lib/account.ts';
import { cloudflareLog } from '../lib/data.ts';
import { type Contender, compareThroughput, ratios, type Samples } from '../lib/measure.ts';
import type { Section } from '../lib/report.ts';
import { startLogsServer } from '../lib/server.ts';
import { formatNumber, formatRatio, summarize } from '../lib/stats.ts';

const perPage = 50;

export interface OverheadOptions {
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

export async function requestOverhead(options: OverheadOptions): Promise<Section> {
  const server = await startLogsServer(1000, 0);
  try {
    const url = `${server.url}/accounts/${accountId}/ai-gateway/gateways/${gatewayId}/logs?per_page=${perPage}`;
    const headers = { authorization: `Bearer ${apiToken}`, accept: 'application/json' };
    const raw = createClient<paths>({ baseUrl: server.url, headers });
    const ours = createCloudflareClient({ accountId, apiToken, baseUrl: server.url });
    const oursValidating = createCloudflareClient({
      accountId,
      apiToken,
      baseUrl: server.url,
      validateResponses: true,
    });
    const official = new Cloudflare({ apiToken, baseURL: server.url });

    // Each returns the page's items, so every contender is checked on what it really got.
    const fetchers: Record<string, () => Promise<readonly { id: string }[]>> = {
      'bare fetch': async () => {
        const response = await fetch(url, { headers });
        return ((await response.json()) as { result: { id: string }[] }).result;
      },
      'openapi-fetch alone': async () => {
        const { data } = await raw.GET(
          '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs',
          {
            params: {
              path: { account_id: accountId, gateway_id: gatewayId },
              query: { per_page: perPage },
            },
          },
        );
        return data?.result ?? [];
      },
      'ours: resource layer': async () =>
        (await ours.logs.list({ gateway_id: gatewayId, per_page: perPage })).items,
      'ours: resource layer + validateResponses': async () =>
        (await oursValidating.logs.list({ gateway_id: gatewayId, per_page: perPage })).items,
      'official `cloudflare` SDK': async () =>
        (
          await official.aiGateway.logs.list(gatewayId, {
            account_id: accountId,
            per_page: perPage,
          })
        ).result as { id: string }[],
    };

    const expected = Array.from({ length: perPage }, (_, i) => cloudflareLog(i).id);
    for (const [name, get] of Object.entries(fetchers)) {
      const ids = (await get()).map((log) => log.id);
      if (ids.length !== perPage || ids.some((id, i) => id !== expected[i])) {
        throw new Error(`${name} did not get the ${perPage} logs of the page (got ${ids.length})`);
      }
    }

    const contenders: Contender[] = Object.entries(fetchers).map(([name, run]) => ({
      name,
      run,
      async: true,
    }));
    await server.reset();
    const samples = await compareThroughput(contenders, options);
    const served = (await server.counts()).cloudflare;
    const counted = [...samples.values()].reduce((sum, s) => sum + s.rates.length, 0);

    const get = (name: string) => samples.get(name) as Samples;
    const baseline = get('bare fetch');
    const baselineMedian = summarize(baseline.rates).median;
    /** Median of the per-round ratios of a's req/s to b's. */
    const rate = (a: string, b = 'bare fetch') =>
      summarize(ratios(get(a).rates, get(b).rates)).median;
    /** Median of the per-round ratios of a's CPU time per request to b's. */
    const cpu = (a: string, b = 'bare fetch') =>
      summarize(ratios(get(a).cpuUs, get(b).cpuUs)).median;
    const oursName = 'ours: resource layer';
    const validatingName = 'ours: resource layer + validateResponses';
    const sdkName = 'official `cloudflare` SDK';
    const both = (name: string) => `${rate(name).toFixed(2)}× (CPU ${cpu(name).toFixed(2)}×)`;
    return {
      title: 'Request overhead: GET a 50-log Cloudflare page',
      method:
        `One \`GET .../logs?per_page=${perPage}\` after another (no concurrency) against one node:http ` +
        'server on 127.0.0.1 in its own process, which sends the same 50-log page (items made from the ' +
        `spec's examples). Each contender runs ${options.roundMs} ms per round, ${options.rounds} rounds, ` +
        `in an order that rotates each round, after ${options.warmupMs} ms of warm-up; a run is one round. ` +
        '"Compared" gives the median (p25–p75) of the per-round ratios of req/s to bare fetch (below 1: slower) and the extra ' +
        "wall-clock time per request that this ratio means at bare fetch's median rate, then the median (p25–p75) per-round ratio " +
        "of the client process's CPU time per request to bare fetch's (above 1: more work), which a busy machine disturbs less.",
      headlines: [
        `Request overhead (GET 50 logs; req/s relative to bare fetch, and client CPU per request relative to bare fetch): ` +
          `ours ${both(oursName)}, ours + validateResponses ${both(validatingName)}, openapi-fetch alone ${both('openapi-fetch alone')}, ` +
          `official SDK ${both(sdkName)}. Ours vs the official SDK: ${rate(oursName, sdkName).toFixed(2)}× its req/s, ${cpu(oursName, sdkName).toFixed(2)}× its CPU per request.`,
      ],
      rows: [...samples.entries()].map(([name, values]) => {
        const ratio = rate(name);
        // The extra time per request that this ratio means at bare fetch's median rate.
        const extraUs = ((1 / ratio - 1) / baselineMedian) * 1e6;
        return {
          figure: name,
          unit: 'req/s',
          summary: summarize(values.rates),
          cpuUs: summarize(values.cpuUs),
          compared:
            name === 'bare fetch'
              ? 'baseline'
              : `${formatRatio(ratios(values.rates, baseline.rates))} bare fetch's req/s ` +
                `(${extraUs >= 0 ? '+' : ''}${formatNumber(extraUs)} µs/request); ` +
                `${formatRatio(ratios(values.cpuUs, baseline.cpuUs))} its CPU/request`,
        };
      }),
      notes: [
        `Every contender was first checked to return the 50 expected logs. The server answered ${served.toLocaleString('en-US')} timed and warm-up requests in all (${counted} samples).`,
        'bare fetch: `fetch(url)` then `response.json()`. openapi-fetch alone: `createClient<paths>()` with our generated `paths`, `GET(path, { params })`. ' +
          'Ours: `createCloudflareClient().logs.list({ gateway_id, per_page })`, awaited for its first page (request validation, envelope, retries and timeout included). ' +
          'Official SDK: `new Cloudflare({ apiToken, baseURL }).aiGateway.logs.list(gatewayId, { account_id, per_page })`, awaited for its first page.',
      ],
    };
  } finally {
    await server.close();
  }
}
