// `pnpm dev`: both emulators and Vite's dev server, which proxies /mock/<api> to them. The data is
// seeded afresh on every start, ending now (`SEED`, `LOGS` and `NOW` change that).
import { closeOnSignal, seedFromEnv, startDevServer, startEmulators } from './servers.ts';

const emulators = await startEmulators(seedFromEnv());
const vite = await startDevServer(emulators, Number(process.env.PORT) || 5173).catch(
  async (error) => {
    await emulators.close();
    throw error;
  },
);
const { cloudflare, bifrost } = emulators;
console.log(
  `Emulators (seed ${cloudflare.seed.seed}): cloudflare ${cloudflare.url} (${cloudflare.seed.logs} logs), bifrost ${bifrost.url} (${bifrost.seed.logs} logs)`,
);
vite.printUrls();
closeOnSignal(async () => {
  await vite.close();
  await emulators.close();
});
