// The benchmark harness: runs every figure side by side in one process (children where a figure
// needs its own process), prints a summary, and writes bench/results.md.
//
//   pnpm --filter @ai-gateway/bench bench            the full run (a few minutes)
//   node --expose-gc src/main.ts --quick             fewer, shorter rounds: a smoke test
//                                                    (or BENCH_QUICK=1 in the environment)
//   node --expose-gc src/main.ts --only=validation,overhead
//   node --expose-gc src/main.ts --out=/tmp/r.md     write the report elsewhere
//
// Only a full run writes bench/results.md, and then copies its headlines into the README's
// benchmark block; --quick and --only write to the temporary folder unless --out says otherwise.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine, loadAverage } from './lib/machine.ts';
import { benchRoot, repoRoot } from './lib/paths.ts';
import { waitUntilAlone } from './lib/processes.ts';
import { readmeFile, withHeadlines } from './lib/readme.ts';
import { type Section, sectionMarkdown, sectionText } from './lib/report.ts';
import { targetsMarkdown } from './lib/targets.ts';
import { generateZodSchemas } from './zod/generate.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = values.quick || process.env.BENCH_QUICK === '1';
const only = values.only?.split(',').map((name) => name.trim());
// results.md (and the README block copied from it) only ever holds a full run: a quick run or
// some sections go to a temporary file unless told where.
const recorded = `${benchRoot}results.md`;
const out = values.out ?? (quick || only ? join(tmpdir(), 'bench-results.md') : recorded);

if (!(globalThis as { gc?: unknown }).gc) {
  console.warn('Run with node --expose-gc so the harness can collect garbage between contenders.');
}

const sections: Record<string, () => Promise<Section>> = {
  validation: async () =>
    (await import('./sections/validation.ts')).validation(
      quick
        ? { rounds: 3, roundMs: 100, warmupMs: 100 }
        : { rounds: 40, roundMs: 100, warmupMs: 500 },
    ),
  overhead: async () =>
    (await import('./sections/overhead.ts')).requestOverhead(
      quick
        ? {
            memory: { rounds: 3, roundMs: 100, warmupMs: 200 },
            loopback: { rounds: 3, roundMs: 100, warmupMs: 200 },
          }
        : {
            memory: { rounds: 40, roundMs: 100, warmupMs: 500 },
            loopback: { rounds: 30, roundMs: 150, warmupMs: 500 },
          },
    ),
  pagination: async () =>
    (await import('./sections/pagination.ts')).pagination({
      runs: quick ? 2 : 10,
      memoryRuns: quick ? 1 : 3,
      bifrostTotal: 100_000,
      bifrostLimit: 1000,
    }),
  mock: async () =>
    (await import('./sections/mock.ts')).mockHarness(
      quick
        ? { startRuns: 1, rounds: 2, roundMs: 300, warmupMs: 300 }
        : { startRuns: 5, rounds: 10, roundMs: 500, warmupMs: 1000 },
    ),
  codegen: async () =>
    (await import('./sections/codegen.ts')).codegen(
      quick ? { coldRuns: 1, cachedRuns: 1 } : { coldRuns: 5, cachedRuns: 5 },
    ),
  consumer: async () =>
    (await import('./sections/consumer.ts')).consumer(
      quick ? { loadRuns: 3, checkRuns: 1 } : { loadRuns: 20, checkRuns: 5 },
    ),
  'first-validation': async () =>
    (await import('./sections/first-validation.ts')).firstValidation(
      quick
        ? { runs: 2, rounds: 3, roundMs: 100, warmupMs: 100 }
        : { runs: 10, rounds: 30, roundMs: 100, warmupMs: 300 },
    ),
  'cli-export': async () =>
    (await import('./sections/cli-export.ts')).cliExport({ logs: 100_000, runs: quick ? 1 : 3 }),
};

const startedAt = process.hrtime.bigint();
const machine = describeMachine();
console.log(
  `${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB.toFixed(1)} GiB · Node ${machine.node} · load ${machine.load}${quick ? ' · --quick' : ''}\n`,
);

// The Zod contender is generated from the current spec files before anything is measured.
await generateZodSchemas();

const results: Section[] = [];
for (const [name, runSection] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue;
  // Whatever an earlier section started (Prism, a local server, a child) has ended first.
  await waitUntilAlone(`the ${name} section`);
  const t0 = process.hrtime.bigint();
  process.stdout.write(`running ${name}... (load ${loadAverage()})\n`);
  const section = await runSection();
  results.push(section);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${sectionText(section)}(${seconds.toFixed(1)} s)\n`);
}
const totalSeconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
const loadAtEnd = loadAverage();

const report = [
  '# Benchmark results',
  '',
  `Written by \`pnpm --filter @ai-gateway/bench bench\`${quick ? ' (with `--quick`: too few runs to quote)' : ''}. ` +
    'Every figure below comes from the same run, on this machine. See README.md for what each figure means and how it is measured.',
  '',
  '| | |',
  '| --- | --- |',
  `| Date | ${machine.date} |`,
  `| CPU | ${machine.cpu} |`,
  `| Cores | ${machine.cores} |`,
  `| Memory | ${machine.memoryGiB.toFixed(1)} GiB |`,
  `| OS | ${machine.os} |`,
  `| Node | ${machine.node} (V8 ${machine.v8}) |`,
  `| Compared with | ${Object.entries(machine.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ')} |`,
  `| Run time | ${totalSeconds.toFixed(0)} s |`,
  `| Load average (1 / 5 / 15 min) | ${machine.load} at the start, ${loadAtEnd} at the end, on ${machine.cores} cores; the harness ran at nice ${machine.nice} |`,
  '',
  '## Headlines',
  '',
  ...results.flatMap((section) => section.headlines.map((line) => `- ${line}`)),
  '',
  targetsMarkdown(results.flatMap((section) => section.targets ?? [])),
  ...results.map(sectionMarkdown),
].join('\n');

await writeFile(out, report);
// Biome formats Markdown too: pad the tables as `pnpm biome check` expects them.
if (out.startsWith(repoRoot)) {
  const format = spawnSync('pnpm', ['exec', 'biome', 'format', '--write', out], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (format.status !== 0) console.warn(`Could not format ${out} with Biome:\n${format.stderr}`);
}
if (out === recorded) {
  const readme = await readFile(readmeFile, 'utf8');
  await writeFile(readmeFile, withHeadlines(readme, await readFile(recorded, 'utf8')));
  console.log(`Copied the headlines into the README's benchmark block (${readmeFile})`);
}
console.log(`Headlines:\n${results.flatMap((s) => s.headlines.map((l) => `  - ${l}`)).join('\n')}`);
console.log(`\nWrote ${out} (${totalSeconds.toFixed(0)} s)`);
