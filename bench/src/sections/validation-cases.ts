// The pages the validation figures check, the two validators, and the mutated copies that both
// must reject. Shared by the timed section and the worker that checks agreement away from it.
import { operationValidators as bifrostValidators } from '@ai-gateway/validators/bifrost';
import { operationValidators as cloudflareValidators } from '@ai-gateway/validators/cloudflare';
import { zListLogsResponse as zBifrostListLogs } from '../generated/zod/bifrost.ts';
import { zListLogsResponse as zCloudflareListLogs } from '../generated/zod/cloudflare.ts';
import { bifrostPage, cloudflarePage } from '../lib/data.ts';

type Json = Record<string, unknown>;
type Mutation = readonly [label: string, change: (page: Json) => void];

export interface Case {
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

export const cases: Case[] = [
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
export function checkAgreement(c: Case): string {
  const valid = JSON.parse(c.text) as Json;
  const problems: string[] = [];
  if (!c.ours(valid)) problems.push('ours rejects the valid page');
  if (!c.zod(valid)) problems.push('Zod rejects the valid page');
  for (const [label, change] of c.mutations) {
    // Each mutation on a fresh copy: a deleted property puts an object in V8's slow mode.
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
