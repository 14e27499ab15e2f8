import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type ApiName = 'cloudflare' | 'bifrost';
export const apiNames: readonly ApiName[] = ['cloudflare', 'bifrost'];

export const specFiles: Record<ApiName, { spec: string; reference: string; allowList: string }> = {
  cloudflare: {
    spec: 'spec/cloudflare-ai-gateway.openapi.yaml',
    reference: 'spec/reference/cloudflare-ai-gateway.vendor.openapi.json',
    allowList: 'spec/conformance/cloudflare.allowlist.yaml',
  },
  bifrost: {
    spec: 'spec/bifrost-logs.openapi.yaml',
    reference: 'spec/reference/bifrost-logs.vendor.openapi.json',
    allowList: 'spec/conformance/bifrost.allowlist.yaml',
  },
};

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked generically.
export type Json = any;

export function readDocument(relativePath: string): Json {
  const text = readFileSync(new URL(relativePath, `file://${repoRoot}`), 'utf8');
  return relativePath.endsWith('.json') ? JSON.parse(text) : parse(text);
}

export const loadSpec = (api: ApiName): Json => readDocument(specFiles[api].spec);
export const loadReference = (api: ApiName): Json => readDocument(specFiles[api].reference);

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface Operation {
  method: string;
  path: string;
  operation: Json;
  /** Path-level parameters merged under the operation's own, as OpenAPI resolves them. */
  parameters: Json[];
}

export function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation) continue;
      const own: Json[] = (operation.parameters ?? []).map((p: Json) => resolve(document, p));
      const inherited: Json[] = (item.parameters ?? []).map((p: Json) => resolve(document, p));
      const parameters = [
        ...inherited.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
        ...own,
      ];
      operations.push({ method: method.toUpperCase(), path, operation, parameters });
    }
  }
  return operations;
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference node is reached. */
export function resolve(document: Json, node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are allowed, found ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    current = pointer(document, ref.slice(1));
  }
  return current;
}

export function pointer(document: Json, jsonPointer: string): Json {
  let node = document;
  for (const raw of jsonPointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node?.[key];
    if (node === undefined) throw new Error(`Unresolvable pointer ${jsonPointer}`);
  }
  return node;
}

export const escapePointer = (segment: string): string =>
  segment.replaceAll('~', '~0').replaceAll('/', '~1');
