// What a user of each client feels before sending anything: loading the Cloudflare client in a
// fresh Node process, and type-checking a small project that makes ten typed calls
// (bench/consumer/: ours.ts and sdk.ts make the same ten calls), with `skipLibCheck` on and off.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { benchRoot } from '../lib/paths.ts';
import type { Row, Section } from '../lib/report.ts';
import { formatNumber, formatRatio, summarize } from '../lib/stats.ts';
import { medianQuartiles, type Target, verdict } from '../lib/targets.ts';
import { packageVersion } from '../lib/versions.ts';

interface Finished {
  ms: number;
  stdout: string;
}

function run(command: string, args: string[], cwd: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve({ ms, stdout });
      else
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stdout}${stderr}`));
    });
  });
}

/** The contenders, as the same user would write them. */
const contenders = {
  ours: {
    label: '`@ai-gateway/client/cloudflare`',
    load: `const { createCloudflareClient } = await import('@ai-gateway/client/cloudflare');
      const client = createCloudflareClient({ accountId: 'a', apiToken: 't' });
      if (typeof client.gateways.list !== 'function') throw new Error('no gateways.list');`,
    project: 'tsconfig.ours.json',
  },
  sdk: {
    label: `official \`cloudflare\` SDK ${packageVersion('cloudflare')}`,
    load: `const { default: Cloudflare } = await import('cloudflare');
      const client = new Cloudflare({ apiToken: 't' });
      if (typeof client.aiGateway.list !== 'function') throw new Error('no aiGateway.list');`,
    project: 'tsconfig.sdk.json',
  },
} as const;
type Contender = keyof typeof contenders;
const names = Object.keys(contenders) as Contender[];

/** The contenders in an order that rotates with the round. */
const rotated = (round: number) =>
  names.map((_, i) => names[(i + round) % names.length] as Contender);

/** Milliseconds from just before the import to a usable client, in a fresh Node process. */
async function loadTime(contender: Contender): Promise<number> {
  const script = `const t0 = performance.now();
    ${contenders[contender].load}
    console.log(performance.now() - t0);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], benchRoot);
  return Number(stdout.trim());
}

interface Diagnostics {
  wallMs: number;
  checkMs: number;
  instantiations: number;
  types: number;
  memoryKiB: number;
}

const consumerRoot = `${benchRoot}consumer/`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

async function typeCheck(project: string, skipLibCheck: boolean): Promise<Diagnostics> {
  const args = [
    tsc,
    '-p',
    project,
    '--extendedDiagnostics',
    '--skipLibCheck',
    String(skipLibCheck),
  ];
  // A project that does not compile fails the run: the figures are for correct code only.
  const { ms, stdout } = await run(process.execPath, args, consumerRoot);
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(stdout);
    if (!match) throw new Error(`No "${name}" in tsc --extendedDiagnostics:\n${stdout}`);
    return Number(match[1]);
  };
  return {
    wallMs: ms,
    checkMs: field('Check time') * 1000,
    instantiations: field('Instantiations'),
    types: field('Types'),
    memoryKiB: field('Memory used'),
  };
}

export interface ConsumerOptions {
  /** Fresh processes per contender for the load time. */
  loadRuns: number;
  /** `tsc` runs per contender and setting. */
  checkRuns: number;
}

const settings = [false, true] as const;
const settingName = (skipLibCheck: boolean) => `skipLibCheck ${skipLibCheck ? 'on' : 'off'}`;

export async function consumer(options: ConsumerOptions): Promise<Section> {
  // One load each before timing fills the file cache, so every timed load reads from memory.
  for (const contender of names) await loadTime(contender);
  const loads: Record<Contender, number[]> = { ours: [], sdk: [] };
  const loadRatios: number[] = [];
  for (let round = 0; round < options.loadRuns; round++) {
    for (const contender of rotated(round)) loads[contender].push(await loadTime(contender));
    loadRatios.push((loads.ours.at(-1) as number) / (loads.sdk.at(-1) as number));
  }

  const checks = new Map<string, Diagnostics[]>();
  const wallRatios = new Map<boolean, number[]>(settings.map((s) => [s, []]));
  for (let round = 0; round < options.checkRuns; round++) {
    for (const skipLibCheck of settings) {
      const inRound: Partial<Record<Contender, Diagnostics>> = {};
      for (const contender of rotated(round)) {
        const result = await typeCheck(contenders[contender].project, skipLibCheck);
        inRound[contender] = result;
        const key = `${contender} ${skipLibCheck}`;
        checks.set(key, [...(checks.get(key) ?? []), result]);
      }
      wallRatios
        .get(skipLibCheck)
        ?.push((inRound.ours?.wallMs as number) / (inRound.sdk?.wallMs as number));
    }
  }
  const runsOf = (contender: Contender, skipLibCheck: boolean) =>
    checks.get(`${contender} ${skipLibCheck}`) ?? [];
  const median = (values: number[]) => summarize(values).median;
  const of = (contender: Contender, skipLibCheck: boolean, pick: (d: Diagnostics) => number) =>
    median(runsOf(contender, skipLibCheck).map(pick));

  const rows: Row[] = [
    ...names.map((contender) => ({
      figure: `Load: import ${contenders[contender].label} and create a client`,
      unit: 'ms',
      summary: summarize(loads[contender]),
      compared: contender === 'ours' ? `${formatRatio(loadRatios)} of the SDK's time` : '',
    })),
  ];
  for (const skipLibCheck of settings) {
    for (const contender of names) {
      const runs = runsOf(contender, skipLibCheck);
      rows.push({
        figure: `Type-check: ${contenders[contender].label}, ${settingName(skipLibCheck)}`,
        unit: 's',
        summary: summarize(runs.map((d) => d.wallMs / 1000)),
        compared:
          `check time ${formatNumber(median(runs.map((d) => d.checkMs)) / 1000)} s` +
          (contender === 'ours'
            ? `; ${formatRatio(wallRatios.get(skipLibCheck) ?? [])} of the SDK's wall time`
            : ''),
      });
    }
  }
  for (const skipLibCheck of settings) {
    for (const contender of names) {
      const instantiations = of(contender, skipLibCheck, (d) => d.instantiations);
      const sdk = of('sdk', skipLibCheck, (d) => d.instantiations);
      rows.push({
        figure: `Type instantiations: ${contenders[contender].label}, ${settingName(skipLibCheck)}`,
        unit: '',
        summary: summarize(runsOf(contender, skipLibCheck).map((d) => d.instantiations)),
        compared:
          `${formatNumber(of(contender, skipLibCheck, (d) => d.types))} types, ` +
          `${formatNumber(of(contender, skipLibCheck, (d) => d.memoryKiB) / 1024)} MiB` +
          (contender === 'ours' ? `; ${(instantiations / sdk).toFixed(2)}× the SDK's` : ''),
      });
    }
  }

  /** A median with its p25–p75 spread, e.g. `42.8 (38.7–55.3)`. */
  const withSpread = (values: number[]) => {
    const { median: m, p25, p75 } = summarize(values);
    return `${formatNumber(m)} (${formatNumber(p25)}–${formatNumber(p75)})`;
  };
  const loadMs = (contender: Contender) => withSpread(loads[contender]);
  const count = (contender: Contender) =>
    formatNumber(of(contender, false, (d) => d.instantiations));
  const wall = (contender: Contender, skipLibCheck: boolean) =>
    withSpread(runsOf(contender, skipLibCheck).map((d) => d.wallMs / 1000));
  const wallRatio = (skipLibCheck: boolean) => formatRatio(wallRatios.get(skipLibCheck) ?? []);
  const instantiations = (contender: Contender) =>
    medianQuartiles(runsOf(contender, false).map((d) => d.instantiations));
  const targets: Target[] = [
    {
      target:
        "Type instantiations of the ten typed calls, skipLibCheck off: ours ≤ the official SDK's",
      measured: `${count('ours')} against the SDK's ${count('sdk')} (the same in every run)`,
      verdict: verdict(instantiations('ours'), instantiations('sdk').low, ''),
    },
  ];
  return {
    title: 'What a consumer feels: load and type-check',
    headlines: [
      `Load: importing our Cloudflare client and creating it takes ${loadMs('ours')} ms in a fresh Node process, the official SDK ${loadMs('sdk')} ms: ${formatRatio(loadRatios)} of its time.`,
      `Type-check of ten typed calls: ${wall('ours', true)} s against the SDK's ${wall('sdk', true)} s with \`skipLibCheck\` (${wallRatio(true)}); without it ${wall('ours', false)} s against ${wall('sdk', false)} s (${wallRatio(false)}), and ${count('ours')} type instantiations against the SDK's ${count('sdk')}.`,
    ],
    method:
      `Load: a fresh \`node\` process per sample (${options.loadRuns} per contender, in alternating order, after one untimed load each to fill the file cache) ` +
      'times, with `performance.now()`, the dynamic import of the client module and the creation of a client. ' +
      `Type-check: \`tsc -p bench/consumer/tsconfig.{ours,sdk}.json --extendedDiagnostics\` on a project whose one file makes the same ten typed calls through each client ` +
      '(list, get, create and update a gateway; list logs with a filter; get a log; list and create datasets; list evaluations; get a gateway URL), ' +
      `${options.checkRuns} run(s) per contender and setting; wall time from spawn to exit, and the compiler's own counts.`,
    rows,
    targets,
    notes: [
      'The consumer project is strict, `NodeNext`, with the ES2023 and DOM libraries and no `@types` packages. With `skipLibCheck` off the compiler also checks every declaration file the program reaches: the libraries and those of each client.',
      'Instantiation and type counts do not vary between runs; their spread is 0. Memory is the compiler\'s "Memory used".',
    ],
  };
}
