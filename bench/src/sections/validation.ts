// Validation: our compiled validators against Zod 4 schemas generated from the same spec files
// by @hey-api/openapi-ts, with JSON.parse of the same bytes for scale.
import { operationValidators as bifrostValidators } from '@ai-gateway/validators/bifrost';
import { operationValidators as cloudflareValidators } from '@ai-gateway/validators/cloudflare';
import { zListLogsResponse as zBifrostListLogs } from '../generated/zod/bifrost.ts';
import { zListLogsResponse as zCloudflareListLogs } from '../generated/zod/cloudflare.ts';
import { bifrostPage, cloudflarePage } from '../lib/data.ts';
import { compareThroughput, ratios, type Samples } from '../lib/measure.ts';
import type { Row, Section } from '../lib/report.ts';
import { formatRatio, summarize } from '../lib/stats.ts';
import { packageVersion } from '../lib/versions.ts';

type Json = Record<string, unknown>;
type Mutation = readonly [label: string, change: (page: Json) => void];

interface Case {
  name: string;
  text: string;
  ours: (value: unknown) => boolean;
  zod: (value: unknown) => boolean;
  mutations: readonly Mutation[];
}

/** The object that holds the last key of `path`, walking down from `page`. */
function holder(page: Json, path: readonly (string | number)[]): Json {
  let value: unknown = page;
  for (const key of path.slice(0, -1)) value = (value as Json)[key];
  return value as Json;
}
const set =
  (path: readonly (string | number)[], value: unknown) =>
  (page: Json): void => {
    holder(page, path)[path.at(-1) as string] = value;
  };
const remove =
  (path: readonly (string | number)[]) =>
  (page: Json): void => {
    delete holder(page, path)[path.at(-1) as string];
  };

const cases: Case[] = [
  {
    name: 'Cloudflare logs page, 50 logs',
    text: JSON.stringify(cloudflarePage(1, 50, 1000)),
    ours: (value) => cloudflareValidators.listLogs.responses['200'].parse(value).ok,
    zod: (value) => zCloudflareListLogs.safeParse(value).success,
    mutations: [
      ['a log without its required `id`', remove(['result', 7, 'id'])],
      ['`duration` sent as a string', set(['result', 12, 'duration'], '842')],
      ['`created_at` not a date-time', set(['result', 20, 'created_at'], '20 Nov 2026')],
      ['`tokens_in` not an integer', set(['result', 30, 'tokens_in'], 1.5)],
      ['envelope without `success`', remove(['success'])],
      ['`result_info.total_count` as a string', set(['result_info', 'total_count'], '1000')],
    ],
  },
  {
    name: 'Bifrost logs page, 1000 logs',
    text: JSON.stringify(bifrostPage(0, 1000, 100_000)),
    ours: (value) => bifrostValidators.listLogs.responses['200'].parse(value).ok,
    zod: (value) => zBifrostListLogs.safeParse(value).success,
    mutations: [
      ['`status` outside its enum', set(['logs', 500, 'status'], 'done')],
      ['negative `number_of_retries`', set(['logs', 10, 'number_of_retries'], -1)],
      ['`timestamp` not a date-time', set(['logs', 999, 'timestamp'], 'yesterday')],
      [
        '`token_usage.prompt_tokens` as a string',
        set(['logs', 4, 'token_usage', 'prompt_tokens'], '412'),
      ],
      ['`stream` as a string', set(['logs', 42, 'stream'], 'false')],
      ['`pagination` without `total_count`', remove(['pagination', 'total_count'])],
    ],
  },
];

/** Both validators must accept the page and reject every mutated copy, or the figures mean nothing. */
function checkAgreement(c: Case): string {
  const valid = JSON.parse(c.text) as Json;
  const problems: string[] = [];
  if (!c.ours(valid)) problems.push('ours rejects the valid page');
  if (!c.zod(valid)) problems.push('Zod rejects the valid page');
  for (const [label, change] of c.mutations) {
    const page = JSON.parse(c.text) as Json;
    change(page);
    if (c.ours(page)) problems.push(`ours accepts ${label}`);
    if (c.zod(page)) problems.push(`Zod accepts ${label}`);
  }
  if (problems.length > 0)
    throw new Error(`${c.name}: validators disagree: ${problems.join('; ')}`);
  return `${c.name}: both accept the page and reject all ${c.mutations.length} mutated copies (${c.mutations
    .map(([label]) => label)
    .join(', ')}).`;
}

export interface ValidationOptions {
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

export async function validation(options: ValidationOptions): Promise<Section> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const headlines: string[] = [];
  for (const c of cases) {
    notes.push(checkAgreement(c));
    const value = JSON.parse(c.text) as unknown;
    const names = {
      parse: `${c.name}: JSON.parse of the same ${(c.text.length / 1024).toFixed(0)} KiB`,
      ours: `${c.name}: ours (listLogs 200 validator)`,
      zod: `${c.name}: Zod 4 safeParse (generated)`,
    };
    const samples = await compareThroughput(
      [
        { name: names.parse, run: () => JSON.parse(c.text) },
        { name: names.ours, run: () => c.ours(value) },
        { name: names.zod, run: () => c.zod(value) },
      ],
      options,
    );
    const parse = samples.get(names.parse) as Samples;
    const ours = samples.get(names.ours) as Samples;
    const zod = samples.get(names.zod) as Samples;
    const median = (values: number[]) => summarize(values).median;
    // Per-round ratios: speed relative to Zod, and time of one call relative to one JSON.parse.
    const oursVsZod = median(ratios(ours.rates, zod.rates)).toFixed(2);
    const oursVsZodCpu = median(ratios(zod.cpuUs, ours.cpuUs)).toFixed(2);
    const ofParse = (s: Samples) => median(ratios(parse.rates, s.rates)).toFixed(2);
    const pagesPerSecond = (s: Samples) => Math.round(median(s.rates)).toLocaleString('en-US');
    headlines.push(
      `Validation, ${c.name}: ours is ${oursVsZod}× as fast as generated Zod 4 by wall clock (${oursVsZodCpu}× by CPU time; ` +
        `${pagesPerSecond(ours)} vs ${pagesPerSecond(zod)} pages/s) and takes ${ofParse(ours)}× the time of JSON.parse of the same bytes (Zod: ${ofParse(zod)}×).`,
    );
    rows.push(
      {
        figure: names.parse,
        unit: 'ops/s',
        summary: summarize(parse.rates),
        cpuUs: summarize(parse.cpuUs),
        compared: 'baseline',
      },
      {
        figure: names.ours,
        unit: 'ops/s',
        summary: summarize(ours.rates),
        cpuUs: summarize(ours.cpuUs),
        compared: `${formatRatio(ratios(ours.rates, zod.rates))} Zod's speed (by CPU time: ${formatRatio(ratios(zod.cpuUs, ours.cpuUs))}); takes ${ofParse(ours)}× the time of JSON.parse`,
      },
      {
        figure: names.zod,
        unit: 'ops/s',
        summary: summarize(zod.rates),
        cpuUs: summarize(zod.cpuUs),
        compared: `takes ${ofParse(zod)}× the time of JSON.parse`,
      },
    );
  }
  return {
    title: 'Validation of a logs page',
    method:
      'Each validator checks the same already-parsed page; JSON.parse parses the page text. ' +
      `The Zod 4 schemas are generated from our spec files by @hey-api/openapi-ts ${packageVersion('@hey-api/openapi-ts')} ` +
      `(zod plugin, Zod ${packageVersion('zod')}) into bench/src/generated/zod/ at the start of the run. ` +
      `${options.rounds} rounds of ${options.roundMs} ms per contender, rotating order, after ${options.warmupMs} ms of warm-up.`,
    rows,
    headlines,
    notes: [
      ...notes,
      'Ours returns the input as is when it is valid; Zod `safeParse` returns a copy (unknown keys stripped), which is part of its cost.',
    ],
  };
}
