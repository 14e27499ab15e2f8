// The generated hooks against the spec's operation table (the client's `operations`): every
// operation has its hooks, under the names the naming rule gives, and they are exported.
import { bifrostOperations } from '@ai-gateway/client/bifrost';
import { cloudflareOperations } from '@ai-gateway/client/cloudflare';
import { describe, expect, it } from 'vitest';
import * as bifrost from '../src/bifrost.js';
import * as cloudflare from '../src/cloudflare.js';

const pascal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Reads drop their verb (`getLogStats` → `useLogStats`); writes keep it (`useEditLog`). */
function expectedExports(operation: {
  operationId: string;
  method: string;
  pagination?: unknown;
}): string[] {
  if (operation.method !== 'GET') return [`use${pascal(operation.operationId)}`];
  const base = pascal(operation.operationId.replace(/^(get|list)(?=[A-Z])/, ''));
  return [
    `use${base}`,
    `useSuspense${base}`,
    `${camel(base)}QueryOptions`,
    ...(operation.pagination ? [`useInfinite${base}`, `${camel(base)}InfiniteQueryOptions`] : []),
  ];
}

const apis = [
  {
    api: 'cloudflare',
    operations: cloudflareOperations,
    module: cloudflare as Record<string, unknown>,
    hooks: cloudflare.cloudflareHooks as Record<
      string,
      { kind: string; exports: readonly string[] }
    >,
    keySpecs: cloudflare.cloudflareKeySpecs as Record<string, unknown>,
    invalidations: cloudflare.cloudflareInvalidations as Record<string, unknown>,
  },
  {
    api: 'bifrost',
    operations: bifrostOperations,
    module: bifrost as Record<string, unknown>,
    hooks: bifrost.bifrostHooks as Record<string, { kind: string; exports: readonly string[] }>,
    keySpecs: bifrost.bifrostKeySpecs as Record<string, unknown>,
    invalidations: bifrost.bifrostInvalidations as Record<string, unknown>,
  },
];

describe.each(apis)('$api hooks', ({ operations, module, hooks, keySpecs, invalidations }) => {
  const table = Object.values(operations);

  it('cover every operation of the spec, and nothing else', () => {
    expect(Object.keys(hooks).sort()).toEqual(table.map((op) => op.operationId).sort());
  });

  it.each(table)('$operationId has its hooks, exported as functions', (operation) => {
    const entry = hooks[operation.operationId];
    expect(entry?.exports).toEqual(expectedExports(operation));
    for (const name of entry?.exports ?? []) expect(typeof module[name], name).toBe('function');
    const kind =
      operation.method !== 'GET' ? 'mutation' : 'pagination' in operation ? 'infinite' : 'query';
    expect(entry?.kind).toBe(kind);
  });

  it('give every read a place in the key tree and every write an invalidation entry', () => {
    const reads = table.filter((op) => op.method === 'GET').map((op) => op.operationId);
    const writes = table.filter((op) => op.method !== 'GET').map((op) => op.operationId);
    expect(Object.keys(keySpecs).sort()).toEqual(reads.sort());
    expect(Object.keys(invalidations).sort()).toEqual(writes.sort());
  });
});
