// Generated TypeScript is formatted by Biome with the repository's settings, like hand-written
// code, so that a spec change shows up in review as the few lines it changes.
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './specs.ts';

/**
 * Biome's executable for this platform, from the package `@biomejs/biome` installs beside itself.
 * The `biome` script in node_modules/.bin starts Node to find it, which takes longer than Biome
 * takes to format a small target. Where no such package is found, that script does the finding.
 */
function biomeExecutable(): string {
  const extension = process.platform === 'win32' ? '.exe' : '';
  const executable = `@biomejs/cli-${process.platform}-${process.arch}/biome${extension}`;
  try {
    const biomePackage = realpathSync(join(repoRoot, 'node_modules/@biomejs/biome/package.json'));
    return createRequire(biomePackage).resolve(executable);
  } catch {
    return join(repoRoot, 'node_modules/.bin/biome');
  }
}

const biome = biomeExecutable();
const formatted = /\.tsx?$/;

/** The formatting settings of biome.json, for a folder outside the repository. */
async function formatterSettings(): Promise<object> {
  const settings = JSON.parse(await readFile(join(repoRoot, 'biome.json'), 'utf8'));
  return {
    formatter: settings.formatter,
    javascript: { formatter: settings.javascript?.formatter },
    // Compiled validators are larger than Biome's default limit for one file.
    files: { maxSize: 64 * 1024 * 1024 },
  };
}

/**
 * The files with every TypeScript source formatted; keys are relative paths. One Biome process
 * formats them all, in parallel, in a scratch folder.
 */
export async function formatSources(
  files: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const sources = [...files.keys()].filter((path) => formatted.test(path));
  if (sources.length === 0) return new Map(files);
  const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-format-'));
  try {
    await writeFile(join(folder, 'biome.json'), JSON.stringify(await formatterSettings()));
    await Promise.all(
      sources.map(async (path) => {
        await mkdir(dirname(join(folder, path)), { recursive: true });
        await writeFile(join(folder, path), files.get(path) as string);
      }),
    );
    await promisify(execFile)(biome, ['format', '--write', '--log-level=error', '.'], {
      cwd: folder,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = new Map(files);
    await Promise.all(
      sources.map(async (path) => result.set(path, await readFile(join(folder, path), 'utf8'))),
    );
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
