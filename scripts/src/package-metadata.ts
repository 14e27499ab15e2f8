// What a published package must carry so that it reads well on npm: links back to the
// repository, README links that resolve in the tarball, and internal dependency ranges that let
// npm install one copy of each workspace package however many of them a project uses.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder names under packages/ of every package that is published (not private). */
export function publishedPackageNames(root: string): string[] {
  return readdirSync(join(root, 'packages')).filter((name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    return manifest.private !== true;
  });
}

export interface PackageJson {
  name: string;
  private?: boolean;
  repository?: { type?: string; url?: string; directory?: string } | string;
  homepage?: string;
  bugs?: { url?: string } | string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const internalScope = '@ai-gateway/';
// A caret range for every internal dependency: one shared version satisfies every dependent, and
// `updateInternalDependencies` in the changeset config keeps the ranges current on release.
const internalRange = 'workspace:^';

/** Problems with a package's repository, homepage, bugs and internal dependency ranges. */
export function metadataProblems(
  pkg: PackageJson,
  directory: string,
  rootRepository: string,
): string[] {
  const problems: string[] = [];
  const repository = typeof pkg.repository === 'string' ? { url: pkg.repository } : pkg.repository;
  if (repository?.url !== rootRepository) {
    problems.push(`${pkg.name}: repository.url must be ${rootRepository}`);
  }
  if (repository?.directory !== directory) {
    problems.push(`${pkg.name}: repository.directory must be ${directory}`);
  }
  if (!pkg.homepage?.startsWith('https://')) problems.push(`${pkg.name}: homepage is missing`);
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  if (!bugs?.startsWith('https://')) problems.push(`${pkg.name}: bugs.url is missing`);
  for (const field of ['dependencies', 'peerDependencies'] as const) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (name.startsWith(internalScope) && range !== internalRange) {
        problems.push(`${pkg.name}: ${field}.${name} is ${range}; use ${internalRange}`);
      }
    }
  }
  return problems;
}

const markdownLink = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** README links that point outside the package or to a file the tarball leaves out. */
export function readmeLinkProblems(readme: string, tarballFiles: readonly string[]): string[] {
  const shipped = new Set(tarballFiles.map((file) => file.replace(/^package\//, '')));
  const problems: string[] = [];
  for (const [, target = ''] of readme.matchAll(markdownLink)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    const path = target.replace(/[#?].*$/, '').replace(/^\.\//, '');
    if (path.startsWith('../') || path.startsWith('/')) {
      problems.push(`${target}: points outside the package, which npm cannot show`);
    } else if (!shipped.has(path) && ![...shipped].some((file) => file.startsWith(`${path}/`))) {
      problems.push(`${target}: not in the published tarball`);
    }
  }
  return problems;
}
