// Measures how long startMockServer takes, from the call until the server has answered a request.
//
//   pnpm --filter @ai-gateway/testing bench            10 rounds per case
//   node bench/startup.ts --rounds 20
//
// Servers start one after another (each closed before the next) so that the cases do not compete
// for the CPU; the "both APIs at once" case shows what a vitest globalSetup waits for.
import { cpus, loadavg, totalmem, type } from 'node:os';
import { parseArgs } from 'node:util';
import { type MockServerOptions, startMockServer, startMockServers } from '../src/mock-server.ts';
import { apiNames } from '../src/spec-files.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
const rounds = Number(values.rounds);

const cases: { name: string; start: () => Promise<{ close(): Promise<void> }[]> }[] = [
  ...apiNames.flatMap((api) => {
    const variants: [string, Omit<MockServerOptions, 'api'>][] = [
      ['examples', {}],
      ['dynamic', { dynamic: true }],
      ['validateRequests: false', { validateRequests: false }],
    ];
    return variants.map(([label, options]) => ({
      name: `${api}, ${label}`,
      start: async () => [await startMockServer({ api, ...options })],
    }));
  }),
  {
    name: 'both APIs at once',
    start: async () => [await startMockServers()],
  },
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (value: number) => `${Math.round(value)} ms`;

const cpu = cpus();
console.log(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} logical CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${type()} ${process.arch}`,
);
console.log(`Node ${process.version}; ${rounds} rounds per case, after one warm-up start.`);
console.log(
  `Load average before the run: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
console.log('| Case | min | median | p90 | max |');
console.log('| --- | --- | --- | --- | --- |');
for (const { name, start } of cases) {
  await Promise.all((await start()).map((server) => server.close())); // warm-up: file cache, JIT
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const begin = performance.now();
    const servers = await start();
    times.push(performance.now() - begin);
    await Promise.all(servers.map((server) => server.close()));
  }
  times.sort((a, b) => a - b);
  console.log(
    `| ${name} | ${ms(times[0] ?? NaN)} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.9))} | ${ms(times.at(-1) ?? NaN)} |`,
  );
}
console.log(
  `\nLoad average after the run: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
