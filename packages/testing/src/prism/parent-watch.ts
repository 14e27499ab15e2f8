// Preloaded into every Prism process (`node --import`). Prism's stdin is a pipe held by the process
// that started it; when that process ends for any reason, SIGKILL included, the pipe closes and
// this ends Prism too, so no mock server outlives its test run. It also removes the scratch folder
// holding Prism's copy of the spec, which the parent can no longer do.
import { rmSync } from 'node:fs';

const scratch = process.env.AI_GATEWAY_TESTING_SCRATCH;
delete process.env.AI_GATEWAY_TESTING_SCRATCH;

const exit = () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
};
process.stdin.on('end', exit);
process.stdin.on('close', exit);
process.stdin.on('error', exit);
process.stdin.resume();
