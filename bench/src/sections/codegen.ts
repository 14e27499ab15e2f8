// Codegen: `node scripts/src/generate.ts` from a cold start, and `pnpm turbo run generate` served
// from turbo's cache.
import { spawn } from 'node:child_process';
import { repoRoot } from '../lib/paths.ts';
import type { Section } from '../lib/report.ts';
import { formatMedian, formatNumber, summarize } from '../lib/stats.ts';
import {
  medianQuartiles,
  spreadText,
  type Target,
  verdict as targetVerdict,
} from '../lib/targets.ts';

interface Finished {
  ms: number;
  output: string;
}

function run(command: string, args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

const cachedLine = /Cached:\s+(\d+) cached, (\d+) total/;

/** When each phase of a cold run ended, as `generate.ts --timings` prints them, in words. */
function phasesText(phases: Record<string, number>): string {
  const at = (phase: string) =>
    phases[phase] === undefined ? 'unknown' : `${formatNumber(phases[phase])} ms`;
  const others = Object.entries(phases)
    .filter(([phase]) => phase.endsWith(' formatted') && !phase.includes('validators'))
    .map(([, ms]) => ms);
  return (
    `In one more cold run with \`--timings\` (times since the process started): the specs were read at ${at('specs read')}; ` +
    `the other packages' files were generated and formatted by ${others.length > 0 ? `${formatNumber(Math.max(...others))} ms` : 'unknown'}, ` +
    `while the validators, in a worker thread, were generated at ${at('packages/validators generated')} (Ajv compiling every schema of both specs, and their types) ` +
    `and formatted by Biome at ${at('packages/validators formatted')}; everything was written at ${at('written')}. ` +
    'The validators are the critical path, on one core: most of the output is their compiled code.'
  );
}

export interface CodegenOptions {
  coldRuns: number;
  cachedRuns: number;
}

export async function codegen(options: CodegenOptions): Promise<Section> {
  const cold: number[] = [];
  let generated = '';
  for (let i = 0; i < options.coldRuns; i++) {
    const result = await run(process.execPath, ['scripts/src/generate.ts']);
    cold.push(result.ms);
    generated = result.output.trim().split('\n').at(-1) ?? '';
  }
  // One more cold run, not timed with the others, says when each phase ended.
  const phased = await run(process.execPath, ['scripts/src/generate.ts', '--timings']);
  const phases = JSON.parse(/^Timings: (.+)$/m.exec(phased.output)?.[1] ?? '{}') as Record<
    string,
    number
  >;
  // The first run fills turbo's cache (or hits it already); only full cache hits are timed. A run
  // that misses (a file changed in between: others may be editing the repository) is left out and
  // counted.
  const first = await run('pnpm', ['turbo', 'run', 'generate']);
  const cached: number[] = [];
  let misses = 0;
  let tasks = '';
  while (cached.length < options.cachedRuns && misses < options.cachedRuns + 5) {
    const result = await run('pnpm', ['turbo', 'run', 'generate']);
    const match = cachedLine.exec(result.output);
    if (!match) throw new Error(`No cache summary from pnpm turbo run generate:\n${result.output}`);
    if (match[1] !== match[2]) {
      misses++;
      continue;
    }
    tasks = `${match[1]} of ${match[2]} tasks cached`;
    cached.push(result.ms);
  }
  if (cached.length === 0) throw new Error('pnpm turbo run generate never hit the cache');
  // What starting pnpm alone costs, inside every cache hit, and the same hit without pnpm.
  const pnpmAlone: number[] = [];
  const turboAlone: number[] = [];
  const turbo = `${repoRoot}node_modules/.bin/turbo`;
  for (let i = 0; i < options.cachedRuns; i++) {
    pnpmAlone.push((await run('pnpm', ['--version'])).ms);
    const direct = await run(turbo, ['run', 'generate']);
    const match = cachedLine.exec(direct.output);
    if (match && match[1] === match[2]) turboAlone.push(direct.ms);
  }
  const verdict = (values: number[], targetMs: number) => {
    const median = summarize(values).median;
    return median <= targetMs
      ? `meets the target (≤ ${targetMs} ms)`
      : `misses the target (≤ ${targetMs} ms) by ${median - targetMs >= 100 ? (median - targetMs).toFixed(0) : (median - targetMs).toFixed(1)} ms`;
  };
  const firstMatch = cachedLine.exec(first.output);
  const coldSpread = medianQuartiles(cold);
  const cachedSpread = medianQuartiles(cached);
  const pnpmSpread = medianQuartiles(pnpmAlone);
  const turboSpread = medianQuartiles(turboAlone);
  const targets: Target[] = [
    {
      target: 'Codegen, cold: `node scripts/src/generate.ts` ≤ 3,000 ms',
      measured: spreadText(coldSpread, ' ms', 'p25–p75'),
      verdict: targetVerdict(coldSpread, 3000, ' ms'),
      why: coldSpread.high <= 3000 ? undefined : phasesText(phases),
    },
    {
      target: 'Codegen, cache hit: `pnpm turbo run generate` ≤ 500 ms',
      measured: spreadText(cachedSpread, ' ms', 'p25–p75'),
      verdict: targetVerdict(cachedSpread, 500, ' ms'),
      why:
        cachedSpread.high <= 500
          ? undefined
          : `Starting pnpm alone (\`pnpm --version\`) takes ${spreadText(pnpmSpread, ' ms', 'p25–p75')}; the same cache hit run as \`node_modules/.bin/turbo run generate\`, without pnpm, takes ${spreadText(turboSpread, ' ms', 'p25–p75')}.`,
    },
  ];
  return {
    title: 'Codegen',
    headlines: [
      `Codegen: \`node scripts/src/generate.ts\` takes ${formatMedian(cold, 'ms')} from a cold start; a turbo cache hit of \`pnpm turbo run generate\` ${formatMedian(cached, 'ms')} (medians, p25–p75).`,
    ],
    method:
      `\`node scripts/src/generate.ts\` (every package's src/generated/ from both specs) in a fresh process, ${options.coldRuns} times; ` +
      `then \`pnpm turbo run generate\` once to fill the cache, and ${options.cachedRuns} more times, each a cache hit. ` +
      'Wall-clock time from spawn to exit, from the repository root.',
    rows: [
      {
        figure: '`node scripts/src/generate.ts`, cold process',
        unit: 'ms',
        summary: summarize(cold),
        compared: `${generated}; ${verdict(cold, 3000)}`,
      },
      {
        figure: '`pnpm turbo run generate`, cache hit',
        unit: 'ms',
        summary: summarize(cached),
        compared: `${tasks}; ${verdict(cached, 500)}`,
      },
      {
        figure: '`pnpm --version`, for comparison',
        unit: 'ms',
        summary: summarize(pnpmAlone),
        compared: 'starting pnpm alone, part of every cache hit above',
      },
      {
        figure: '`node_modules/.bin/turbo run generate`, cache hit, without pnpm',
        unit: 'ms',
        summary: summarize(turboAlone),
        compared: `${turboAlone.length} full cache hit(s) of ${options.cachedRuns} runs`,
      },
    ],
    targets,
    notes: [
      `The priming run of \`pnpm turbo run generate\` took ${first.ms.toFixed(0)} ms${firstMatch ? ` (${firstMatch[1]} of ${firstMatch[2]} tasks cached)` : ''}.`,
      `${misses} run(s) of \`pnpm turbo run generate\` that were not full cache hits were left out.`,
      'Both include starting Node (and pnpm and turbo for the second); the cache-hit figure is what a second `pnpm generate` costs when nothing changed.',
    ],
  };
}
