// Generates one target's files in a worker thread (see `generateInWorker` in generator.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { GeneratorContext, PackageTarget } from './generator.ts';

const port = parentPort;
if (!port) throw new Error('target-worker.ts runs as a worker thread');
// Imported before the context arrives: the target's dependencies load while the specs are read.
const target = (await import(workerData.targetUrl)).default as PackageTarget;
port.once('message', async (context: GeneratorContext) => {
  port.postMessage({ packageDir: target.packageDir, files: await target.generate(context) });
});
