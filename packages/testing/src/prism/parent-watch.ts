// Preloaded into every Prism process (`node --import`), before any of Prism's code. Two jobs:
//
// 1. Prism never outlives the process that started it. Its stdin is a pipe held by that process;
//    when the pipe closes, whatever ended the parent (SIGKILL included), this ends Prism.
// 2. Prism's private copy of the spec lives in a scratch folder that this process creates here, and
//    removes however it ends: the parent cannot do it once it is dead.
//
// Prism loads its CLI with synchronous `require`s for seconds (longer on a busy machine), and the
// main thread runs nothing else meanwhile: a stdin listener there would only fire once Prism is up,
// by which time Prism's first log write has already failed with EPIPE and crashed it. So the pipe is
// watched from a worker thread, which runs however busy the main thread is, removes the folder and
// ends the process at once.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';

// Names shared with process.ts; removed from the environment so nothing Prism starts inherits them.
const scratch = process.env.AI_GATEWAY_TESTING_SCRATCH;
const spec = process.env.AI_GATEWAY_TESTING_SPEC;
delete process.env.AI_GATEWAY_TESTING_SCRATCH;
delete process.env.AI_GATEWAY_TESTING_SPEC;

/** Set once this process has created the folder: a folder it did not create is not its to remove. */
let owned: string | undefined;

const removeScratch = () => {
  if (!owned) return;
  try {
    rmSync(owned, { recursive: true, force: true });
  } catch {
    // Already gone, or still open (Windows): nothing more to do from here.
  }
};

const exit = () => {
  removeScratch();
  process.exit(0);
};

// Any exit that runs JavaScript removes the folder: process.exit(), an empty event loop, an uncaught
// exception.
process.on('exit', removeScratch);
// A write to stdout or stderr fails with EPIPE once the parent is gone; that ends Prism cleanly
// instead of crashing it.
process.stdout.on('error', exit);
process.stderr.on('error', exit);
// `close()` sends SIGTERM; Ctrl-C (SIGINT) and a closed terminal (SIGHUP) reach the whole process
// group, so the parent may be ending at the same moment and unable to clean up.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, exit);

if (scratch && spec) {
  // Created here, not by the parent, so a parent killed before this process ran leaves nothing
  // behind. `mkdirSync` fails on an existing path, as `mkdtemp` would; the error ends this process
  // and the parent reports it.
  mkdirSync(scratch, { mode: 0o700 });
  owned = scratch;
  copyFileSync(spec, join(scratch, basename(spec)));
}

// The worker must start after the folder exists: it may remove it and end the process at once.
const watchdog = `
const { rmSync } = require('node:fs');
const { Socket } = require('node:net');
const { workerData } = require('node:worker_threads');
let done = false;
const end = () => {
  if (done) return;
  done = true;
  if (workerData) {
    try { rmSync(workerData, { recursive: true, force: true }); } catch {}
  }
  process.kill(process.pid, 'SIGKILL');
};
const stdin = new Socket({ fd: 0, readable: true, writable: false });
stdin.on('end', end).on('close', end).on('error', end).resume();
`;

/** Without the worker (it could not start), the main thread watches stdin: later, but still sure. */
let watchedHere = false;
const watchHere = () => {
  if (watchedHere) return;
  watchedHere = true;
  process.stdin.on('end', exit).on('close', exit).on('error', exit).resume();
};

try {
  const worker = new Worker(watchdog, {
    eval: true,
    execArgv: [], // not this preload again, nor anything else the main thread was started with
    workerData: owned ?? null,
    stdin: false,
    stdout: true, // its output is not read: nothing it prints can reach a pipe the parent closed
    stderr: true,
  });
  worker.on('error', watchHere);
  worker.on('exit', watchHere);
  worker.unref();
} catch {
  watchHere();
}
