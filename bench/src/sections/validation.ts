// Validation: our compiled validators against Zod 4 schemas generated from the same spec files
// by @hey-api/openapi-ts, with JSON.parse of the same bytes for scale.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { compareThroughput, ratios, type Samples } from '../lib/measure.ts';
import { benchFile } from '../lib/paths.ts';
import type { Row, Section } from '../lib/report.ts';
import { formatRatio, summarize } from '../lib/stats.ts';
import { medianInterval, spreadText, type Target, verdict } from '../lib/targets.ts';
import { packageVersion } from '../lib/versions.ts';
import { cases } from './validation-cases.ts';

/** The agreement check, run in a worker so that no mutated page reaches the timed isolate. */
async function checkInWorker(): Promise<string[]> {
  const worker = new Worker(benchFile('src/sections/validation-check.ts'));
  const [message] = (await once(worker, 'message')) as [{ notes?: string[]; error?: string }];
  await worker.terminate();
  if (message.error !== undefined || !message.notes) throw new Error(message.error);
  return message.notes;
}

export interface ValidationOptions {
  rounds: number;
  roundMs: number;
  warmupMs: number;
}

export async function validation(options: ValidationOptions): Promise<Section> {
  const rows: Row[] = [];
  const headlines: string[] = [];
  const targets: Target[] = [];
  const notes = await checkInWorker();
  for (const c of cases) {
    // The timed page: parsed once, never changed, never seen by the agreement check.
    const value = JSON.parse(c.text) as unknown;
    const names = {
      parse: `${c.name}: JSON.parse of the same ${(c.text.length / 1024).toFixed(0)} KiB`,
      ours: `${c.name}: ours (listLogs 200 validator)`,
      zod: `${c.name}: Zod 4 safeParse (generated)`,
      parseOurs: `${c.name}: JSON.parse + ours`,
      parseZod: `${c.name}: JSON.parse + Zod 4 safeParse`,
    };
    const samples = await compareThroughput(
      [
        { name: names.parse, run: () => JSON.parse(c.text) },
        { name: names.ours, run: () => c.ours(value) },
        { name: names.zod, run: () => c.zod(value) },
        { name: names.parseOurs, run: () => c.ours(JSON.parse(c.text)) },
        { name: names.parseZod, run: () => c.zod(JSON.parse(c.text)) },
      ],
      options,
    );
    const of = (name: string) => samples.get(name) as Samples;
    const parse = of(names.parse);
    const ours = of(names.ours);
    const zod = of(names.zod);
    /** Per-round ratio of one call's time to one JSON.parse's (rates inverted). */
    const ofParse = (s: Samples) => formatRatio(ratios(parse.rates, s.rates));
    const pagesPerSecond = (s: Samples) =>
      Math.round(summarize(s.rates).median).toLocaleString('en-US');
    headlines.push(
      `Validation, ${c.name}: ours is ${formatRatio(ratios(ours.rates, zod.rates))} as fast as generated Zod 4 by wall clock ` +
        `(by CPU time: ${formatRatio(ratios(zod.cpuUs, ours.cpuUs))}; ${pagesPerSecond(ours)} vs ${pagesPerSecond(zod)} pages/s). ` +
        `Validating alone takes ${ofParse(ours)} the time of JSON.parse of the same bytes (Zod: ${ofParse(zod)}); ` +
        `JSON.parse + ours takes ${ofParse(of(names.parseOurs))} the time of JSON.parse alone (JSON.parse + Zod: ${ofParse(of(names.parseZod))}).`,
    );
    const withParse = medianInterval(ratios(parse.rates, of(names.parseOurs).rates));
    const alone = medianInterval(ratios(parse.rates, ours.rates));
    targets.push({
      target: `${c.name}: JSON.parse + ours ≤ 1.10× JSON.parse alone`,
      measured: spreadText(withParse, '×', '95% CI'),
      verdict: verdict(withParse, 1.1, '×'),
      why:
        withParse.high <= 1.1
          ? undefined
          : `Validating alone takes ${spreadText(alone, '×', '95% CI')} the time of JSON.parse; the sum is within 1.10× only when that is at most 0.10×.`,
    });
    const row = (name: string, compared: string): Row => ({
      figure: name,
      unit: 'ops/s',
      summary: summarize(of(name).rates),
      cpuUs: summarize(of(name).cpuUs),
      compared,
    });
    rows.push(
      row(names.parse, 'baseline'),
      row(
        names.ours,
        `${formatRatio(ratios(ours.rates, zod.rates))} Zod's speed (by CPU time: ${formatRatio(ratios(zod.cpuUs, ours.cpuUs))}); takes ${ofParse(ours)} the time of JSON.parse`,
      ),
      row(names.zod, `takes ${ofParse(zod)} the time of JSON.parse`),
      row(names.parseOurs, `takes ${ofParse(of(names.parseOurs))} the time of JSON.parse alone`),
      row(names.parseZod, `takes ${ofParse(of(names.parseZod))} the time of JSON.parse alone`),
    );
  }
  return {
    title: 'Validation of a logs page',
    method:
      'Each validator checks the same already-parsed page; JSON.parse parses the page text; "JSON.parse + …" parses the text and validates the result, as a client that checks answers does. ' +
      'Ratios to JSON.parse are per-round ratios of the time of one call to the time of one JSON.parse (median and p25–p75; a spread that holds 1.0 reads "same within noise"). ' +
      `The Zod 4 schemas are generated from our spec files by @hey-api/openapi-ts ${packageVersion('@hey-api/openapi-ts')} ` +
      `(zod plugin, Zod ${packageVersion('zod')}) into bench/src/generated/zod/ at the start of the run. ` +
      `${options.rounds} rounds of ${options.roundMs} ms per contender, rotating order, after ${options.warmupMs} ms of warm-up. ` +
      'The agreement check below ran first, in a worker thread: the mutated pages it builds never reach the isolate that is timed.',
    rows,
    headlines,
    targets,
    notes: [
      ...notes,
      '`pnpm --filter @ai-gateway/bench test` also checks, with generated changes (fast-check), that both accept pages changed in ways the spec allows, reject pages with a value of a type it does not allow or a required field missing, and agree on any mix of changes.',
      'Ours returns the input as is when it is valid; Zod `safeParse` returns a copy (unknown keys stripped), which is part of its cost.',
    ],
  };
}
