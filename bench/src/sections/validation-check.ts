// Runs in a worker thread: checks that both validators accept each page and reject every mutated
// copy. Mutated objects change the hidden classes and the type feedback of the code that reads
// them (a string where a number was, a deleted property); checked in the timing isolate, they
// would slow down the timed runs. A worker has an isolate of its own.
import { parentPort } from 'node:worker_threads';
import { cases, checkAgreement } from './validation-cases.ts';

try {
  parentPort?.postMessage({ notes: cases.map(checkAgreement) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
