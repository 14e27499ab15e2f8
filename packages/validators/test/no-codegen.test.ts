// Item 5: the validators generate no code at run time. A build of the package, alone in a temporary
// folder (so nothing but the package itself can be imported), runs under Node with
// --disallow-code-generation-from-strings and validates values of both APIs.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('validators without run-time code generation', () => {
  let folder = '';

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'validators-no-codegen-'));
    const options = [
      '--outDir',
      join(folder, 'dist'),
      '--declaration',
      'false',
      '--declarationMap',
      'false',
    ];
    await run(process.execPath, [
      tsc,
      '-p',
      join(packageDir, 'tsconfig.build.json'),
      ...options,
    ]).catch((error: { stdout?: string; message: string }) => {
      throw new Error(`Building the package failed:\n${error.stdout ?? error.message}`);
    });
    await copyFile(join(packageDir, 'package.json'), join(folder, 'package.json'));
    await copyFile(
      join(packageDir, 'test/fixtures/no-codegen.mjs'),
      join(folder, 'no-codegen.mjs'),
    );
  }, 120_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('validate both APIs through the package exports with code generation from strings disabled', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--disallow-code-generation-from-strings', 'no-codegen.mjs'],
      { cwd: folder },
    );
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toEqual([
      'cloudflare listLogs params: valid',
      'cloudflare listLogs params: query.filters[0].operator must be one of eq, neq, contains, lt, gt',
      'cloudflare getGateway 404: valid',
      'cloudflare getGateway 404: success must be a boolean',
      'bifrost listLogs params: valid',
      'bifrost listLogs params: query.limit must be at most 1000',
      'bifrost LogStats: valid',
      'bifrost LogStats: success_rate must be at most 100',
      'code generation from strings: blocked (EvalError)',
    ]);
  }, 60_000);
});
