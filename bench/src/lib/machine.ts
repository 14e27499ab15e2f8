import {
  arch,
  availableParallelism,
  cpus,
  getPriority,
  loadavg,
  type as osType,
  release,
  totalmem,
} from 'node:os';
import { packageVersion } from './versions.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  v8: string;
  date: string;
  /** 1-, 5- and 15-minute load averages when the run started. */
  load: string;
  /** The scheduling priority (nice value) the harness ran at. */
  nice: number;
  versions: Record<string, string>;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    os: `${osType()} ${release()} ${arch()}`,
    node: process.version,
    v8: process.versions.v8,
    date: new Date().toISOString(),
    load: loadAverage(),
    nice: getPriority(),
    versions: Object.fromEntries(
      ['cloudflare', 'openapi-fetch', 'zod', '@hey-api/openapi-ts'].map((name) => [
        name,
        packageVersion(name),
      ]),
    ),
  };
}

/** The 1-, 5- and 15-minute load averages, e.g. `0.42 / 0.30 / 0.25`. */
export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');
}
