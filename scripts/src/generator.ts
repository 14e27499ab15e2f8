import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ApiName, apiNames, type Json, loadSpec, specFiles } from './specs.ts';

export interface GeneratedFile {
  /** Path inside the package's `src/generated/` folder. */
  path: string;
  contents: string;
  /** The spec the file is generated from, named in its header. */
  api: ApiName | 'all';
}

export interface GeneratorContext {
  specs: Record<ApiName, Json>;
}

/** One module per package in `targets/`, each producing that package's generated files. */
export interface PackageTarget {
  packageDir: string;
  generate(context: GeneratorContext): Promise<GeneratedFile[]> | GeneratedFile[];
}

export const regenerateCommand = 'pnpm generate';

function header(file: GeneratedFile, packageDir: string): string {
  const source =
    file.api === 'all'
      ? apiNames.map((api) => specFiles[api].spec).join(' and ')
      : specFiles[file.api].spec;
  const lines = [
    'This file is generated. Do not edit it by hand.',
    `Source: ${source}`,
    `Regenerate: ${regenerateCommand} (or: pnpm --filter ./${packageDir} generate)`,
  ];
  if (file.path.endsWith('.yaml')) return lines.map((l) => `# ${l}`).join('\n');
  if (file.path.endsWith('.json')) throw new Error(`JSON cannot carry a header: ${file.path}`);
  return `// ${lines.join('\n// ')}`;
}

export const loadSpecs = () =>
  Object.fromEntries(apiNames.map((api) => [api, loadSpec(api)])) as Record<ApiName, Json>;

export async function loadTargets(): Promise<PackageTarget[]> {
  const folder = new URL('./targets/', import.meta.url);
  const names = (await readdir(folder)).filter((n) => n.endsWith('.ts')).sort();
  return Promise.all(
    names.map(async (name) => (await import(new URL(name, folder).href)).default as PackageTarget),
  );
}

/** Every generated file, keyed by its path from the repository root, with its header. */
export async function renderAll(
  packages?: string[],
  specs: Record<ApiName, Json> = loadSpecs(),
): Promise<Map<string, string>> {
  const context: GeneratorContext = { specs };
  const rendered = new Map<string, string>();
  for (const target of await loadTargets()) {
    if (packages && !packages.some((p) => target.packageDir.endsWith(p))) continue;
    const files = await target.generate(context);
    for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
      const contents = `${header(file, target.packageDir)}\n\n${file.contents.trimEnd()}\n`;
      rendered.set(join(target.packageDir, 'src/generated', file.path), contents);
    }
  }
  return rendered;
}

const generatedFolder = '/src/generated/';

/** The `<package>/src/generated/` folders the rendered files go to. */
const generatedFolders = (rendered: Map<string, string>) =>
  new Set(
    [...rendered.keys()].map((p) =>
      p.slice(0, p.indexOf(generatedFolder) + generatedFolder.length),
    ),
  );

export async function writeGenerated(options: { packages?: string[]; outRoot: string }) {
  const rendered = await renderAll(options.packages);
  // Start from empty folders so that files the spec no longer produces disappear.
  for (const folder of generatedFolders(rendered))
    await rm(join(options.outRoot, folder), { recursive: true, force: true });
  for (const [path, contents] of rendered) {
    const target = join(options.outRoot, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  return [...rendered.keys()];
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Compares generated files with what is under `root`: the files that differ, are missing, or are
 * left over in a generated folder although nothing produces them any more.
 */
export async function staleFiles(rendered: Map<string, string>, root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, contents] of rendered) {
    const current = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (current === undefined) stale.push(`${path} (missing)`);
    else if (current !== contents) stale.push(`${path} (differs from the spec)`);
  }
  for (const folder of generatedFolders(rendered)) {
    for (const file of await listFiles(join(root, folder))) {
      const path = file.slice(root.length).replace(/^\//, '');
      if (!rendered.has(path)) stale.push(`${path} (no longer generated)`);
    }
  }
  return stale.sort();
}
