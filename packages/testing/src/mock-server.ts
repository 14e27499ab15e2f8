import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismStartError, spawnPrism } from './prism/process.ts';
import { type ApiName, apiNames, specFile } from './spec-files.ts';

export interface MockServerOptions {
  api: ApiName;
  /** Port on 127.0.0.1. Default: a free port, so many test files can each run their own server. */
  port?: number;
  /**
   * Generate responses from the schemas (Prism's `--dynamic`) instead of serving the spec's
   * examples. The data is seeded, so the same seed gives the same responses on every run.
   */
  dynamic?: boolean;
  /** Seed of the dynamic data. Default `1`. */
  seed?: string | number;
  /**
   * Default `true`: a request that breaks the spec (bad path id, out-of-range or unknown query
   * value, invalid body) gets the operation's 422/400 response instead of a success, and the
   * `sl-violations` response header lists what was wrong. `false` answers it like a valid one.
   */
  validateRequests?: boolean;
  /** How long to wait for Prism to answer, in ms. Default 30 000. */
  startTimeout?: number;
}

export interface MockServer {
  readonly api: ApiName;
  /** Base URL for a client: the spec's paths go right after it (`${url}/accounts/...`). */
  readonly url: string;
  readonly port: number;
  /** Process id of Prism, e.g. to check that it is gone after `close()`. */
  readonly pid: number;
  /** Stops Prism and frees the port. Safe to call more than once. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const here = import.meta.url;
// Run from source (tests) the sibling modules are `.ts`, which Node runs as is; built, they are `.js`.
const sibling = (name: string) => new URL(`./prism/${name}${extname(fileURLToPath(here))}`, here);
const prismCli = () => createRequire(here).resolve('@stoplight/prism-cli');

/** A port nobody listens on right now. Prism binds it a moment later; a lost race is retried. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Prism's CLI watches its document and restarts when the file changes, dropping open connections
 * (and exiting if it cannot reload it); `pnpm generate` rewrites the bundled copy, which broke a
 * test run here. So each server reads a private copy, in a scratch folder that the Prism process
 * itself creates (in the parent-watch preload, before Prism's code runs) and removes however it
 * ends. The parent only picks the name, so it has nothing to leave behind if it dies first; it
 * removes the folder too once Prism has exited. (Removing the copy while Prism runs crashes it: its
 * file watcher throws on a vanished file.)
 */
function privateSpecCopy(options: MockServerOptions) {
  const spec = specFile(options.api);
  const scratch = join(tmpdir(), `ai-gateway-prism-${randomBytes(8).toString('hex')}`);
  return { spec, scratch, document: join(scratch, basename(spec)) };
}

function prismArgs(options: MockServerOptions, port: number, document: string): string[] {
  const dynamic = options.dynamic ?? false;
  const seed = String(options.seed ?? 1);
  const preload = ['--import', sibling('parent-watch').href];
  if (options.validateRequests === false) {
    const entry = fileURLToPath(sibling('lenient-server'));
    return [
      ...preload,
      entry,
      document,
      '127.0.0.1',
      String(port),
      String(dynamic),
      dynamic ? seed : '',
    ];
  }
  const flags = [
    // Prism's default is `process.env.NODE_ENV === 'production'`: a cluster worker serving requests
    // behind the process we start, which close() would not reach and which doubles every start.
    '--multiprocess=false',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    ...(dynamic ? ['--dynamic', '--seed', seed] : []),
  ];
  return [...preload, prismCli(), 'mock', document, ...flags];
}

/** Starts a Prism mock server for one API and resolves once it answers requests. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const timeout = options.startTimeout ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    const { spec, scratch, document } = privateSpecCopy(options);
    try {
      const prism = await spawnPrism(prismArgs(options, port, document), {
        timeoutMs: timeout,
        scratch,
        spec,
      });
      let closing: Promise<void> | undefined;
      const close = () => {
        closing ??= prism.stop();
        return closing;
      };
      return {
        api: options.api,
        url: prism.url,
        port: Number(new URL(prism.url).port),
        pid: prism.child.pid as number,
        close,
        [Symbol.asyncDispose]: close,
      };
    } catch (error) {
      const portTaken = error instanceof PrismStartError && error.output.includes('EADDRINUSE');
      if (!portTaken || options.port !== undefined || attempt >= 5) throw error;
    }
  }
}

export interface MockServersOptions extends Omit<MockServerOptions, 'api'> {
  /** Which APIs to serve. Default: both. */
  apis?: readonly ApiName[];
}

/** A mock server for each of several APIs, started together and closed together. */
export interface MockServers<A extends ApiName = ApiName> {
  readonly servers: Readonly<Record<A, MockServer>>;
  /** Base URL of each server, by API. */
  readonly urls: Readonly<Record<A, string>>;
  /** Stops every server. Safe to call more than once. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts a mock server for each API at once (default: both), with the same options. If one fails
 * to start, the others are closed before the error is thrown, so nothing is left running.
 */
export async function startMockServers<A extends ApiName = ApiName>(
  options: MockServersOptions & { apis?: readonly A[] } = {},
): Promise<MockServers<A>> {
  const { apis = apiNames as readonly A[], ...serverOptions } = options;
  const started = await Promise.allSettled(
    apis.map((api) => startMockServer({ ...serverOptions, api })),
  );
  const running = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const close = async () => {
    await Promise.all(running.map((server) => server.close()));
  };
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await close();
    throw failure.reason;
  }
  const servers = Object.fromEntries(running.map((s) => [s.api, s])) as Record<A, MockServer>;
  const urls = Object.fromEntries(running.map((s) => [s.api, s.url])) as Record<A, string>;
  return { servers, urls, close, [Symbol.asyncDispose]: close };
}
