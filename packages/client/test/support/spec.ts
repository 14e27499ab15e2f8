// The specs as the mock server serves them (the copies bundled in @ai-gateway/testing), read
// directly: what a test can take from them (example ids, bodies and answers, the vendor
// extensions) it does not restate. Deliberately independent of the generated code under test.
import { readFileSync } from 'node:fs';
import { type ApiName, specFile } from '@ai-gateway/testing';
import { parse } from 'yaml';

export type { ApiName };

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked generically.
type Json = any;

const documents = new Map<ApiName, Json>();

export function specDocument(api: ApiName): Json {
  let document = documents.get(api);
  if (!document) {
    document = parse(readFileSync(specFile(api), 'utf8'));
    documents.set(api, document);
  }
  return document;
}

/** A node with its local `$ref`s followed. */
export function resolve(document: Json, node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((at: Json, segment) => at?.[segment], document);
  }
  return current;
}

/** Reads `a.b.c` from a value; '' gives the value itself. */
export function valueAt(value: unknown, dotted: string): unknown {
  if (dotted === '') return value;
  return dotted
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value);
}

interface SpecOperation {
  path: string;
  operation: Json;
  /** Path-level and operation-level parameters, resolved. */
  parameters: Json[];
}

export function specOperation(api: ApiName, operationId: string): SpecOperation {
  const document = specDocument(api);
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (method === 'parameters' || operation?.operationId !== operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
        (parameter: Json) => resolve(document, parameter),
      );
      return { path, operation, parameters };
    }
  }
  throw new Error(`${operationId} is missing from the ${api} spec`);
}

/** The value of a parameter's, or a media type's, `example` or first named example. */
function exampleOf(api: ApiName, holder: Json, what: string): unknown {
  if (holder && 'example' in holder) return holder.example;
  const named = Object.values<Json>(holder?.examples ?? {})[0];
  if (named === undefined) throw new Error(`The ${api} spec has no example for ${what}`);
  return resolve(specDocument(api), named).value;
}

/** The spec's example value of each path parameter of an operation. */
export function pathExample(api: ApiName, operationId: string): Record<string, string> {
  const { parameters } = specOperation(api, operationId);
  return Object.fromEntries(
    parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [
        parameter.name,
        String(exampleOf(api, parameter, `${operationId} path.${parameter.name}`)),
      ]),
  );
}

function jsonContent(api: ApiName, holder: Json): Json {
  const resolved = resolve(specDocument(api), holder);
  const type = Object.keys(resolved?.content ?? {}).find((t) => t.includes('json'));
  return type ? resolved.content[type] : undefined;
}

/** A named example of an operation's request body (the first when no name is given). */
export function bodyExample(api: ApiName, operationId: string, name?: string): unknown {
  const { operation } = specOperation(api, operationId);
  const content = jsonContent(api, operation.requestBody);
  if (name === undefined) return exampleOf(api, content, `the ${operationId} body`);
  const example = content?.examples?.[name];
  if (!example) throw new Error(`${operationId} has no body example named ${name}`);
  return resolve(specDocument(api), example).value;
}

/** The top-level properties of an operation's request body schema; none without a body. */
export function bodyProperties(api: ApiName, operationId: string): string[] {
  const { operation } = specOperation(api, operationId);
  const content = operation.requestBody && jsonContent(api, operation.requestBody);
  if (!content) return [];
  return Object.keys(resolve(specDocument(api), content.schema).properties ?? {});
}

/** The status of an operation's success answer: 200, or the other 2xx the spec has (201). */
export function successStatus(api: ApiName, operationId: string): number {
  const { operation } = specOperation(api, operationId);
  return Number(Object.keys(operation.responses).find((status) => /^2\d\d$/.test(status)) ?? 200);
}

/** The body of the success response as the mock server answers it: the first example. */
export function servedExample(api: ApiName, operationId: string): unknown {
  const { operation } = specOperation(api, operationId);
  const success = String(successStatus(api, operationId));
  return exampleOf(
    api,
    jsonContent(api, operation.responses[success]),
    `the ${operationId} answer`,
  );
}
