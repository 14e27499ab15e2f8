import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatSources } from './format.ts';
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
    `Regenerate: ${regenerateCommand} (one package: node scripts/src/generate.ts --package ${packageDir.split('/').at(-1)})`,
  ];
  if (file.path.endsWith('.yaml')) return lines.map((l) => `# ${l}`).join('\n');
  if (file.path.endsWith('.json')) throw new Error(`JSON cannot carry a header: ${file.path}`);
  return `// ${lines.join('\n// ')}`;
}

export const loadSpecs = () =>
  Object.fromEntries(apiNames.map((api) => [api, loadSpec(api)])) as Record<ApiName, Json>;

const targetsFolder = new URL('./targets/', import.meta.url);

/** The modules in `targets/`, each named after its package's folder. */
async function targetUrls(packages?: string[]): Promise<URL[]> {
  const names = (await readdir(targetsFolder)).filter((n) => n.endsWith('.ts')).sort();
  const wanted = (name: string) => !packages || packages.some((p) => p.endsWith(name.slice(0, -3)));
  return names.filter(wanted).map((name) => new URL(name, targetsFolder));
}

/** A target's package folder and its files. */
interface TargetOutput {
  packageDir: string;
  files: GeneratedFile[];
}

/**
 * A target generating in a worker thread: it loads its dependencies at once, and generates once
 * given the context. The worker ends when it has answered, or when `stop` is called.
 */
function generateInWorker(url: URL) {
  const worker = new Worker(new URL('./target-worker.ts', import.meta.url), {
    workerData: { targetUrl: url.href },
  });
  const output = new Promise<TargetOutput>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${url.pathname} worker exited with ${code}`)));
  });
  // A worker stopped before it was asked to generate fails a promise nobody awaits.
  output.catch(() => {});
  return {
    generate(context: GeneratorContext): Promise<TargetOutput> {
      worker.postMessage(context);
      return output;
    },
    stop: () => worker.terminate(),
  };
}

/**
 * Targets that take long enough to generate that they run in a worker thread, in parallel with
 * the others: the validators compile every schema of both specs.
 */
const generatesInWorker = (url: URL) => url.pathname.endsWith('/validators.ts');

/** A target's files by their path from the repository root, with their headers. */
function withHeaders({ packageDir, files }: TargetOutput): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
    const contents = `${header(file, packageDir)}\n\n${file.contents.trimEnd()}\n`;
    rendered.set(join(packageDir, 'src/generated', file.path), contents);
  }
  return rendered;
}

export interface RenderOptions {
  /** Run the slow targets in worker threads (the default), or everything on this thread. */
  workers?: boolean;
  /** Filled with the time since the process started at which each phase ended, in ms. */
  timings?: Map<string, number>;
}

/**
 * Every generated file, keyed by its path from the repository root, with its header, formatted.
 * One process runs every target on specs read once; the validators, which take longest, run in a
 * worker thread (unless `workers` is false) that starts loading before the specs are read. Each
 * target's files are formatted (by Biome, in a process of its own) as soon as they are generated.
 */
export async function renderAll(
  packages?: string[],
  givenSpecs?: Record<ApiName, Json>,
  { workers = true, timings }: RenderOptions = {},
): Promise<Map<string, string>> {
  const mark = (phase: string) => timings?.set(phase, performance.now());
  const urls = await targetUrls(packages);
  const offThread = new Map(
    urls
      .filter((url) => workers && generatesInWorker(url))
      .map((url) => [url, generateInWorker(url)]),
  );
  try {
    const context: GeneratorContext = { specs: givenSpecs ?? loadSpecs() };
    mark('specs read');
    const formatted = (output: Promise<TargetOutput>) => {
      const files = output.then(async (o) => {
        mark(`${o.packageDir} generated`);
        const sources = await formatSources(withHeaders(o));
        mark(`${o.packageDir} formatted`);
        return sources;
      });
      // Awaited once every target has started; until then a failure must not count as unhandled.
      files.catch(() => {});
      return files;
    };
    const byTarget = new Map<URL, Promise<Map<string, string>>>();
    for (const [url, worker] of offThread) byTarget.set(url, formatted(worker.generate(context)));
    for (const url of urls.filter((u) => !offThread.has(u))) {
      const target = (await import(url.href)).default as PackageTarget;
      const output = { packageDir: target.packageDir, files: await target.generate(context) };
      byTarget.set(url, formatted(Promise.resolve(output)));
    }
    const parts = await Promise.all(urls.map((url) => byTarget.get(url)));
    return new Map(parts.flatMap((part) => [...(part ?? [])]));
  } finally {
    await Promise.all([...offThread.values()].map((worker) => worker.stop()));
  }
}

const generatedFolder = '/src/generated/';

/** The `<package>/src/generated/` folders the rendered files go to. */
const generatedFolders = (rendered: Map<string, string>) =>
  new Set(
    [...rendered.keys()].map((p) =>
      p.slice(0, p.indexOf(generatedFolder) + generatedFolder.length),
    ),
  );

export async function writeGenerated(options: {
  packages?: string[];
  outRoot: string;
  timings?: Map<string, number>;
}) {
  const rendered = await renderAll(options.packages, undefined, { timings: options.timings });
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
