// @ai-gateway/testing/emulator: a stateful, in-process stand-in for each API that behaves like it.
// The handler is Web-standard and browser-safe; only listen() needs Node, and loads it when called.
import { bifrostApi } from './bifrost/index.ts';
import { type BifrostLiveMembers, createBifrostLive } from './bifrost/live.ts';
import type { BifrostStore } from './bifrost/store.ts';
import { cloudflareApi } from './cloudflare/index.ts';
import type { CloudflareStore } from './cloudflare/store.ts';
import { createEmulatorCore, type EmulatorCore } from './core/emulator.ts';
import type { EmulatorServer, ListenOptions } from './core/listen.ts';
import type { EmulatedApi } from './core/types.ts';

export type { BifrostOperationId } from './bifrost/index.ts';
export type * from './bifrost/live.ts';
export type * from './bifrost/store.ts';
export type { CloudflareOperationId } from './cloudflare/index.ts';
export type * from './cloudflare/store.ts';
export type { RecordedRequest } from './core/emulator.ts';
export type { Fault, FaultMatcher, FaultOptions, FaultQueue } from './core/faults.ts';
export type { EmulatorServer, ListenOptions, SocketPeer } from './core/listen.ts';
export type { Clock, EmulatedApi, SeedOptions } from './core/types.ts';

export interface EmulatorOptions<A extends EmulatedApi = EmulatedApi> {
  api: A;
  /** Same seed, same data. Default 1. */
  seed?: number;
  /** How many logs to generate. Default 2,000. */
  logs?: number;
  /** Cloudflare account id of the data. Default `023e105f4ecef8ad9ca31a8372d0c353`. */
  accountId?: string;
  /**
   * The instant the seeded data ends at (logs lie in the weeks before it); the clock moves on
   * from it. Default: the current time. Give one for byte-identical data on every run.
   */
  now?: Date | string | number;
  /**
   * Refuse every request that breaks the spec, as the contract mock (Prism) does, even where the
   * real server silently ignores the bad value (Bifrost drops a malformed `start_time` and widens
   * the query). Default `false`: answer as the server does.
   */
  strict?: boolean;
}

export interface Emulator<Store = CloudflareStore | BifrostStore> extends EmulatorCore<Store> {
  /** Serves this emulator (same data) on 127.0.0.1 over real HTTP. */
  listen(options?: ListenOptions): Promise<EmulatorServer>;
}

export type CloudflareEmulator = Emulator<CloudflareStore>;
/** Writes rows through `logs`, pushes them to `subscribe` listeners and, once listening, to `/ws`. */
export type BifrostEmulator = Emulator<BifrostStore> & BifrostLiveMembers;

type EmulatorFor<A extends EmulatedApi> = A extends 'cloudflare'
  ? CloudflareEmulator
  : BifrostEmulator;

export const defaultAccountId = '023e105f4ecef8ad9ca31a8372d0c353';
const defaultLogs = 2_000;
const maxLogs = 1_000_000;

function seedOptions(options: EmulatorOptions) {
  const seed = options.seed ?? 1;
  const logs = options.logs ?? defaultLogs;
  if (!Number.isSafeInteger(seed)) throw new TypeError(`seed must be an integer, not ${seed}`);
  if (!Number.isInteger(logs) || logs < 0 || logs > maxLogs)
    throw new RangeError(`logs must be an integer from 0 to ${maxLogs}, not ${logs}`);
  const now = new Date(options.now ?? Date.now());
  if (Number.isNaN(now.getTime())) throw new TypeError(`now is not a valid date: ${options.now}`);
  return { seed, logs, accountId: options.accountId ?? defaultAccountId, now };
}

/** A new emulator of one API, seeded with deterministic data. */
export function createEmulator<A extends EmulatedApi>(options: EmulatorOptions<A>): EmulatorFor<A> {
  const seed = seedOptions(options);
  const core =
    options.api === 'cloudflare'
      ? createEmulatorCore<CloudflareStore | BifrostStore>(cloudflareApi as never, {
          seed,
          strict: options.strict,
          basePath: '/client/v4',
          headers: () => ({ 'cf-ray': rayId() }),
        })
      : options.api === 'bifrost'
        ? createEmulatorCore<CloudflareStore | BifrostStore>(bifrostApi as never, {
            seed,
            strict: options.strict,
            basePath: '',
          })
        : undefined;
  if (!core)
    throw new TypeError(`api must be 'cloudflare' or 'bifrost', not ${String(options.api)}`);
  const live =
    options.api === 'bifrost' ? createBifrostLive(core as EmulatorCore<BifrostStore>) : undefined;
  const emulator: Emulator = Object.assign(core, live?.members, {
    async listen(listenOptions?: ListenOptions) {
      const { listen } = await import('./core/listen.ts');
      return listen(core.handle, listenOptions, live?.upgrade);
    },
  });
  return emulator as EmulatorFor<A>;
}

export interface StartedEmulator<Store> extends Emulator<Store>, EmulatorServer {}

/** `createEmulator` and `listen` in one: the emulator, with its `url` and `close()`. */
export async function startEmulator<A extends EmulatedApi>(
  options: EmulatorOptions<A> & ListenOptions,
): Promise<EmulatorFor<A> & EmulatorServer> {
  const emulator = createEmulator(options);
  const server = await emulator.listen({ port: options.port, host: options.host });
  return Object.assign(emulator, {
    url: server.url,
    port: server.port,
    close: server.close,
    [Symbol.asyncDispose]: server.close,
  });
}

let rays = 0;
/** A `cf-ray`-like request id, unique within the process. */
const rayId = () => `${(0x7a000000 + ++rays).toString(16).padStart(16, '0')}-EMU`;
