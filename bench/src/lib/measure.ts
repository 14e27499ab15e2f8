// A small throughput harness: every contender of a figure runs in the same process, in rounds,
// each round giving each contender the same slice of time, in an order that rotates from round to
// round (so no contender always runs first, right after a GC or while the CPU warms up). A round
// yields one operations-per-second figure per contender; the report shows their median and spread.

export interface Contender {
  readonly name: string;
  /** One operation. Async contenders are awaited one at a time (no concurrency). */
  readonly run: () => unknown;
  readonly async?: boolean;
}

export interface RoundsOptions {
  /** Number of timed rounds (each is one sample of the figure). */
  rounds: number;
  /** Time each contender runs in each round, in ms. */
  roundMs: number;
  /** Untimed run of each contender before the first round, in ms. */
  warmupMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Keeps results alive so the optimiser cannot drop a synchronous call. */
let sink: unknown;
export const keep = (value: unknown) => {
  sink = value;
};

const now = () => process.hrtime.bigint();

export interface Sample {
  /** Operations per second of wall-clock time. */
  rate: number;
  /** CPU time this process spent per operation (all its threads, GC included), in µs. */
  cpuUs: number;
}

/** Runs `contender` for about `ms` milliseconds. */
async function slice(contender: Contender, ms: number, batch: number): Promise<Sample> {
  const budget = BigInt(Math.round(ms * 1e6));
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = now();
  let elapsed = 0n;
  if (contender.async) {
    do {
      for (let i = 0; i < batch; i++) sink = await contender.run();
      ops += batch;
      elapsed = now() - start;
    } while (elapsed < budget);
  } else {
    const run = contender.run;
    do {
      for (let i = 0; i < batch; i++) sink = run();
      ops += batch;
      elapsed = now() - start;
    } while (elapsed < budget);
  }
  const used = process.cpuUsage(cpu);
  return { rate: ops / (Number(elapsed) / 1e9), cpuUs: (used.user + used.system) / ops };
}

export interface Samples {
  /** ops/s, one per round. */
  rates: number[];
  /** CPU µs per operation, one per round. */
  cpuUs: number[];
}

/** The samples of every contender, one per round, keyed by contender name. */
export async function compareThroughput(
  contenders: readonly Contender[],
  options: RoundsOptions,
): Promise<Map<string, Samples>> {
  const batches = new Map<string, number>();
  for (const contender of contenders) {
    gc?.();
    const { rate } = await slice(contender, options.warmupMs, 1);
    // Enough calls between two clock reads that reading the clock costs well under 1%.
    batches.set(contender.name, Math.max(1, Math.floor(rate / 2000)));
  }
  const samples = new Map<string, Samples>(
    contenders.map((c) => [c.name, { rates: [], cpuUs: [] }]),
  );
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(round + k) % contenders.length] as Contender;
      gc?.();
      const sample = await slice(contender, options.roundMs, batches.get(contender.name) ?? 1);
      const into = samples.get(contender.name) as Samples;
      into.rates.push(sample.rate);
      into.cpuUs.push(sample.cpuUs);
    }
  }
  void sink;
  return samples;
}

/** Per-round ratios `a / b` of two contenders measured in the same rounds. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, i) => value / (b[i] as number));
}

/** Wall-clock duration of `fn`, in ms. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = now();
  await fn();
  return Number(now() - start) / 1e6;
}
