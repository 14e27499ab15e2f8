import { pascal, propertyKey, quote, renderTree, resourceTree } from '../codegen.ts';
import type { GeneratedFile, PackageTarget } from '../generator.ts';
import {
  callParams,
  logFields,
  type OperationInfo,
  operationDoc,
  operationInfos,
  queryEncoding,
  sdkNames,
} from '../operations.ts';
import { type ApiName, apiNames, type Json, resolve, successStatus } from '../specs.ts';

const access = (dotted: string) =>
  dotted === ''
    ? ''
    : dotted
        .split('.')
        .map((segment) => `[${quote(segment)}]`)
        .join('');

/** A TypeScript type for the items of a comma-separated list parameter. */
function commaItemType(document: Json, parameter: Json): string {
  const items = resolve(document, resolve(document, parameter.schema)['x-comma-list'].items ?? {});
  return Array.isArray(items.enum)
    ? items.enum.map((v: unknown) => JSON.stringify(v)).join(' | ')
    : 'string';
}

function successOf(info: OperationInfo): string {
  const status = successStatus(info.operation);
  if (!status) throw new Error(`${info.operationId} has no success response`);
  return status;
}

function descriptor(document: Json, info: OperationInfo): string {
  const op = info.operation;
  const query = Object.fromEntries(
    info.queryParameters.map((p) => [p.name, queryEncoding(document, p.parameter)]),
  );
  // The server pairs repeated dotted keys by position: the client sends each entry's fields in
  // the spec's order, and refuses fields the spec does not name.
  const dotted = info.queryParameters.filter((p) => query[p.name] === 'dotted');
  const dottedFields = Object.fromEntries(
    dotted.map((p) => {
      const items = resolve(document, resolve(document, p.parameter.schema ?? {}).items ?? {});
      return [p.name, Object.keys(items.properties ?? {})];
    }),
  );
  const prefixed = info.queryParameters.filter((p) => query[p.name] === 'prefixed');
  const queryPrefixes = Object.fromEntries(
    prefixed.map((p) => [p.name, p.parameter['x-query-prefix']]),
  );
  const matchedFields = logFields(info);
  const pagination = info.pagination;
  const entries: Record<string, unknown> = {
    operationId: info.operationId,
    method: info.method,
    path: info.path,
    pathParams: info.pathParameters.map((p) => p.name),
    query,
    ...(dotted.length > 0 ? { dottedFields } : {}),
    ...(prefixed.length > 0 ? { queryPrefixes } : {}),
    ...(Object.keys(matchedFields).length > 0 ? { logFields: matchedFields } : {}),
    body: info.bodySchema ? (info.bodyRequired ? 'required' : 'optional') : 'none',
    successStatus: Number(successOf(info)),
    unwrap: op['x-unwrap'] ?? '',
  };
  if (pagination) {
    const { sizeParameter, ...where } = pagination;
    entries.pagination = {
      ...where,
      sizeParam: sizeParameter.name,
      defaultSize: resolve(document, sizeParameter.parameter.schema ?? {}).default,
    };
  }
  if (op['x-bulk-delete']) entries.bulkDelete = op['x-bulk-delete'];
  if (op['x-confirm']) entries.confirm = confirmFlag(info);
  const fields = JSON.stringify(entries).slice(1, -1);
  return [
    `/** \`${info.method} ${info.path}\` */`,
    `export const ${info.operationId} = { ${fields}, request: ${info.operationId}Validators } as const satisfies OperationDescriptor;`,
  ].join('\n');
}

/** The spec's first server, its variables at their defaults. */
function serverUrl(document: Json): string {
  const server = document.servers?.[0];
  if (!server) throw new Error('The spec names no server');
  return server.url.replace(
    /\{([^}]+)\}/g,
    (_: string, name: string) => server.variables?.[name]?.default ?? '',
  );
}

function operationTable(api: ApiName, document: Json, infos: OperationInfo[]): string {
  const validators = infos.map((info) => `${info.operationId}Validators`).join(', ');
  return [
    "import type { OperationDescriptor } from '../../core/descriptor.js';",
    `import { ${validators} } from '@ai-gateway/validators/${api}/requests';`,
    '',
    `/** Where the ${api} API is served unless the client is told otherwise. */`,
    `export const serverUrl = ${quote(serverUrl(document))};`,
    '',
    ...infos.map((info) => descriptor(document, info)),
    '',
    `/** Every operation of the ${api} spec: how to build its request and read its answer. */`,
    `export const operations = { ${infos.map((info) => info.operationId).join(', ')} };`,
  ].join('\n');
}

/** The params flag that confirms an `x-confirm` operation. */
function confirmFlag(info: OperationInfo): string {
  const flag = info.operation['x-confirm']?.flag;
  if (typeof flag !== 'string' || !/^[a-z][A-Za-z]*$/.test(flag))
    throw new Error(`${info.operationId}: x-confirm needs a flag, the name of a params field`);
  if ([...info.pathParameters, ...info.queryParameters].some((p) => p.name === flag))
    throw new Error(`${info.operationId}: x-confirm flag ${flag} is also a parameter's name`);
  return flag;
}

interface Signature {
  resource: string;
  typeNames: string[];
  typeLines: string[];
  /** The method in the resource interface. */
  method: string;
  /** A standalone function, importable on its own. */
  fn: string;
  /** The resource method, delegating to the function. */
  implementation: string;
}

function signature(document: Json, info: OperationInfo): Signature {
  const id = info.operationId;
  const name = pascal(id);
  const op = `Operations[${quote(id)}]`;
  const lines: string[] = [];
  const shared = info.pathParameters.filter((p) => p.shared);
  const commaParams = info.queryParameters.filter(
    (p) => queryEncoding(document, p.parameter) === 'comma',
  );
  const bulkDelete = info.operation['x-bulk-delete'];

  const paramParts: string[] = [];
  if (info.pathParameters.length > 0) {
    const omitted = shared.map((p) => quote(p.name)).join(' | ') || 'never';
    paramParts.push(`Omit<${op}['parameters']['path'], ${omitted}>`);
  }
  if (shared.length > 0) {
    paramParts.push(`{ ${shared.map((p) => `${propertyKey(p.name)}?: string`).join('; ')} }`);
  }
  if (info.queryParameters.length > 0) {
    const query = `NonNullable<${op}['parameters']['query']>`;
    if (commaParams.length > 0) {
      paramParts.push(`Omit<${query}, ${commaParams.map((p) => quote(p.name)).join(' | ')}>`);
      // One value alone, or an array: a comma-joined string of an enum's values would not be
      // checked by the compiler, so the string form takes a single value of the enum.
      const commaType = (p: (typeof commaParams)[number]) => {
        const item = commaItemType(document, p.parameter);
        return `${item} | readonly (${item})[]`;
      };
      paramParts.push(
        `{ ${commaParams.map((p) => `${propertyKey(p.name)}?: ${commaType(p)}`).join('; ')} }`,
      );
    } else {
      paramParts.push(query);
    }
  }
  if (bulkDelete) {
    paramParts.push(
      `{ /** Required to send a delete without any ${bulkDelete.filter}: it removes every matching log. */ ${bulkDelete.confirm}?: true }`,
    );
  }
  if (info.operation['x-confirm']) {
    paramParts.push(
      `{ /** Required: this call moves money or removes a spending cap, and is sent only when confirmed. */ ${confirmFlag(info)}: true }`,
    );
  }
  const params = callParams(info);
  const typeNames: string[] = [];
  if (params !== 'none') {
    // Optional params take `undefined` too, for callers compiling with exactOptionalPropertyTypes.
    lines.push(`export type ${name}Params = AllowUndefined<${paramParts.join(' & ')}>;`);
    typeNames.push(`${name}Params`);
  }
  if (info.bodySchema) {
    lines.push(
      `export type ${name}Body = NonNullable<${op}['requestBody']>['content']['application/json'];`,
    );
    typeNames.push(`${name}Body`);
  }
  const status = successOf(info);
  const response = `${op}['responses'][${quote(status)}]`;
  const hasContent = Boolean(info.responseSchemas[status]);
  lines.push(
    `export type ${name}Response = ${hasContent ? `${response}['content']['application/json']` : 'undefined'};`,
  );
  const unwrap: string = info.operation['x-unwrap'] ?? '';
  lines.push(`export type ${name}Result = ${name}Response${access(unwrap)};`);
  typeNames.push(`${name}Response`, `${name}Result`);
  const pagination = info.pagination;
  if (pagination) {
    lines.push(
      `export type ${name}Item = NonNullable<${name}Response${access(pagination.items)}>[number];`,
    );
    typeNames.push(`${name}Item`);
  }

  const args: string[] = [];
  const names: string[] = [];
  const argument = (argName: string, optional: boolean, type: string) => {
    args.push(`${argName}${optional ? '?' : ''}: ${type}`);
    names.push(argName);
  };
  if (params !== 'none') argument('params', params === 'optional', `${name}Params`);
  if (info.bodySchema) argument('body', !info.bodyRequired, `${name}Body`);
  argument('options', true, 'RequestOptions');
  // `call` takes the parameters, the body and the options; `paginate` (a list has no body) the
  // parameters and the options.
  const callArgs = [
    params === 'none' ? 'undefined' : 'params',
    ...(pagination ? [] : [info.bodySchema ? 'body' : 'undefined']),
    'options',
  ];
  const returns = pagination
    ? `PagePromise<${name}Item, ${name}Response>`
    : `APIPromise<${name}Result>`;
  // Lists go through `paginate`, a function of its own, so that a bundle without a list leaves
  // the paging code out.
  const body = pagination
    ? `paginate<${name}Item, ${name}Response>(core, operation.${id}, ${callArgs.join(', ')})`
    : `core.call(operation.${id}, ${callArgs.join(', ')}) as ${returns}`;
  const doc = operationDoc(info);
  const { resource, method } = sdkNames(info);
  return {
    resource,
    typeNames,
    typeLines: lines,
    method: `    /** ${doc} */\n    ${method}(${args.join(', ')}): ${returns};`,
    fn: [
      `/** ${doc} */`,
      `export function ${id}(core: ClientCore, ${args.join(', ')}): ${returns} {`,
      `  return ${body};`,
      '}',
    ].join('\n'),
    implementation: `    ${method}: (${names.join(', ')}) => fn.${id}(core, ${names.join(', ')}),`,
  };
}

function functionsModule(api: ApiName, signatures: Signature[]): string {
  return [
    `import type { operations as Operations } from '@ai-gateway/validators/${api}/requests';`,
    "import type { APIPromise } from '../../core/api-promise.js';",
    "import type { ClientCore } from '../../core/client-core.js';",
    "import { paginate } from '../../core/list.js';",
    "import type { AllowUndefined } from '../../core/optional.js';",
    "import type { PagePromise } from '../../core/pagination.js';",
    "import type { RequestOptions } from '../../core/request-options.js';",
    "import * as operation from './operations.js';",
    '',
    ...signatures.flatMap((sig) => [...sig.typeLines, '', sig.fn, '']),
  ].join('\n');
}

function resourcesModule(api: ApiName, signatures: Signature[]): string {
  const tree = resourceTree(signatures, (sig) => sig.resource);
  const interfaceName = `${pascal(api)}Resources`;
  const typeNames = signatures.flatMap((sig) => sig.typeNames);
  // Members are rendered for depth 2; a nested resource indents them further.
  const indented = (text: string, depth: number) =>
    text.replace(/^/gm, '  '.repeat(Math.max(0, depth - 2)));
  return [
    "import type { APIPromise } from '../../core/api-promise.js';",
    "import type { ClientCore } from '../../core/client-core.js';",
    "import type { PagePromise } from '../../core/pagination.js';",
    "import type { RequestOptions } from '../../core/request-options.js';",
    `import type { ${typeNames.join(', ')} } from './functions.js';`,
    "import * as fn from './functions.js';",
    '',
    `/** The ${api} API by resource, one method per operation of the spec. */`,
    `export interface ${interfaceName} {`,
    ...renderTree(
      tree,
      1,
      (members, depth) => members.map((sig) => indented(sig.method, depth)),
      '};',
    ),
    '}',
    '',
    `export function createResources(core: ClientCore): ${interfaceName} {`,
    '  return {',
    ...renderTree(
      tree,
      2,
      (members, depth) => members.map((sig) => indented(sig.implementation, depth)),
      '},',
    ),
    '  };',
    '}',
  ].join('\n');
}

const target: PackageTarget = {
  packageDir: 'packages/client',
  generate({ specs }) {
    const files: GeneratedFile[] = [];
    for (const api of apiNames) {
      const infos = operationInfos(specs[api]);
      const signatures = infos.map((info) => signature(specs[api], info));
      files.push(
        { api, path: `${api}/operations.ts`, contents: operationTable(api, specs[api], infos) },
        { api, path: `${api}/functions.ts`, contents: functionsModule(api, signatures) },
        { api, path: `${api}/resources.ts`, contents: resourcesModule(api, signatures) },
      );
    }
    return files;
  },
};

export default target;
