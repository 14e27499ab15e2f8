// Reads the package's bundled specs and builds, for each operation, a request that satisfies the
// spec: path and required query parameters from their examples, the body from the first example.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type ApiName, specFile } from '../../src/spec-files.ts';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked generically.
type Json = any;

const documents = new Map<ApiName, Json>();
export function specDocument(api: ApiName): Json {
  if (!documents.has(api)) documents.set(api, parse(readFileSync(specFile(api), 'utf8')));
  return documents.get(api);
}

function resolve(document: Json, node: Json): Json {
  let current = node;
  while (current?.$ref) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce(
        (n: Json, key: string) => n[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        document,
      );
  }
  return current;
}

export interface SpecOperation {
  api: ApiName;
  operationId: string;
  method: string;
  path: string;
  parameters: Json[];
  requestBody?: Json;
  /** Declared status codes, as written in the spec (`200`, `404`, `5XX`). */
  statuses: string[];
}

export function specOperations(api: ApiName): SpecOperation[] {
  const document = specDocument(api);
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p: Json) => resolve(document, p));
      const shared = (item.parameters ?? []).map((p: Json) => resolve(document, p));
      const parameters = [
        ...shared.filter((p: Json) => !own.some((o: Json) => o.name === p.name && o.in === p.in)),
        ...own,
      ];
      operations.push({
        api,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        requestBody: operation.requestBody && resolve(document, operation.requestBody),
        statuses: Object.keys(operation.responses),
      });
    }
  }
  return operations;
}

function exampleOf(api: ApiName, parameter: Json): unknown {
  const document = specDocument(api);
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values<Json>(parameter.examples ?? {})[0];
  if (named) return resolve(document, named).value;
  const schema = resolve(document, parameter.schema);
  const value = schema?.examples?.[0] ?? schema?.example ?? schema?.default;
  if (value === undefined) throw new Error(`No example for parameter ${parameter.name}`);
  return value;
}

export function bodyExample(api: ApiName, requestBody: Json): unknown {
  const media = requestBody.content?.['application/json'];
  const named = Object.values<Json>(media?.examples ?? {})[0];
  const value = named ? resolve(specDocument(api), named).value : media?.example;
  if (value === undefined) throw new Error('No example for the request body');
  return value;
}

export interface BuiltRequest {
  path: string;
  init: RequestInit & { headers: Record<string, string> };
}

/** A request that satisfies the spec; `overrides` replace parameter values by name. */
export function buildRequest(
  operation: SpecOperation,
  overrides: Record<string, string> = {},
): BuiltRequest {
  let path = operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    const value =
      overrides[parameter.name] ??
      (parameter.in === 'path' || parameter.required
        ? exampleOf(operation.api, parameter)
        : undefined);
    if (value === undefined) continue;
    if (parameter.in === 'path')
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    if (parameter.in === 'query') query.set(parameter.name, String(value));
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (!operation.parameters.some((p) => p.name === name)) query.set(name, value);
  }
  const headers: Record<string, string> = {
    authorization: 'Bearer test-token',
    accept: 'application/json',
  };
  const init: BuiltRequest['init'] = { method: operation.method, headers };
  if (operation.requestBody) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(bodyExample(operation.api, operation.requestBody));
  }
  const search = query.toString();
  return { path: search ? `${path}?${search}` : path, init };
}

/** The first success status an operation declares (`200`, `201`, `204`). */
export const successStatus = (operation: SpecOperation) =>
  operation.statuses.filter((s) => /^2\d\d$/.test(s)).sort()[0] as string;
