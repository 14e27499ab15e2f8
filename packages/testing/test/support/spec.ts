// Reads the package's bundled specs and builds, for each operation, a request that satisfies the
// spec: path and required query parameters from their examples, the body from the first example.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Json, operationsOf, resolve } from '../../../../scripts/src/specs.ts';
import { type ApiName, specFile } from '../../src/spec-files.ts';

const documents = new Map<ApiName, Json>();
/** The package's bundled copy of a spec: the document the mock server serves. */
export function specDocument(api: ApiName): Json {
  if (!documents.has(api)) documents.set(api, parse(readFileSync(specFile(api), 'utf8')));
  return documents.get(api);
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
  return operationsOf(document).map(({ method, path, operation, parameters }) => ({
    api,
    operationId: operation.operationId,
    method,
    path,
    parameters,
    requestBody: operation.requestBody && resolve(document, operation.requestBody),
    statuses: Object.keys(operation.responses),
  }));
}

/** One operation by its id; throws when the spec has no such operation. */
export function specOperation(api: ApiName, operationId: string): SpecOperation {
  const found = specOperations(api).find((o) => o.operationId === operationId);
  if (!found) throw new Error(`${operationId} is missing from the ${api} spec`);
  return found;
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
