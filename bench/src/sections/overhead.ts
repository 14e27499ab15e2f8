// Request overhead: the same GET of a 50-log Cloudflare page through five clients, one request at
// a time. First with a `fetch` that answers from memory (no socket), so that what is measured is
// each client's own CPU cost per request; then against one local node:http server in another
// process, the loopback figure, which a network stack and a second process make noisier.
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import type { paths } from '@ai-gateway/validators/cloudflare';
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import { accountId, apiToken, gatewayId } from '../lib/account.ts';
import { cloudflareLog, cloudflarePage } from '../lib/data.ts';
import {
  type Contender,
  compareThroughput,
  type RoundsOptions,
  type Samples,
} from '../lib/measure.ts';
import type { Row, Section } from '../lib/report.ts';
import { startLogsServer } from '../lib/server.ts';
import {
  bootstrapMedianInterval,
  formatDifference,
  formatNumber,
  formatRatio,
  summarize,
} from '../lib/stats.ts';
import { medianInterval, spreadText, type Target, verdict } from '../lib/targets.ts';

const perPage = 50;
const logsPath = `/accounts/${accountId}/ai-gateway/gateways/${gatewayId}/logs`;
const bare = 'bare fetch + json()';
const raw = 'openapi-fetch alone';
const ours = 'ours: resource layer';
const validating = 'ours: resource layer + validateResponses';
const sdk = 'official `cloudflare` SDK';

export interface OverheadOptions {
  memory: RoundsOptions;
  loopback: RoundsOptions;
}

type Fetch = typeof globalThis.fetch;

/** Each contender returns the page's items, so every one is checked on what it really got. */
function fetchers(
  baseUrl: string,
  fetch: Fetch,
): Record<string, () => Promise<readonly { id: string }[]>> {
  const url = `${baseUrl}${logsPath}?per_page=${perPage}`;
  const headers = { authorization: `Bearer ${apiToken}`, accept: 'application/json' };
  const openapiFetch = createClient<paths>({ baseUrl, headers, fetch });
  const client = createCloudflareClient({ accountId, apiToken, baseUrl, fetch });
  const checking = createCloudflareClient({
    accountId,
    apiToken,
    baseUrl,
    fetch,
    validateResponses: true,
  });
  const official = new Cloudflare({ apiToken, baseURL: baseUrl, fetch });
  return {
    [bare]: async () => {
      const response = await fetch(url, { headers });
      return ((await response.json()) as { result: { id: string }[] }).result;
    },
    [raw]: async () => {
      const { data } = await openapiFetch.GET(
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
    [ours]: async () =>
      (await client.logs.list({ gateway_id: gatewayId, per_page: perPage })).items,
    [validating]: async () =>
      (await checking.logs.list({ gateway_id: gatewayId, per_page: perPage })).items,
    [sdk]: async () =>
      (
        await official.aiGateway.logs.list(gatewayId, {
          account_id: accountId,
          per_page: perPage,
        })
      ).result as { id: string }[],
  };
}

/** A `fetch` that answers every request with the same page from memory, and notes what it was asked. */
function memoryFetch(
  body: Uint8Array<ArrayBuffer>,
  asked: Map<string, string>,
  current: { name: string },
): Fetch {
  const headers = { 'content-type': 'application/json', 'content-length': String(body.byteLength) };
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!asked.has(current.name)) {
      const request = input instanceof Request ? input : undefined;
      const method = request?.method ?? init?.method ?? 'GET';
      const url = new URL(request?.url ?? String(input));
      asked.set(
        current.name,
        `${method} ${url.pathname.replace(accountId, '{account_id}')}${url.search}`,
      );
    }
    return new Response(body, { status: 200, headers });
  }) as Fetch;
}

const expected = Array.from({ length: perPage }, (_, i) => cloudflareLog(i).id);

async function checkAll(
  run: Record<string, () => Promise<readonly { id: string }[]>>,
  before?: (name: string) => void,
) {
  for (const [name, get] of Object.entries(run)) {
    before?.(name);
    const ids = (await get()).map((log) => log.id);
    if (ids.length !== perPage || ids.some((id, i) => id !== expected[i])) {
      throw new Error(`${name} did not get the ${perPage} logs of the page (got ${ids.length})`);
    }
  }
}

const asContenders = (run: Record<string, () => Promise<unknown>>): Contender[] =>
  Object.entries(run).map(([name, call]) => ({ name, run: call, async: true }));

/** µs of wall-clock time per request, one per round. */
const wallUs = (samples: Samples) => samples.rates.map((rate) => 1e6 / rate);
/** Per-round differences `a - b` of two contenders measured in the same rounds. */
const minus = (a: readonly number[], b: readonly number[]) =>
  a.map((value, i) => value - (b[i] as number));
const over = (a: readonly number[], b: readonly number[]) =>
  a.map((value, i) => value / (b[i] as number));

export async function requestOverhead(options: OverheadOptions): Promise<Section> {
  const body = new Uint8Array(Buffer.from(JSON.stringify(cloudflarePage(1, perPage, 1000))));
  const asked = new Map<string, string>();
  const current = { name: '' };
  const inMemory = fetchers('https://api.bench.test/client/v4', memoryFetch(body, asked, current));
  await checkAll(inMemory, (name) => {
    current.name = name;
  });
  const memory = await compareThroughput(asContenders(inMemory), options.memory);

  // The loopback server starts only now: while the in-memory rounds ran, no other process of the
  // benchmark existed. Between its rounds it is idle.
  const server = await startLogsServer(1000, 0);
  let loopback: Map<string, Samples>;
  let served: number;
  try {
    const overLoopback = fetchers(server.url, globalThis.fetch);
    await checkAll(overLoopback);
    await server.reset();
    loopback = await compareThroughput(asContenders(overLoopback), options.loopback);
    served = (await server.counts()).cloudflare;
  } finally {
    await server.close();
  }

  const at = (samples: Map<string, Samples>, name: string) => samples.get(name) as Samples;
  const cpu = (name: string) => at(memory, name).cpuUs;
  const cpuOverBare = (name: string) => formatDifference(minus(cpu(name), cpu(bare)));
  const memoryRows: Row[] = [...memory.entries()].map(([name, samples]) => ({
    figure: `in memory: ${name}`,
    unit: 'µs/request',
    summary: summarize(wallUs(samples)),
    cpuUs: summarize(samples.cpuUs),
    compared:
      name === bare
        ? `baseline; CPU ${formatNumber(summarize(samples.cpuUs).median)} µs (${intervalText(samples.cpuUs)})`
        : `CPU ${cpuOverBare(name)} over bare; wall ${formatDifference(minus(wallUs(samples), wallUs(at(memory, bare))))}`,
  }));
  const loopbackBare = at(loopback, bare);
  const loopbackRows: Row[] = [...loopback.entries()].map(([name, samples]) => ({
    figure: `loopback: ${name}`,
    unit: 'req/s',
    summary: summarize(samples.rates),
    cpuUs: summarize(samples.cpuUs),
    compared:
      name === bare
        ? 'baseline'
        : `${formatRatio(over(samples.rates, loopbackBare.rates))} bare's req/s; ` +
          `wall ${formatDifference(minus(wallUs(samples), wallUs(loopbackBare)))}`,
  }));
  const oursOverRaw = medianInterval(minus(cpu(ours), cpu(raw)));
  const rawOverBare = medianInterval(minus(cpu(raw), cpu(bare)));
  const oursOverBare = medianInterval(minus(cpu(ours), cpu(bare)));
  const validatingOverBare = medianInterval(minus(cpu(validating), cpu(bare)));
  const validationOverOurs = medianInterval(minus(cpu(validating), cpu(ours)));
  const ownWork =
    'ours does not go through openapi-fetch: it calls `fetch(url, init)` itself, and adds per request the checks of the parameters before sending, their plain-data copy, a timeout (an AbortController and a timer), reading the body under a size limit, the envelope check and the redaction of the answer';
  const ci = (spread: Parameters<typeof spreadText>[0]) =>
    spreadText(spread, ' µs', '95% CI', { signed: true });
  const targets: Target[] = [
    {
      target: 'Client CPU per request, in memory: ours ≤ openapi-fetch + 5 µs',
      measured: `ours − openapi-fetch ${ci(oursOverRaw)}`,
      verdict: verdict(oursOverRaw, 5, ' µs'),
      why: oursOverRaw.high <= 5 ? undefined : `${ownWork[0]?.toUpperCase()}${ownWork.slice(1)}.`,
    },
    {
      target: 'Client CPU per request, in memory, with validateResponses: ≤ bare fetch + 35 µs',
      measured: `${ci(validatingOverBare)} over bare fetch`,
      verdict: verdict(validatingOverBare, 35, ' µs'),
      why:
        validatingOverBare.high <= 35
          ? undefined
          : `Without validation ours already costs ${ci(oursOverBare)} over bare fetch (${ownWork}); validating adds ${ci(validationOverOurs)}. On this machine openapi-fetch alone costs ${ci(rawOverBare)} over bare fetch.`,
    },
  ];
  const routes = [...new Set(asked.values())];
  const rounds = (o: RoundsOptions) =>
    `${o.rounds} rounds of ${o.roundMs} ms per contender, in an order that rotates each round, after ${o.warmupMs} ms of warm-up each`;
  return {
    title: 'Request overhead: GET a 50-log Cloudflare page',
    method:
      `One \`GET .../logs?per_page=${perPage}\` after another (no concurrency), answered with the same 24 KiB, 50-log page. ` +
      `**In memory** (the figure to read): every client is given a \`fetch\` that builds a \`Response\` from bytes held in memory, with no socket, so the time is the client's own work (bare fetch's is building the \`Response\` and \`json()\`); ${rounds(options.memory)}. ` +
      `**Loopback** (secondary): the same clients with the platform's \`fetch\` against one node:http server on 127.0.0.1 in its own process, started after the in-memory rounds; ${rounds(options.loopback)}. ` +
      'A round gives each contender one sample: its wall-clock and CPU time per request (`process.cpuUsage()`, all threads, GC included). ' +
      '"Compared" gives the median of the per-round differences from bare fetch in the same round, with a 95% percentile-bootstrap confidence interval of that median (4,000 resamples of the rounds); ' +
      'an interval that holds 0 (or a p25–p75 spread of ratios that holds 1.0) is reported as "same within noise".',
    headlines: [
      `Client cost per request (GET a 50-log page from an in-memory \`fetch\`; CPU µs over bare \`fetch\` + \`json()\`, median of per-round differences, bootstrap 95% CI): ` +
        `openapi-fetch ${cpuOverBare(raw)}, ours ${cpuOverBare(ours)}, ours + validateResponses ${cpuOverBare(validating)}, official SDK ${cpuOverBare(sdk)}; ` +
        `ours against openapi-fetch: ${formatDifference(minus(cpu(ours), cpu(raw)))}. Bare fetch itself: ${formatNumber(summarize(cpu(bare)).median)} µs (${intervalText(cpu(bare))}).`,
      `Request overhead over loopback (req/s relative to bare fetch, median and p25–p75 of per-round ratios): ` +
        [raw, ours, validating, sdk]
          .map(
            (name) => `${name} ${formatRatio(over(at(loopback, name).rates, loopbackBare.rates))}`,
          )
          .join(', ') +
        '.',
    ],
    rows: [...memoryRows, ...loopbackRows],
    targets,
    notes: [
      `Every contender was first checked to return the 50 expected logs, in memory and over loopback. In memory, every client asked for ${routes.length === 1 ? `the same request: \`${routes[0]}\`` : `these requests: ${routes.map((r) => `\`${r}\``).join(', ')}`}.`,
      `Over loopback the server answered ${served.toLocaleString('en-US')} timed and warm-up requests.`,
      'bare fetch: `fetch(url)` then `response.json()`. openapi-fetch alone: `createClient<paths>()` with our generated `paths`, `GET(path, { params })`. ' +
        'Ours: `createCloudflareClient().logs.list({ gateway_id, per_page })`, awaited for its first page (request validation, plain-data copy of the params, envelope check, redaction, retries and timeout included). ' +
        'Official SDK: `new Cloudflare({ apiToken, baseURL }).aiGateway.logs.list(gatewayId, { account_id, per_page })`, awaited for its first page. Each client gets the `fetch` through its own `fetch` option.',
    ],
  };
}

function intervalText(values: readonly number[]): string {
  const { low, high } = bootstrapMedianInterval(values);
  return `95% CI ${formatNumber(low)}–${formatNumber(high)}`;
}
