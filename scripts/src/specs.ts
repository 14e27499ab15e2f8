import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';

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

/**
 * YAML is read with js-yaml's YAML 1.2 core schema: the same values as the `yaml` package gives
 * (a scripts test checks it on every document), in a sixth of the time on these specs.
 */
export const parseYaml = (text: string): Json => load(text, { schema: CORE_SCHEMA });

export function readDocument(relativePath: string): Json {
  const text = readFileSync(new URL(relativePath, `file://${repoRoot}`), 'utf8');
  return relativePath.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

export const loadSpec = (api: ApiName): Json => readDocument(specFiles[api].spec);
export const loadReference = (api: ApiName): Json => readDocument(specFiles[api].reference);

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface Operation {
  method: string;
  path: string;
  /** JSON pointer of the operation object in the document. */
  pointer: string;
  operation: Json;
  /** Path-level parameters merged under the operation's own, as OpenAPI resolves them. */
  parameters: Json[];
}

/** A node reached by following `$ref`s, and the JSON pointer of where it sits in the document. */
export interface Located {
  pointer: string;
  node: Json;
}

/**
 * The parameters that apply to an operation, references followed: the path item's, except where
 * the operation declares its own of the same name and location, then the operation's.
 */
export function operationParameters(document: Json, path: string, method: string): Located[] {
  const pathPointer = `/paths/${escapePointer(path)}`;
  const item = document.paths[path];
  const located = (holder: Json, at: string): Located[] =>
    (holder.parameters ?? []).map((node: Json, index: number) =>
      locate(document, node, `${at}/parameters/${index}`),
    );
  const own = located(item[method.toLowerCase()], `${pathPointer}/${method.toLowerCase()}`);
  const inherited = located(item, pathPointer);
  const overridden = (p: Located) =>
    own.some((o) => o.node.name === p.node.name && o.node.in === p.node.in);
  return [...inherited.filter((p) => !overridden(p)), ...own];
}

export function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operationParameters(document, path, method).map((p) => p.node);
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      operations.push({ method: method.toUpperCase(), path, pointer, operation, parameters });
    }
  }
  return operations;
}

/** The status of an operation's success response: the first `2xx` it declares. */
export const successStatus = (operation: Json): string | undefined =>
  Object.keys(operation.responses ?? {}).find((status) => status.startsWith('2'));

/** The first JSON media type of a `content` map (`application/json`, `application/problem+json`). */
export const jsonMediaType = (content: Json): string | undefined =>
  Object.keys(content ?? {}).find((type) => type.includes('json'));

/**
 * Follows local `$ref`s (`#/components/...`) from `node`, found at the pointer `at`, until a
 * non-reference node is reached.
 */
export function locate(document: Json, node: Json, at: string): Located {
  let current: Located = { pointer: at, node };
  const seen = new Set<string>();
  while (
    current.node &&
    typeof current.node === 'object' &&
    typeof current.node.$ref === 'string'
  ) {
    const ref: string = current.node.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are allowed, found ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    current = { pointer: ref.slice(1), node: pointer(document, ref.slice(1)) };
  }
  return current;
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference node is reached. */
export function resolve(document: Json, node: Json): Json {
  return locate(document, node, '').node;
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
