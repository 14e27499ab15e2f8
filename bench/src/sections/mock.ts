// The two mocks of @ai-gateway/testing side by side: the emulator (in-process `fetch`, and over
// HTTP on loopback) against Prism serving our spec — from the call to the first answer, requests
// per second, and a filtered Cloudflare logs list over 10,000 stored logs.
import { startMockServer } from '@ai-gateway/testing';
import { createEmulator, startEmulator } from '@ai-gateway/testing/emulator';
import { accountId, apiToken } from '../lib/account.ts';
import { compareThroughput, ratios, type Samples, timeMs } from '../lib/measure.ts';
import type { Section } from '../lib/report.ts';
import { formatNumber, formatRatio, summarize } from '../lib/stats.ts';

const gatewaysPath = `/accounts/${accountId}/ai-gateway/gateways`;
const headers = { authorization: `Bearer ${apiToken}`, accept: 'application/json' };
const storedLogs = 10_000;
const now = '2026-11-30T12:00:00Z';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

async function getList(doFetch: Fetch, url: string): Promise<unknown[]> {
  const response = await doFetch(url, { headers });
  const body = (await response.json()) as { result?: unknown[] };
  if (response.status !== 200 || !Array.isArray(body.result) || body.result.length === 0) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return body.result;
}

export interface MockOptions {
  startRuns: number;
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

async function startTimes(options: MockOptions) {
  // Untimed first starts: module loading and JIT warm-up are paid once per process, by either mock.
  await (await startMockServer({ api: 'cloudflare' })).close();
  await getList(
    createEmulator({ api: 'cloudflare', accountId, now }).fetch,
    `https://emulator.test${gatewaysPath}`,
  );
  const prism: number[] = [];
  const emulatorFetch: number[] = [];
  const emulatorHttp: number[] = [];
  for (let i = 0; i < options.startRuns; i++) {
    let server: { close(): Promise<void> } | undefined;
    prism.push(
      await timeMs(async () => {
        const started = await startMockServer({ api: 'cloudflare' });
        server = started;
        await getList(fetch, `${started.url}${gatewaysPath}`);
      }),
    );
    await server?.close();
    emulatorFetch.push(
      await timeMs(async () => {
        const emulator = createEmulator({ api: 'cloudflare', accountId, now });
        await getList(emulator.fetch, `https://emulator.test${gatewaysPath}`);
      }),
    );
    emulatorHttp.push(
      await timeMs(async () => {
        const started = await startEmulator({ api: 'cloudflare', accountId, now });
        server = started;
        await getList(fetch, `${started.url}${gatewaysPath}`);
      }),
    );
    await server?.close();
  }
  return { prism, emulatorFetch, emulatorHttp };
}

export async function mockHarness(options: MockOptions): Promise<Section> {
  const starts = await startTimes(options);
  const prism = await startMockServer({ api: 'cloudflare' });
  const overHttp = await startEmulator({ api: 'cloudflare', accountId, now });
  const inProcess = createEmulator({ api: 'cloudflare', accountId, now, logs: storedLogs });
  try {
    const gateway = [...inProcess.store.logs.entries()].sort(
      (a, b) => b[1].length - a[1].length,
    )[0];
    if (!gateway) throw new Error('the emulator has no gateway');
    const [gatewayId, gatewayLogs] = gateway;
    const filtered =
      `/accounts/${accountId}/ai-gateway/gateways/${gatewayId}/logs?per_page=50` +
      '&filters.key=cost&filters.operator=gt&filters.value=0.001' +
      '&filters.key=success&filters.operator=eq&filters.value=true&order_by=model';
    const filteredRows = (await getList(inProcess.fetch, `https://emulator.test${filtered}`))
      .length;
    const samples = await compareThroughput(
      [
        { name: 'prism', run: () => getList(fetch, `${prism.url}${gatewaysPath}`), async: true },
        {
          name: 'emulator http',
          run: () => getList(fetch, `${overHttp.url}${gatewaysPath}`),
          async: true,
        },
        {
          name: 'emulator fetch',
          run: () => getList(inProcess.fetch, `https://emulator.test${gatewaysPath}`),
          async: true,
        },
        {
          name: 'filtered logs',
          run: () => getList(inProcess.fetch, `https://emulator.test${filtered}`),
          async: true,
        },
      ],
      options,
    );
    const of = (name: string) => samples.get(name) as Samples;
    // Paired: each fresh start of Prism is followed by one of each emulator, in the same run.
    const startRatio = (values: number[]) =>
      formatRatio(
        starts.prism.map((ms, i) => ms / (values[i] as number)),
        0,
      );
    const rateRatio = (name: string) => formatRatio(ratios(of(name).rates, of('prism').rates));
    const rateText = (rates: number[]) => {
      const s = summarize(rates);
      return `${formatNumber(s.median)} (${formatNumber(s.p25)}–${formatNumber(s.p75)})`;
    };
    return {
      title: 'The two mocks: emulator and Prism',
      headlines: [
        `Emulator: first answer ${startRatio(starts.emulatorFetch)} sooner than Prism in process (${startRatio(starts.emulatorHttp)} over HTTP); ${rateRatio('emulator fetch')} Prism's requests per second in process, ${rateRatio('emulator http')} over HTTP (medians and p25–p75 of per-run ratios).`,
        `A filtered Cloudflare logs list over ${storedLogs.toLocaleString('en-US')} stored logs: ${rateText(of('filtered logs').rates)} req/s in process (median, p25–p75).`,
      ],
      method:
        "`startMockServer({ api: 'cloudflare' })` (Prism in its own process), `createEmulator` + `emulator.fetch`, and `startEmulator` (HTTP on 127.0.0.1), " +
        `each timed (after one untimed start of each) from the call until a first \`GET ${gatewaysPath.replace(accountId, '{account_id}')}\` has answered, ${options.startRuns} fresh starts each; ` +
        `then one request after another through each (${options.rounds} rounds of ${options.roundMs} ms after ${options.warmupMs} ms of warm-up, contenders rotating), every answer checked.`,
      rows: [
        { figure: 'Prism: start → first answer', unit: 'ms', summary: summarize(starts.prism) },
        {
          figure: 'emulator fetch: create → first answer',
          unit: 'ms',
          summary: summarize(starts.emulatorFetch),
          compared: `${startRatio(starts.emulatorFetch)} sooner than Prism, per run`,
        },
        {
          figure: 'emulator HTTP: start → first answer',
          unit: 'ms',
          summary: summarize(starts.emulatorHttp),
          compared: `${startRatio(starts.emulatorHttp)} sooner than Prism, per run`,
        },
        ...(['prism', 'emulator http', 'emulator fetch'] as const).map((name) => ({
          figure: `${name}: GET list gateways, sequential`,
          unit: 'req/s',
          summary: summarize(of(name).rates),
          cpuUs: summarize(of(name).cpuUs),
          ...(name === 'prism' ? {} : { compared: `${rateRatio(name)} Prism, per round` }),
        })),
        {
          figure: `emulator fetch: logs list, 2 filters, order_by model, over ${gatewayLogs.length.toLocaleString('en-US')} logs of one gateway`,
          unit: 'req/s',
          summary: summarize(of('filtered logs').rates),
          cpuUs: summarize(of('filtered logs').cpuUs),
          compared: `each answer checked: 200 with ${filteredRows} rows`,
        },
      ],
      notes: [
        "Prism's CPU figure is the client process only; Prism itself runs in another process. The emulator's in-process figure includes everything.",
        `The emulator's start includes seeding its data (2,000 logs by default; ${storedLogs.toLocaleString('en-US')} for the filtered list, seeded once).`,
      ],
    };
  } finally {
    await Promise.all([prism.close(), overHttp.close()]);
  }
}
