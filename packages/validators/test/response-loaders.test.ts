// Each operation's response validators load on their own: the loader gives the same validators as
// the eager entry, and the modules behind it hold that operation's code and what it shares only.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { responseValidators as bifrostResponses } from '../src/bifrost-responses.ts';
import { responseValidators as cloudflareResponses } from '../src/cloudflare-responses.ts';
import { responseLoaders as bifrostLoaders } from '../src/generated/bifrost/response-loaders.ts';
import { responseLoaders as cloudflareLoaders } from '../src/generated/cloudflare/response-loaders.ts';

const generated = fileURLToPath(new URL('../src/generated/', import.meta.url));

const apis = {
  cloudflare: { loaders: cloudflareLoaders, eager: cloudflareResponses },
  bifrost: { loaders: bifrostLoaders, eager: bifrostResponses },
} as unknown as Record<
  string,
  { loaders: Record<string, () => Promise<unknown>>; eager: Record<string, unknown> }
>;

/** The files a module imports statically, transitively, itself included. */
function staticImports(file: string, found = new Set<string>()): Set<string> {
  if (found.has(file)) return found;
  found.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, path] of source.matchAll(/^import [^;]*? from '(\.[^']+)';$/gm)) {
    staticImports(join(dirname(file), (path as string).replace(/\.js$/, '.ts')), found);
  }
  return found;
}

describe.each(Object.entries(apis))('%s response loaders', (api, { loaders, eager }) => {
  it('cover every operation, and load the validators the eager entry exports', async () => {
    expect(Object.keys(loaders)).toEqual(Object.keys(eager));
    for (const [operationId, load] of Object.entries(loaders))
      expect(await load()).toBe(eager[operationId]);
  });

  it("load one operation's compiled code and no other operation's", () => {
    const folder = join(generated, api);
    for (const operationId of Object.keys(loaders)) {
      const files = [...staticImports(join(folder, 'compiled-responses', `${operationId}.ts`))];
      const compiled = files.filter((f) => f.includes('/compiled-responses/'));
      expect(compiled).toContain(join(folder, 'compiled-responses', `${operationId}.ts`));
      for (const file of compiled)
        expect(file).toMatch(new RegExp(`/(${operationId}|shared-\\w+)\\.ts$`));
    }
  });
});

it("loads the Cloudflare logs list's validators from its own module and the common one", () => {
  const folder = join(generated, 'cloudflare', 'compiled-responses');
  const files = [...staticImports(join(folder, 'listLogs.ts'))];
  expect(files.filter((f) => f.includes('/compiled-responses/'))).toEqual([
    join(folder, 'listLogs.ts'),
    join(folder, 'shared-common.ts'),
  ]);
});
