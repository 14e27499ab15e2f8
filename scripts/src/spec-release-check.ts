// Fails when the specs changed in a breaking way since the last release and no changeset
// announces a major version of the packages generated from them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { diffSpecs, formatChanges } from './spec-diff.ts';
import { apiNames, loadSpec, repoRoot, specFiles } from './specs.ts';

/** Every published package is generated from both specs. */
export const generatedPackages = [
  '@ai-gateway/client',
  '@ai-gateway/validators',
  '@ai-gateway/react',
  '@ai-gateway/testing',
];

/** The bump each package gets from the pending changesets (their front matter). */
export function pendingBumps(changesets: string[]): Map<string, string> {
  const rank = ['patch', 'minor', 'major'];
  const bumps = new Map<string, string>();
  for (const text of changesets) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    for (const [name, bump] of Object.entries<string>(
      frontMatter ? (parse(frontMatter) ?? {}) : {},
    )) {
      if (rank.indexOf(bump) > rank.indexOf(bumps.get(name) ?? '')) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** Packages that need a major changeset and lack one. */
export function missingMajorBumps(
  hasBreakingChange: boolean,
  bumps: Map<string, string>,
): string[] {
  return hasBreakingChange ? generatedPackages.filter((name) => bumps.get(name) !== 'major') : [];
}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

function lastReleaseTag(): string | undefined {
  try {
    return (
      git('tag', '--list', '--sort=-creatordate', '@ai-gateway/validators@*').split('\n')[0] ||
      undefined
    );
  } catch {
    return undefined;
  }
}

function pendingChangesets(): string[] {
  const folder = join(repoRoot, '.changeset');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

function main(): number {
  const tag = lastReleaseTag();
  if (!tag) {
    console.log('No release yet: every spec change is part of the first release.');
    return 0;
  }
  let breaking = false;
  for (const api of apiNames) {
    const released = parse(git('show', `${tag}:${specFiles[api].spec}`));
    const changes = diffSpecs(released, loadSpec(api));
    console.log(`${specFiles[api].spec} since ${tag}:\n${formatChanges(changes)}\n`);
    breaking ||= changes.some((c) => c.breaking);
  }
  const missing = missingMajorBumps(breaking, pendingBumps(pendingChangesets()));
  if (missing.length > 0) {
    console.error(
      `Breaking spec changes need a major changeset for: ${missing.join(', ')} (run \`pnpm changeset\`).`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
