// Run in its own process by the pagination benchmark: iterates every Bifrost log of the local
// server through our client and reports its memory high-water marks.
//
//   node memory-child.ts <baseUrl> <total> <limit> <stream|keep>   (total: checked by the parent)
import { createBifrostClient } from '@ai-gateway/client/bifrost';

export interface MemoryReport {
  count: number;
  /** Logs still held at the end (the `keep` mode holds all of them). */
  kept: number;
  requests: number;
  ms: number;
  /** process.resourceUsage().maxRSS at the end, in bytes. */
  peakRss: number;
  /** Largest heapUsed sampled while iterating, in bytes. */
  peakHeap: number;
  baselineRss: number;
  baselineHeap: number;
}

const [baseUrl = '', , limitText = '50', mode = 'stream'] = process.argv.slice(2);
const limit = Number(limitText);

let requests = 0;
const counting: typeof fetch = (input, init) => {
  requests++;
  return fetch(input, init);
};
const bf = createBifrostClient({ baseUrl, fetch: counting });

const baseline = process.memoryUsage();
let peakHeap = baseline.heapUsed;
const kept: unknown[] = [];
let count = 0;
const start = process.hrtime.bigint();
for await (const log of bf.logs.list({ limit })) {
  if (mode === 'keep') kept.push(log);
  count++;
  if (count % 1000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

const report: MemoryReport = {
  count,
  kept: kept.length,
  requests,
  ms,
  peakRss: process.resourceUsage().maxRSS * 1024,
  peakHeap,
  baselineRss: baseline.rss,
  baselineHeap: baseline.heapUsed,
};
process.send?.(report, () => process.disconnect());
