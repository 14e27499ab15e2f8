// Pagination: requests needed to read 1,000 Cloudflare logs, ours against the official SDK; and
// the memory high-water mark of a child process that iterates 100,000 Bifrost logs.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import Cloudflare from 'cloudflare';
import { accountId, apiToken, gatewayId } from '../lib/account.ts';
import { timeMs } from '../lib/measure.ts';
import { benchFile } from '../lib/paths.ts';
import type { Row, Section } from '../lib/report.ts';
import { startLogsServer } from '../lib/server.ts';
import { formatMedian, formatNumber, formatRatio, summarize } from '../lib/stats.ts';
import type { MemoryReport } from './memory-child.ts';

const cloudflareTotal = 1000;
const perPage = 50;

export interface PaginationOptions {
  /** Reads of the 1,000 logs per client. */
  runs: number;
  /** Child processes per memory figure. */
  memoryRuns: number;
  bifrostTotal: number;
  bifrostLimit: number;
}

async function memoryRun(
  url: string,
  options: PaginationOptions,
  mode: 'stream' | 'keep',
): Promise<MemoryReport> {
  const child = fork(
    benchFile('src/sections/memory-child.ts'),
    [url, String(options.bifrostTotal), String(options.bifrostLimit), mode],
    { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const [report] = (await once(child, 'message')) as [MemoryReport];
  await once(child, 'exit');
  if (report.count !== options.bifrostTotal) {
    throw new Error(`The memory child read ${report.count} logs, not ${options.bifrostTotal}`);
  }
  return report;
}

export async function pagination(options: PaginationOptions): Promise<Section> {
  const server = await startLogsServer(cloudflareTotal, options.bifrostTotal);
  try {
    const ours = createCloudflareClient({ accountId, apiToken, baseUrl: server.url });
    const official = new Cloudflare({ apiToken, baseURL: server.url });
    const readers = {
      ours: async () => {
        const ids: string[] = [];
        for await (const log of ours.logs.list({ gateway_id: gatewayId, per_page: perPage }))
          ids.push(log.id);
        return ids;
      },
      official: async () => {
        const ids: string[] = [];
        for await (const log of official.aiGateway.logs.list(gatewayId, {
          account_id: accountId,
          per_page: perPage,
        }))
          ids.push(log.id as string);
        return ids;
      },
    };
    const requests = { ours: [] as number[], official: [] as number[] };
    const times = { ours: [] as number[], official: [] as number[] };
    // One untimed read each to warm up, then alternate which goes first.
    for (let run = -1; run < options.runs; run++) {
      const order =
        run % 2 === 0 ? (['ours', 'official'] as const) : (['official', 'ours'] as const);
      for (const name of order) {
        await server.reset();
        let ids: string[] = [];
        const ms = await timeMs(async () => {
          ids = await readers[name]();
        });
        const served = (await server.counts()).cloudflare;
        if (ids.length !== cloudflareTotal || new Set(ids).size !== cloudflareTotal) {
          throw new Error(
            `${name} read ${ids.length} logs (${new Set(ids).size} distinct), not ${cloudflareTotal}`,
          );
        }
        if (run >= 0) {
          requests[name].push(served);
          times[name].push(ms);
        }
      }
    }

    const stream: MemoryReport[] = [];
    const keep: MemoryReport[] = [];
    for (let run = 0; run < options.memoryRuns; run++) {
      stream.push(await memoryRun(server.url, options, 'stream'));
      keep.push(await memoryRun(server.url, options, 'keep'));
    }
    const mib = (bytes: number) => bytes / 2 ** 20;
    const memoryRows = (label: string, reports: MemoryReport[]): Row[] => [
      {
        figure: `${label}: peak RSS`,
        unit: 'MiB',
        summary: summarize(reports.map((r) => mib(r.peakRss))),
        compared: `RSS before the first request: ${formatNumber(summarize(reports.map((r) => mib(r.baselineRss))).median)} MiB`,
      },
      {
        figure: `${label}: heap high-water (heapUsed, sampled)`,
        unit: 'MiB',
        summary: summarize(reports.map((r) => mib(r.peakHeap))),
        compared: `heapUsed before the first request: ${formatNumber(summarize(reports.map((r) => mib(r.baselineHeap))).median)} MiB`,
      },
      {
        figure: `${label}: time`,
        unit: 'ms',
        summary: summarize(reports.map((r) => r.ms)),
        compared: `${formatNumber(summarize(reports.map((r) => (options.bifrostTotal / r.ms) * 1000)).median)} logs/s, ${reports[0]?.requests} requests`,
      },
    ];
    const total = options.bifrostTotal.toLocaleString('en-US');
    const oursRequests = summarize(requests.ours).median;
    const officialRequests = summarize(requests.official).median;
    const peak = (reports: MemoryReport[]) =>
      formatMedian(
        reports.map((r) => mib(r.peakRss)),
        'MiB',
      );
    const heap = (reports: MemoryReport[]) =>
      formatMedian(
        reports.map((r) => mib(r.peakHeap)),
        'MiB',
      );
    return {
      title: 'Pagination',
      headlines: [
        `Pagination: reading ${cloudflareTotal.toLocaleString('en-US')} Cloudflare logs at ${perPage} per page takes ${formatMedian(requests.ours, 'requests')} with ours, ${formatMedian(requests.official, 'requests')} with the official SDK (medians, p25–p75 of ${options.runs} reads).`,
        `Memory: iterating ${total} Bifrost logs (limit ${options.bifrostLimit}) peaks at ${peak(stream)} RSS and ${heap(stream)} of heap ` +
          `(keeping them all instead: ${peak(keep)} RSS, ${heap(keep)} heap; medians, p25–p75 of ${options.memoryRuns} processes).`,
      ],
      method:
        `Reading all ${cloudflareTotal.toLocaleString('en-US')} logs of a Cloudflare gateway at ${perPage} per page with \`for await\` over \`logs.list()\`, ` +
        `${options.runs} times per client (alternating which goes first, after one untimed read each); requests are counted at the local server. ` +
        `Then a child process iterates ${total} Bifrost logs through \`createBifrostClient().logs.list({ limit: ${options.bifrostLimit} })\` ` +
        `from a local server that builds each page when asked, ${options.memoryRuns} child processes per figure.`,
      rows: [
        {
          figure: `ours: requests for ${cloudflareTotal.toLocaleString('en-US')} logs`,
          unit: 'requests',
          summary: summarize(requests.ours),
          compared: `${oursRequests} = ${cloudflareTotal} / ${perPage}: stops on result_info.total_count`,
        },
        {
          figure: `official SDK: requests for ${cloudflareTotal.toLocaleString('en-US')} logs`,
          unit: 'requests',
          summary: summarize(requests.official),
          compared: `${officialRequests - oursRequests >= 0 ? '+' : ''}${officialRequests - oursRequests} vs ours: asks for page+1 until an empty page`,
        },
        {
          figure: `ours: time to read ${cloudflareTotal.toLocaleString('en-US')} logs`,
          unit: 'ms',
          summary: summarize(times.ours),
        },
        {
          figure: `official SDK: time to read ${cloudflareTotal.toLocaleString('en-US')} logs`,
          unit: 'ms',
          summary: summarize(times.official),
          // Paired: both clients read in the same run, one after the other.
          compared: `${formatRatio(times.official.map((ms, i) => ms / (times.ours[i] as number)))} ours, per run`,
        },
        ...memoryRows(`${total} Bifrost logs, iterated`, stream),
        ...memoryRows(`reference: ${total} Bifrost logs, all kept in an array`, keep),
      ],
      notes: [
        'Every read was checked to return 1,000 distinct logs.',
        "Peak RSS is the child's `process.resourceUsage().maxRSS` at the end (the whole process's high-water mark, Node itself and the loaded modules included). " +
          'The heap high-water is the largest `process.memoryUsage().heapUsed` seen, sampled after every 1,000 logs. ' +
          'The "kept in an array" reference holds every log it reads, to show what iterating saves.',
        `Our client iterates one page at a time and keeps no earlier page; the default \`validateResponses: false\` was used.`,
      ],
    };
  } finally {
    await server.close();
  }
}
