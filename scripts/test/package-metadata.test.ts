import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  metadataProblems,
  publishedPackageNames,
  readmeLinkProblems,
} from '../src/package-metadata.ts';
import { repoRoot } from '../src/specs.ts';

const repository = 'git+https://github.com/example/toolkit.git';
const complete = {
  name: '@ai-gateway/client',
  repository: { type: 'git', url: repository, directory: 'packages/client' },
  homepage: 'https://github.com/example/toolkit/tree/main/packages/client#readme',
  bugs: { url: 'https://github.com/example/toolkit/issues' },
  dependencies: { '@ai-gateway/validators': 'workspace:^', 'openapi-fetch': '^0.17.0' },
};

describe('package metadata', () => {
  it('accepts a package that links back and ranges its internal dependencies by caret', () => {
    expect(metadataProblems(complete, 'packages/client', repository)).toEqual([]);
  });

  it('names each missing link and each pinned internal dependency', () => {
    const { repository: _, homepage: __, bugs: ___, ...bare } = complete;
    const pinned = { ...bare, dependencies: { '@ai-gateway/validators': 'workspace:*' } };
    expect(metadataProblems(pinned, 'packages/client', repository)).toEqual([
      `@ai-gateway/client: repository.url must be ${repository}`,
      '@ai-gateway/client: repository.directory must be packages/client',
      '@ai-gateway/client: homepage is missing',
      '@ai-gateway/client: bugs.url is missing',
      '@ai-gateway/client: dependencies.@ai-gateway/validators is workspace:*; use workspace:^',
    ]);
  });

  it.each(publishedPackageNames(repoRoot))('packages/%s carries it', async (name) => {
    const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    const pkg = JSON.parse(
      await readFile(join(repoRoot, 'packages', name, 'package.json'), 'utf8'),
    );
    expect(metadataProblems(pkg, `packages/${name}`, root.repository.url)).toEqual([]);
  });
});

describe('README links on npm', () => {
  const tarball = ['package/README.md', 'package/BENCHMARK.md', 'package/dist/index.js'];

  it('accepts web links, anchors and files the tarball ships', () => {
    const readme =
      '[a](https://x.dev) [b](#usage) [c](./BENCHMARK.md) [d](dist/index.js "t") [e](dist)';
    expect(readmeLinkProblems(readme, tarball)).toEqual([]);
  });

  it('refuses links out of the package and files left out of the tarball', () => {
    expect(readmeLinkProblems('[a](../client) [b](./CHANGES.md#top)', tarball)).toEqual([
      '../client: points outside the package, which npm cannot show',
      './CHANGES.md#top: not in the published tarball',
    ]);
  });
});
