// What the client and React targets make of the extensions added for the account-wide operations:
// nested resources (`x-sdk-resource: a.b`) and calls that must be confirmed (`x-confirm`).
import { describe, expect, it } from 'vitest';
import { renderTree, resourceTree } from '../src/codegen.ts';
import type { Json } from '../src/specs.ts';
import { loadSpec } from '../src/specs.ts';
import clientTarget from '../src/targets/client.ts';
import reactTarget from '../src/targets/react.ts';

const specs = { cloudflare: loadSpec('cloudflare'), bifrost: loadSpec('bifrost') } as Record<
  string,
  Json
>;
const file = (files: { api: string; path: string; contents: string }[], path: string) =>
  files.find((f) => f.path === path)?.contents ?? '';

describe('resource trees', () => {
  it('nest a dotted resource in its parent, members before nested resources', () => {
    const tree = resourceTree(['a', 'a.b', 'c', 'a'], (name) => name);
    expect(
      renderTree(
        tree,
        0,
        (members, depth) => members.map((m) => `${'  '.repeat(depth)}${m};`),
        '},',
      ),
    ).toEqual(['a: {', '  a;', '  a;', '  b: {', '    a.b;', '  },', '},', 'c: {', '  c;', '},']);
  });
});

const client = await clientTarget.generate({ specs } as never);
const react = await reactTarget.generate({ specs } as never);

describe('generated client and hooks', () => {
  it('puts custom provider costs under cf.customProviders.costs', () => {
    const resources = file(client, 'cloudflare/resources.ts');
    expect(resources).toMatch(
      /customProviders: \{[\s\S]*?\n {4}costs: \{\n {6}\/\*\* List custom provider costs/,
    );
    expect(resources).toContain(
      'list: (params, options) => fn.listCustomProviderCosts(core, params, options),',
    );
    // The hooks of a nested resource share their parent's file and call the nested method.
    expect(file(react, 'cloudflare/custom-providers.ts')).toContain(
      'client.customProviders.costs.list(',
    );
    expect(file(react, 'cloudflare/keys.ts')).toMatch(/customProviders: \{[\s\S]*?costs: \{/);
  });

  it('requires the confirmation flag of x-confirm calls, in the params type and the descriptor', () => {
    const functions = file(client, 'cloudflare/functions.ts');
    for (const id of ['CreateTopup', 'SetTopupConfig', 'SetSpendingLimit', 'DeleteSpendingLimit'])
      expect(functions).toMatch(new RegExp(`export type ${id}Params = [^\\n]*confirm: true`));
    expect(functions).not.toMatch(/export type DeleteTopupConfigParams/);
    const operations = file(client, 'cloudflare/operations.ts');
    expect(operations).toMatch(/export const createTopup = \{[^\n]*"confirm":"confirm"/);
    expect(operations).not.toMatch(/export const checkTopupStatus = \{[^\n]*"confirm"/);
  });
});
