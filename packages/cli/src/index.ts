// @ai-gateway/cli as a library: run the `ai-gateway` command in process, as the tests do, with your
// own streams, environment and fetch.
export { type CliIo, commands, run, version } from './cli.ts';
export type { Command } from './internal/command.ts';
export type { WritableLike } from './internal/output.ts';
