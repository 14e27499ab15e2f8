// Run by cleanup.test.ts as a separate process: starts a mock server, reports it, then either waits
// to be killed or fails the way a crashing test file would.
import { startMockServer } from '../../src/mock-server.ts';

const mode = process.argv[2] ?? 'wait';
const server = await startMockServer({ api: 'bifrost', validateRequests: mode !== 'lenient' });
process.stdout.write(`${JSON.stringify({ pid: server.pid, port: server.port })}\n`);
if (mode === 'throw') throw new Error('A test failed on purpose before closing its server');
if (mode === 'forget')
  process.exitCode = 0; // ends with the server never closed
else setInterval(() => {}, 60_000); // stays up until the test kills it
