// The process behind the `ai-gateway` binary: Ctrl-C (SIGINT) or SIGTERM stops the command
// cleanly (a file export keeps what it checkpointed, for --resume; a tail closes its socket); a
// second one exits at once.
import { run } from './cli.ts';

const controller = new AbortController();
let signals = 0;
const stop = () => {
  signals++;
  if (signals > 1) process.exit(130);
  // The terminal echoed ^C: what follows starts on a line of its own.
  if (process.stderr.isTTY) process.stderr.write('\n');
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
// Exit once stdout has taken everything written to it (a pipe may still be draining); sockets kept
// alive for reuse must not hold the process open.
process.stdout.write('', () => process.exit(code));
