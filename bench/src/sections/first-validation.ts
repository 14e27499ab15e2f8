// The first validated response, in fresh processes: how long turning `validateResponses` on
// delays the first call (it loads that operation's validators, and only those) and how many
// bytes of code that loads; and the date-time check that every log's timestamps go through.
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationValidators } from '@ai-gateway/validators/bifrost';
import { isDateTime } from '../../../packages/validators/src/runtime/formats.ts';
import { bifrostPage, cloudflarePage } from '../lib/data.ts';
import { compareThroughput, keep } from '../lib/measure.ts';
import { benchFile } from '../lib/paths.ts';
import type { Row, Section } from '../lib/report.ts';
import { formatNumber, summarize } from '../lib/stats.ts';
import { medianQuartiles, spreadText, type Target, verdict } from '../lib/targets.ts';
import type { FirstValidationParts, FirstValidationReport } from './first-validation-child.ts';

export interface FirstValidationOptions {
  /** Fresh processes per API. */
  runs: number;
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

const targetMs = 5;
const targetKiB = 100;

function child(
  api: string,
  pageFile: string,
  mode: 'call' | 'modules',
): Promise<FirstValidationReport>;
function child(api: string, pageFile: string, mode: 'parts'): Promise<FirstValidationParts>;
function child(api: string, pageFile: string, mode: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = benchFile('src/sections/first-validation-child.ts');
    const process_ = fork(script, [api, pageFile, mode], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: unknown;
    process_.once('message', (message) => {
      report = message;
    });
    process_.once('error', reject);
    process_.once('exit', (code) =>
      report ? resolve(report) : reject(new Error(`first-validation child exited with ${code}`)),
    );
  });
}

/** Every string of a value that is an RFC 3339 date-time: what the validators check as one. */
function dateTimesIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= 20 && isDateTime(value)) into.push(value);
  } else if (Array.isArray(value)) for (const item of value) dateTimesIn(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) dateTimesIn(item, into);
  return into;
}

export async function firstValidation(options: FirstValidationOptions): Promise<Section> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-first-validation-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  const headlines: string[] = [];
  const targets: Target[] = [];
  try {
    const pages = {
      cloudflare: cloudflarePage(1, 50, 1000),
      bifrost: bifrostPage(0, 50, 1000),
    };
    for (const [api, page] of Object.entries(pages)) {
      const file = join(folder, `${api}.json`);
      await writeFile(file, JSON.stringify(page));
      const reports: FirstValidationReport[] = [];
      const split: FirstValidationParts[] = [];
      for (let run = 0; run < options.runs; run++) {
        reports.push(await child(api, file, 'call'));
        split.push(await child(api, file, 'parts'));
      }
      const loading = await child(api, file, 'modules');
      const first = summarize(reports.map((r) => r.firstMs));
      const kib = loading.bytes / 1024;
      const { modules, largest } = loading;
      const warm = summarize(reports.map((r) => r.warmMs));
      const timeSpread = medianQuartiles(reports.map((r) => r.firstMs));
      const loadMs = medianQuartiles(split.map((p) => p.loadMs));
      const firstRunMs = medianQuartiles(split.map((p) => p.firstRunMs));
      const timeVerdict = verdict(timeSpread, targetMs, ' ms');
      const sizeVerdict =
        kib <= targetKiB ? 'met' : `missed by ${formatNumber(kib - targetKiB)} KiB`;
      const compared = `target ≤ ${targetMs} ms: ${timeVerdict}; ≤ ${targetKiB} KiB: ${sizeVerdict}`;
      const partsText = `loading them takes ${spreadText(loadMs, ' ms', 'p25–p75')} and their first run over the page ${spreadText(firstRunMs, ' ms', 'p25–p75')}`;
      const largestText = `the largest file is \`${largest.file}\` (${formatNumber(largest.bytes / 1024)} KiB)`;
      targets.push({
        target: `First validated call, ${api} listLogs: ≤ ${targetMs} ms and ≤ ${targetKiB} KiB of code loaded`,
        measured: `${spreadText(timeSpread, ' ms', 'p25–p75')}; ${formatNumber(kib)} KiB in ${modules} modules`,
        verdict: `time ${timeVerdict}; size ${sizeVerdict}`,
        why:
          timeSpread.high <= targetMs && kib <= targetKiB
            ? undefined
            : `Of the time, ${partsText} (measured apart in the same state); ${largestText}.`,
      });
      rows.push({
        figure: `${api} listLogs, first validated call (loads ${modules} modules, ${formatNumber(kib)} KiB)`,
        unit: 'ms',
        summary: first,
        compared,
      });
      rows.push({
        figure: `${api} listLogs, the next validated call`,
        unit: 'ms',
        summary: warm,
      });
      rows.push({
        figure: `${api} listLogs: loading the validators alone`,
        unit: 'ms',
        summary: summarize(split.map((p) => p.loadMs)),
        compared: largestText,
      });
      rows.push({
        figure: `${api} listLogs: their first run over the page`,
        unit: 'ms',
        summary: summarize(split.map((p) => p.firstRunMs)),
      });
      headlines.push(
        `First validated response (${api} listLogs, fresh process): ${formatNumber(first.median)} ms (p25–p75 ${formatNumber(first.p25)}–${formatNumber(first.p75)}), loading ${formatNumber(kib)} KiB of validator code in ${modules} modules; ${compared}.`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  // The date-time check against the whole page's validation, in the same rounds.
  // As a client holds it: parsed from the wire, so its strings are flat, as JSON.parse makes them.
  const page = JSON.parse(JSON.stringify(bifrostPage(0, 1000, 100_000)));
  const stamps = dateTimesIn(page);
  const validate = operationValidators.listLogs.responses['200'];
  const samples = await compareThroughput(
    [
      {
        name: 'isDateTime',
        run: () => {
          let valid = 0;
          for (const stamp of stamps) if (isDateTime(stamp)) valid++;
          keep(valid);
        },
      },
      { name: 'page', run: () => keep(validate.parse(page).ok) },
    ],
    options,
  );
  const perCallNs = (samples.get('isDateTime')?.rates ?? []).map(
    (rate) => 1e9 / rate / stamps.length,
  );
  const pageUs = (samples.get('page')?.rates ?? []).map((rate) => 1e6 / rate);
  const share = perCallNs.map((ns, i) => (ns * stamps.length) / 1000 / (pageUs[i] as number));
  const shareSummary = summarize(share);
  rows.push({ figure: 'isDateTime, per call', unit: 'ns', summary: summarize(perCallNs) });
  rows.push({
    figure: `Bifrost logs page, 1000 logs, whole validation (${stamps.length} date-times in it)`,
    unit: 'µs',
    summary: summarize(pageUs),
    compared: `date-time checks are ${formatNumber(shareSummary.median * 100)} % of it (p25–p75 ${formatNumber(shareSummary.p25 * 100)}–${formatNumber(shareSummary.p75 * 100)} %)`,
  });
  notes.push(
    `Each first-call figure is one fresh Node process per run (${options.runs} per API) answered from memory; the module count and bytes are the files Node loaded during that call (validators, built output, unminified), recorded by a module hook in one more process, as a hook slows loading down. The two parts are timed in another fresh process per run, brought to the same state (client loaded, one call made without validation): loading the operation's validators, then validating the page once.`,
    'The date-time share times the same date-time strings alone and inside the whole-page validation, in the same rotating rounds.',
  );
  return {
    title: 'First validated response, and the date-time check',
    method:
      'A client that has already made a `listLogs` call makes it again with `validateResponses: true`: the difference is loading that one operation’s response validators. Then `isDateTime` over every date-time of a 1000-log Bifrost page, beside the whole page’s validation.',
    rows,
    notes,
    headlines,
    targets,
  };
}
