// The `ai-gateway` command: finds the command the words name, reads its options, runs it, and
// turns whatever it throws into a message on stderr and an exit code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cost } from './commands/costs.ts';
import {
  gatewaysCreate,
  gatewaysDelete,
  gatewaysGet,
  gatewaysList,
  gatewaysUpdate,
} from './commands/gateways.ts';
import { logsExport } from './commands/logs-export.ts';
import { logsTail } from './commands/logs-tail.ts';
import { UsageError } from './internal/args.ts';
import { type Command, Reporter } from './internal/command.ts';
import { describeFailure, exitCodes } from './internal/errors.ts';
import { OutputClosedError, Sink, type WritableLike } from './internal/output.ts';
import type { Context, Env } from './internal/targets.ts';

export const commands: readonly Command[] = [
  logsExport,
  logsTail,
  cost,
  gatewaysList,
  gatewaysGet,
  gatewaysCreate,
  gatewaysUpdate,
  gatewaysDelete,
];

/** Where the command reads and writes; every field but the two streams has a default. */
export interface CliIo {
  stdout: WritableLike;
  stderr: WritableLike;
  /** Default: `process.env`. */
  env?: Env | undefined;
  /** Answers every HTTP request; default the global `fetch`. Tests pass an emulator's. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Abort it to stop the command as Ctrl-C does. */
  signal?: AbortSignal | undefined;
  /** Default: the system clock. `--since 24h` counts back from it. */
  now?: (() => Date) | undefined;
  /** Where relative paths (`--out`, `--from-file`) start; default `process.cwd()`. */
  cwd?: string | undefined;
  /** What `--from -` reads; default `process.stdin`. */
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `Usage: ai-gateway <command> [options]

Log export and tail, cost reports and gateway admin for Cloudflare AI Gateway and Bifrost.

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run 'ai-gateway <command> --help' for a command's options.

Environment:
  CLOUDFLARE_API_TOKEN     Cloudflare API token (or CLOUDFLARE_EMAIL with CLOUDFLARE_API_KEY)
  CLOUDFLARE_ACCOUNT_ID    Cloudflare account id
  CLOUDFLARE_BASE_URL      another root for the Cloudflare API (an emulator, a proxy)
  BIFROST_URL              your Bifrost server (default http://localhost:8080)
  BIFROST_TOKEN            Bifrost management key or session token, when auth is on
  (--api-token, --token, --account-id and --base-url say the same per command; prefer the
  environment for the tokens: a flag is seen by every user of the machine and stays in history)

Exit codes: 0 done, 1 the API or the network failed, 2 bad usage (nothing was sent),
130 interrupted.
`;
}

/** The command the leading words name, and the words after them. */
function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  for (const command of commands)
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      const words = name.split(' ');
      if (words.every((word, index) => argv[index] === word))
        return { command, rest: argv.slice(words.length) };
    }
  return undefined;
}

/** parseArgs' errors, shortened to what a person needs. */
function usageOf(error: unknown): UsageError | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (error as Error).message;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return new UsageError(`unknown option ${unknown[1]}`);
  return new UsageError(message.replace(/\.?\s*To specify a positional argument.*$/s, ''));
}

async function dispatch(
  argv: readonly string[],
  context: Context,
  out: Sink,
  err: Sink,
): Promise<number> {
  const [first] = argv;
  if (first === undefined) {
    await err.write(mainHelp());
    return exitCodes.usage;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && argv.length === 1)) {
    await out.write(mainHelp());
    return exitCodes.ok;
  }
  if (first === '--version' || first === '-v') {
    await out.write(`${version()}\n`);
    return exitCodes.ok;
  }
  const asksHelp = first === 'help';
  const found = findCommand(asksHelp ? argv.slice(1) : argv);
  if (!found) {
    const words = (asksHelp ? argv.slice(1) : argv).filter((word) => !word.startsWith('-'));
    const group = commands.filter((command) => command.name.startsWith(`${words[0]} `));
    if (group.length === 0)
      throw new UsageError(
        `unknown command '${words[0] ?? first}': run 'ai-gateway --help' for the list`,
      );
    const width = Math.max(...group.map((command) => command.name.length));
    const list = group
      .map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)
      .join('\n');
    if (words[1] !== undefined)
      throw new UsageError(`unknown command '${words[0]} ${words[1]}'; ${words[0]} has:\n${list}`);
    // `ai-gateway logs`: the commands of the group; asked for, it is not a mistake.
    const wanted = asksHelp || argv.includes('--help') || argv.includes('-h');
    await (wanted ? out : err).write(`Commands:\n${list}\n`);
    return wanted ? exitCodes.ok : exitCodes.usage;
  }
  const { command, rest } = found;
  if (asksHelp) {
    await out.write(`${command.help()}\n`);
    return exitCodes.ok;
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw withCommand(usageOf(error) ?? error, command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await out.write(`${command.help()}\n`);
    return exitCodes.ok;
  }
  const names = command.positionals ?? [];
  if (positionals.length < names.length)
    throw withCommand(new UsageError(`missing <${names[positionals.length]}>`), command);
  if (positionals.length > names.length)
    throw withCommand(
      new UsageError(`unexpected argument '${positionals[names.length]}'`),
      command,
    );
  const report = new Reporter(err, values.quiet === true);
  try {
    return await command.run({
      values,
      positionals,
      context: withCredentialFlags(context, values),
      out,
      report,
    });
  } catch (error) {
    throw withCommand(error, command);
  }
}

/**
 * `--api-token` and `--token` as if they were set in the environment, so that they choose the
 * API and reach the client as the variables do.
 */
function withCredentialFlags(context: Context, values: Record<string, unknown>): Context {
  const env = { ...context.env };
  if (typeof values['api-token'] === 'string') env.CLOUDFLARE_API_TOKEN = values['api-token'];
  if (typeof values.token === 'string') {
    env.BIFROST_TOKEN = values.token;
    env.BIFROST_URL ??= 'http://localhost:8080';
  }
  return { ...context, env };
}

/** Every credential the command could print by accident: from the environment and the flags. */
function secretsOf(env: Env, argv: readonly string[]): string[] {
  const secrets = [env.CLOUDFLARE_API_TOKEN, env.CLOUDFLARE_API_KEY, env.BIFROST_TOKEN];
  argv.forEach((word, index) => {
    for (const flag of ['--api-token', '--token']) {
      if (word === flag) secrets.push(argv[index + 1]);
      else if (word.startsWith(`${flag}=`)) secrets.push(word.slice(flag.length + 1));
    }
  });
  // A one-letter "secret" would blank out half the message.
  return secrets.filter((secret): secret is string => secret !== undefined && secret.length >= 4);
}

function redact(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.replaceAll(secret, '***');
  return redacted;
}

/** A usage error that knows which command's help to point at. */
class CommandUsageError extends UsageError {
  readonly command: Command;
  constructor(message: string, command: Command) {
    super(message);
    this.command = command;
  }
}

function withCommand(error: unknown, command: Command): unknown {
  if (error instanceof UsageError && !(error instanceof CommandUsageError))
    return new CommandUsageError(error.message, command);
  return error;
}

/**
 * Runs `ai-gateway` with these arguments (without the program name) and resolves with the exit
 * code: 0 done, 1 the API or the network failed, 2 bad usage, 130 interrupted. Never throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = new Sink(io.stdout);
  const err = new Sink(io.stderr);
  const context: Context = {
    env: io.env ?? process.env,
    fetch: io.fetch,
    signal: io.signal ?? new AbortController().signal,
    now: io.now ?? (() => new Date()),
    cwd: io.cwd ?? process.cwd(),
    stdin: io.stdin ?? process.stdin,
  };
  try {
    return await dispatch(argv, context, out, err);
  } catch (error) {
    // The reader of stdout went away (`| head`): what it wanted, it has.
    if (error instanceof OutputClosedError) return exitCodes.ok;
    const failure = describeFailure(error);
    const lines = failure.lines.map((line, index) => (index === 0 ? `ai-gateway: ${line}` : line));
    if (error instanceof CommandUsageError)
      lines.push(`Run 'ai-gateway ${error.command.name} --help' for its options.`);
    if (argv.includes('--debug') && error instanceof Error && error.stack) lines.push(error.stack);
    try {
      await err.write(`${redact(lines.join('\n'), secretsOf(context.env, argv))}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left to say it.
    }
    return failure.code;
  } finally {
    out.release();
    err.release();
  }
}
