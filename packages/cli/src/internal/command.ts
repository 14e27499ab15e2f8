// The shape every command has, and what it is given to run.
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Sink } from './output.ts';
import type { Context } from './targets.ts';

export interface CommandInput {
  values: Record<string, unknown>;
  positionals: string[];
  context: Context;
  /** Results: stdout (or the file of `--output`, which the command opens itself). */
  out: Sink;
  /** Notes and progress for the person at the terminal; never results. */
  report: Reporter;
}

export interface Command {
  /** The words that name it: `logs export`. */
  name: string;
  /** Other words that name it, older or plural spellings: `costs` for `cost`. */
  aliases?: readonly string[];
  summary: string;
  /** The whole `--help` screen. */
  help: () => string;
  options: ParseArgsOptionsConfig;
  /** Names of the positional arguments, in order; each is required. */
  positionals?: readonly string[];
  run(input: CommandInput): Promise<number>;
}

/** Notes on stderr (`--quiet` drops them), and a progress line that only a terminal sees. */
export class Reporter {
  #progressShown = false;
  #lastProgress = 0;
  readonly sink: Sink;
  readonly quiet: boolean;
  private readonly clock: () => number;

  constructor(sink: Sink, quiet: boolean, clock: () => number = Date.now) {
    this.sink = sink;
    this.quiet = quiet;
    this.clock = clock;
  }

  get interactive(): boolean {
    return this.sink.stream.isTTY === true && !this.quiet;
  }

  async note(text: string): Promise<void> {
    if (this.quiet) return;
    await this.clearProgress();
    await this.sink.write(`${text}\n`);
  }

  /** A line rewritten in place, at most 4 times a second, on a terminal only. */
  async progress(text: string): Promise<void> {
    if (!this.interactive) return;
    const now = this.clock();
    if (now - this.#lastProgress < 250) return;
    this.#lastProgress = now;
    this.#progressShown = true;
    await this.sink.write(`\r\x1b[2K${text}`);
  }

  async clearProgress(): Promise<void> {
    if (!this.#progressShown) return;
    this.#progressShown = false;
    await this.sink.write('\r\x1b[2K');
  }
}

/**
 * A command's options from several groups. Flags read from the spec must never shadow an option
 * of the command's own (a spec parameter named `format` one day): that throws when the module
 * loads, in every test run.
 */
export function options(...groups: readonly ParseArgsOptionsConfig[]): ParseArgsOptionsConfig {
  const merged: ParseArgsOptionsConfig = {};
  for (const group of groups)
    for (const [name, option] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`--${name} is defined twice`);
      merged[name] = option;
    }
  return merged;
}

/** The options every command takes. */
export const commonOptions = {
  api: { type: 'string' },
  'account-id': { type: 'string' },
  'base-url': { type: 'string' },
  'api-token': { type: 'string' },
  token: { type: 'string' },
  debug: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export const credentialsHelp = `  --api-token <token>  Cloudflare API token (default: CLOUDFLARE_API_TOKEN)
  --token <token>      Bifrost management key or session token (default: BIFROST_TOKEN)`;

export const credentialsNote = `Prefer the environment for credentials: CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and
CLOUDFLARE_API_KEY), BIFROST_TOKEN. A flag is seen by every user of the machine (ps) and stays in
shell history. Neither is ever printed.`;

export const commonHelp = `Connection:
  --api <name>         cloudflare or bifrost; needed only when the environment configures both or neither
  --account-id <id>    Cloudflare account (default: CLOUDFLARE_ACCOUNT_ID)
  --base-url <url>     API root (default: CLOUDFLARE_BASE_URL or the Cloudflare API; BIFROST_URL or
                       http://localhost:8080)
${credentialsHelp}
  -q, --quiet          no notes on stderr
  --debug              with an error, print its stack too
  -h, --help           this help

${credentialsNote}`;

/** `12345` → `12,345`. */
export const count = (n: number): string => n.toLocaleString('en-US');
