// Realistic log pages built from the examples in our specs: each item is one of the spec's
// example rows, with its id and timestamps made unique, so any number of rows can be made.
import { readFileSync } from 'node:fs';
import type { components as BifrostComponents } from '@ai-gateway/validators/bifrost';
import type { components as CloudflareComponents } from '@ai-gateway/validators/cloudflare';
import { parse } from 'yaml';
import { specFiles } from './paths.ts';

export type CloudflareLog = CloudflareComponents['schemas']['Log'];
export type BifrostLog = BifrostComponents['schemas']['LogEntry'];
export type BifrostListResponse = BifrostComponents['schemas']['LogsListResponse'];

interface ExampleHolder {
  paths: Record<
    string,
    {
      get: {
        responses: Record<
          string,
          { content: Record<string, { examples: Record<string, { value: unknown }> }> }
        >;
      };
    }
  >;
}

function example(file: string, path: string, name: string): unknown {
  const spec = parse(readFileSync(file, 'utf8')) as ExampleHolder;
  const value =
    spec.paths[path]?.get.responses['200']?.content['application/json']?.examples[name]?.value;
  if (value === undefined) throw new Error(`No example ${name} of GET ${path} in ${file}`);
  return value;
}

const cloudflareExamples = (
  example(
    specFiles.cloudflare,
    '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs',
    'logs',
  ) as { result: CloudflareLog[] }
).result;

const bifrostExample = example(specFiles.bifrost, '/api/logs', 'recentLogs') as BifrostListResponse;
const bifrostExamples = bifrostExample.logs;

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const base32 = (n: number, width: number) => {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = (crockford[n % 32] as string) + out;
    n = Math.floor(n / 32);
  }
  return out;
};

const cloudflareEpoch = Date.parse('2026-11-20T14:03:11.482Z');

/** Cloudflare log row number `i` (0 is the newest). */
export function cloudflareLog(i: number): CloudflareLog {
  const base = cloudflareExamples[i % cloudflareExamples.length] as CloudflareLog;
  return {
    ...base,
    id: `${base.id.slice(0, 20)}${base32(i, 6)}`,
    created_at: new Date(cloudflareEpoch - i * 7_919).toISOString(),
    duration: base.duration + (i % 97),
    tokens_in: (base.tokens_in ?? 0) + (i % 31),
  };
}

/** Page `page` (1-based) of a list of `total` Cloudflare logs, as the API sends it. */
export function cloudflarePage(page: number, perPage: number, total: number) {
  const from = Math.min((page - 1) * perPage, total);
  const to = Math.min(from + perPage, total);
  const result: CloudflareLog[] = [];
  for (let i = from; i < to; i++) result.push(cloudflareLog(i));
  return {
    result,
    result_info: {
      count: result.length,
      page,
      per_page: perPage,
      total_count: total,
      min_cost: 0,
      max_cost: 0.008952,
      min_duration: 38,
      max_duration: 3216,
      min_tokens_in: 96,
      max_tokens_in: 1234,
      min_tokens_out: 142,
      max_tokens_out: 356,
      min_total_tokens: 238,
      max_total_tokens: 1590,
    },
    success: true,
  };
}

const bifrostEpoch = Date.parse('2026-11-20T14:03:58.107Z');
const nanoTime = (ms: number, i: number) =>
  new Date(ms).toISOString().replace('Z', `${String(i % 1_000_000).padStart(6, '0')}Z`);

/** Bifrost log row number `i` (0 is the newest). */
export function bifrostLog(i: number): BifrostLog {
  const base = structuredClone(bifrostExamples[i % bifrostExamples.length] as BifrostLog);
  const at = bifrostEpoch - i * 1_013;
  base.id = `${base.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`;
  base.timestamp = nanoTime(at, i);
  base.created_at = nanoTime(at + 1, i);
  if (typeof base.latency === 'number') base.latency += i % 113;
  return base;
}

/** The rows `offset .. offset + limit` of a list of `total` Bifrost logs, as the API sends them. */
export function bifrostPage(offset: number, limit: number, total: number): BifrostListResponse {
  const logs: BifrostLog[] = [];
  for (let i = offset; i < Math.min(offset + limit, total); i++) logs.push(bifrostLog(i));
  return {
    logs,
    pagination: { limit, offset, sort_by: 'timestamp', order: 'desc', total_count: total },
    stats: { ...bifrostExample.stats, total_requests: total },
    has_logs: total > 0,
  };
}
