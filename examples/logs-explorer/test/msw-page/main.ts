// A page that runs the Bifrost emulator in the browser behind MSW's service worker, then asks the
// gateway's own URL for logs, as an app under test would.
import { createEmulator } from '@ai-gateway/testing/emulator';
import { emulatorHandlers } from '@ai-gateway/testing/msw';
import { setupWorker } from 'msw/browser';

const emulator = createEmulator({
  api: 'bifrost',
  seed: 3,
  logs: 300,
  now: '2026-11-30T12:00:00Z',
});
const worker = setupWorker(...emulatorHandlers(emulator));
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

const response = await fetch(
  'http://localhost:8080/api/logs?status=error&providers=openai&limit=1000',
);
const body = (await response.json()) as {
  logs: { id: string }[];
  pagination: { total_count: number };
};
const expected = emulator.store.logs
  .filter((log) => log.status === 'error' && log.provider === 'openai')
  .map((log) => log.id)
  .sort();
const result = {
  status: response.status,
  total: body.pagination.total_count,
  ids: body.logs.map((log) => log.id).sort(),
  expected,
};
const element = document.getElementById('result');
if (element) element.textContent = JSON.stringify(result);
