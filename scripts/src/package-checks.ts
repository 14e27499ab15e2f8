// Checks that every published package installs and works as a user gets it from npm:
// packs each one, lints the tarball (publint, Are the Types Wrong?), installs all tarballs into
// a fresh project outside the workspace and runs a script there that uses them together.
//
//   pnpm check:packages
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metadataProblems, publishedPackageNames, readmeLinkProblems } from './package-metadata.ts';
import { repoRoot } from './specs.ts';

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

function runWithRetries(command: string, args: string[], cwd: string, attempts = 3): void {
  for (let attempt = 1; ; attempt++) {
    try {
      run(command, args, cwd);
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`${command} failed (attempt ${attempt} of ${attempts}); trying again`);
    }
  }
}

// Every package that uses the validators must share one copy, or schemas and errors stop being
// the same objects across packages.
function assertOneCopy(name: string, project: string): void {
  // npm ls also exits non-zero for unrelated tree warnings; the listing is what matters here.
  const listed = spawnSync('npm', ['ls', name, '--all', '--parseable'], {
    cwd: project,
    encoding: 'utf8',
  }).stdout;
  const copies = new Set(listed.split('\n').filter((line) => line.endsWith(name)));
  if (copies.size !== 1)
    throw new Error(`${name} is installed ${copies.size} times: ${[...copies]}`);
  console.log(`one copy of ${name}`);
}

const smokeScript = `
import { createCloudflareClient } from '@ai-gateway/client/cloudflare';
import { createBifrostClient } from '@ai-gateway/client/bifrost';
import { schemaValidators } from '@ai-gateway/validators/cloudflare';
import { startMockServer } from '@ai-gateway/testing';
import { cloudflareKeys } from '@ai-gateway/react/cloudflare';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { emulatorHandlers } from '@ai-gateway/testing/msw';
import { setupServer } from 'msw/node';

const cloudflare = await startMockServer({ api: 'cloudflare' });
const bifrost = await startMockServer({ api: 'bifrost' });
try {
  const cf = createCloudflareClient({ accountId: '0123456789abcdef0123456789abcdef', apiToken: 'smoke-token', baseUrl: cloudflare.url });
  const page = await cf.gateways.list();
  if (page.items.length === 0) throw new Error('no gateways');
  for (const gateway of page.items) schemaValidators.Gateway.assert(gateway);
  const stats = await createBifrostClient({ baseUrl: bifrost.url }).logs.stats();
  if (typeof stats.total_requests !== 'number') throw new Error('no stats');
  if (!Array.isArray(cloudflareKeys.all)) throw new Error('no query keys');
  console.log('smoke test passed:', page.items.length, 'gateways,', stats.total_requests, 'requests');
} finally {
  await Promise.all([cloudflare.close(), bifrost.close()]);
}

const emulator = createEmulator({ api: 'cloudflare', logs: 100 });
const emulated = createCloudflareClient({ accountId: emulator.seed.accountId, apiToken: 'smoke-token', fetch: emulator.fetch });
const created = await emulated.gateways.create({ ...page0(emulator), id: 'smoke-created' });
if ((await emulated.gateways.get({ id: created.id })).id !== 'smoke-created') throw new Error('emulator forgot a write');
const msw = setupServer(...emulatorHandlers(createEmulator({ api: 'bifrost', logs: 30 })));
msw.listen({ onUnhandledRequest: 'error' });
const viaMsw = await createBifrostClient().logs.stats();
msw.close();
if (viaMsw.total_requests !== 30) throw new Error('MSW handlers did not answer from the emulator');
console.log('emulator smoke test passed');

function page0(e) {
  const { id, created_at, modified_at, ...settings } = [...e.store.gateways.values()][0];
  return settings;
}
`;

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'ai-gateway-packages-'));
  try {
    const tarballs = join(work, 'tarballs');
    await mkdir(tarballs, { recursive: true });
    const rootRepository = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'))
      .repository.url;
    const problems: string[] = [];
    for (const name of publishedPackageNames(repoRoot)) {
      const dir = join(repoRoot, 'packages', name);
      const packed = join(work, 'packed', name);
      run('pnpm', ['pack', '--pack-destination', packed], dir);
      const [tarball] = await readdir(packed);
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for packages/${name}`);
      const entries = execFileSync('tar', ['-tzf', join(packed, tarball)], { encoding: 'utf8' });
      const readme = await readFile(join(dir, 'README.md'), 'utf8');
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
      problems.push(
        ...metadataProblems(manifest, `packages/${name}`, rootRepository),
        ...readmeLinkProblems(readme, entries.split('\n').filter(Boolean)).map(
          (problem) => `${manifest.name} README: ${problem}`,
        ),
      );
      await rename(join(packed, tarball), join(tarballs, tarball));
    }
    if (problems.length > 0) throw new Error(`Package metadata:\n  ${problems.join('\n  ')}`);
    const files = (await readdir(tarballs)).map((file) => join(tarballs, file));
    for (const file of files) {
      run('pnpm', ['exec', 'publint', 'run', file, '--strict'], repoRoot);
      run('pnpm', ['exec', 'attw', file, '--profile', 'esm-only', '--no-emoji'], repoRoot);
    }
    const project = join(work, 'project');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'smoke', private: true, type: 'module' }),
    );
    // The registry is a network away: a failed or stalled install is tried again before giving up.
    runWithRetries(
      'npm',
      [
        'install',
        '--fetch-retries=4',
        '--fetch-timeout=60000',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        'react',
        '@tanstack/react-query',
        'msw@2',
        ...files,
      ],
      project,
    );
    await writeFile(join(project, 'smoke.mjs'), smokeScript);
    run(process.execPath, ['smoke.mjs'], project);
    assertOneCopy('@ai-gateway/validators', project);
    run('npx', ['--no-install', 'ai-gateway-emulator', '--help'], project);
    run('npx', ['--no-install', 'ai-gateway', '--help'], project);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
