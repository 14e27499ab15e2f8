// @ai-gateway/react: TanStack Query hooks, a query-key factory and the invalidation map of each
// API, all read from the spec's operation table. The runtime they call is hand-written
// (packages/react/src/runtime/); everything here is data about operations.
import { groupBy, pascal, quote, renderTree, resourceTree } from '../codegen.ts';
import type { GeneratedFile, PackageTarget } from '../generator.ts';
import {
  callParams,
  type OperationInfo,
  operationDoc,
  operationInfos,
  sdkNames,
} from '../operations.ts';
import { type ApiName, apiNames, type Json } from '../specs.ts';

const camel = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const kebab = (text: string) => text.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

type KeySegment = string | { param: string; shared?: true };

interface InvalidationEntry {
  operationId: string;
  params: string[];
  subtree?: true;
}

interface Operation {
  info: OperationInfo;
  id: string;
  /** Type name prefix the client uses (`ListLogs` → `ListLogsParams`). */
  typeName: string;
  resource: string;
  method: string;
  read: boolean;
  paginated: boolean;
  /** Does the client method take a params object, and must it? */
  hasParams: boolean;
  paramsRequired: boolean;
  hasBody: boolean;
  bodyRequired: boolean;
  /** Reads: `Logs` for `listLogs`, `LogStats` for `getLogStats`. Writes: the operation id. */
  base: string;
}

function describe(info: OperationInfo): Operation {
  const { resource, method } = sdkNames(info);
  const params = callParams(info);
  const read = info.method === 'GET';
  // Reads drop their verb, as React hooks usually do: useLogs, useLog, useLogStats.
  const base = read
    ? pascal(info.operationId.replace(/^(get|list)(?=[A-Z])/, ''))
    : pascal(info.operationId);
  return {
    info,
    id: info.operationId,
    typeName: pascal(info.operationId),
    resource,
    method,
    read,
    paginated: Boolean(info.pagination),
    hasParams: params !== 'none',
    paramsRequired: params === 'required',
    hasBody: Boolean(info.bodySchema),
    bodyRequired: info.bodyRequired,
    base,
  };
}

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');
const paramName = (segment: string) => segment.slice(1, -1);
const isShared = (info: OperationInfo, name: string) =>
  info.pathParameters.some((p) => p.name === name && p.shared);

/**
 * Static path segments that name something: a segment some path ends with, or that a (not shared)
 * parameter follows. The rest (`accounts` before the account id, `ai-gateway`, `api`) only repeat
 * the API's prefix and are left out of the keys.
 */
function namingPrefixes(infos: OperationInfo[]): Set<string> {
  const prefixes = new Set<string>();
  for (const info of infos) {
    const segments = info.path.split('/').filter(Boolean);
    segments.forEach((segment, index) => {
      if (isParam(segment)) return;
      const next = segments[index + 1];
      if (next === undefined || (isParam(next) && !isShared(info, paramName(next))))
        prefixes.add(segments.slice(0, index + 1).join('/'));
    });
  }
  return prefixes;
}

function keySegments(info: OperationInfo, naming: Set<string>): KeySegment[] {
  const segments = info.path.split('/').filter(Boolean);
  return segments.flatMap((segment, index): KeySegment[] => {
    if (isParam(segment)) {
      const name = paramName(segment);
      return [isShared(info, name) ? { param: name, shared: true } : { param: name }];
    }
    return naming.has(segments.slice(0, index + 1).join('/')) ? [segment] : [];
  });
}

/** A write's `x-invalidates`, checked against the operations it names. */
function invalidationsOf(write: Operation, reads: Map<string, Operation>): InvalidationEntry[] {
  const entries: Json = write.info.operation['x-invalidates'];
  if (!Array.isArray(entries)) {
    throw new Error(
      `${write.id} is a write without x-invalidates: list the read operations whose data it changes (or [] for none)`,
    );
  }
  const own = write.info.pathParameters.map((p) => p.name);
  return entries.map((entry: Json): InvalidationEntry => {
    const target = reads.get(entry.operationId);
    if (!target)
      throw new Error(
        `${write.id}: x-invalidates names ${entry.operationId}, not a read operation`,
      );
    const params: string[] = entry.params ?? [];
    const targetParams = target.info.pathParameters.map((p) => p.name);
    for (const name of params) {
      if (!own.includes(name) || !targetParams.includes(name))
        throw new Error(
          `${write.id}: x-invalidates carries ${name} to ${target.id}, but both need that path parameter`,
        );
      if (isShared(write.info, name))
        throw new Error(
          `${write.id}: ${name} is shared by every call and always carried over; do not list it`,
        );
    }
    const unknown = Object.keys(entry).filter(
      (k) => !['operationId', 'params', 'subtree'].includes(k),
    );
    if (unknown.length > 0)
      throw new Error(`${write.id}: unknown x-invalidates fields ${unknown.join(', ')}`);
    return {
      operationId: target.id,
      params,
      ...(entry.subtree === true ? { subtree: true as const } : {}),
    };
  });
}

function readNames(op: Operation) {
  const lower = camel(op.base);
  return {
    hook: `use${op.base}`,
    suspense: `useSuspense${op.base}`,
    infinite: `useInfinite${op.base}`,
    options: `${lower}QueryOptions`,
    infiniteOptions: `${lower}InfiniteQueryOptions`,
    page: `${op.base}Page`,
  };
}

function exportsOf(op: Operation): string[] {
  if (!op.read) return [`use${op.base}`];
  const n = readNames(op);
  return [n.hook, n.suspense, n.options, ...(op.paginated ? [n.infinite, n.infiniteOptions] : [])];
}

const doc = (op: Operation) => operationDoc(op.info);

const paramsType = (op: Operation, skippable: boolean) =>
  `Api.${op.typeName}Params${skippable ? ' | SkipToken' : ''}`;

const paramsArgument = (op: Operation, skippable: boolean) =>
  op.hasParams
    ? `params${op.paramsRequired ? '' : '?'}: ${paramsType(op, skippable)}`
    : `params?: Record<string, never>${skippable ? ' | SkipToken' : ''}`;

const resultType = (op: Operation) =>
  op.paginated ? readNames(op).page : `Api.${op.typeName}Result`;

function clientCall(op: Operation, args: string[]): string {
  return `client.${op.resource}.${op.method}(${args.join(', ')})`;
}

function readModule(api: ApiName, op: Operation, clientType: string, useClient: string): string[] {
  const n = readNames(op);
  const data = resultType(op);
  const params = op.hasParams
    ? `Api.${op.typeName}Params${op.paramsRequired ? '' : ' | undefined'}`
    : 'Record<string, never> | undefined';
  const call = clientCall(op, op.hasParams ? ['params', 'options'] : ['options']);
  const lines = [
    '',
    `// ${op.id}: ${doc(op)}`,
    '',
    op.paginated
      ? `const ${op.id}: ListOperation<${clientType}, ${params}, Api.${op.typeName}Item, Api.${op.typeName}Response> = {`
      : `const ${op.id}: ReadOperation<${clientType}, ${params}, ${data}> = {`,
    `  api: ${quote(api)},`,
    `  key: keySpecs.${op.id},`,
    ...(op.info.pagination ? [`  paging: { style: ${quote(op.info.pagination.style)} },`] : []),
    `  fetch: (client, ${op.hasParams ? 'params' : '_params'}, options) => ${call},`,
    '};',
    '',
    `/** Query options of ${op.id}${op.paginated ? ' (one page)' : ''}, for \`prefetchQuery\`, \`ensureQueryData\` and server rendering. */`,
    `export const ${n.options} = (client: ${clientType}, ${paramsArgument(op, true)}, request?: CallOptions) =>`,
    `  ${op.paginated ? 'listQueryOptions' : 'readQueryOptions'}(${op.id}, client, params, request);`,
    '',
    `/** ${doc(op)} */`,
    `export function ${n.hook}<TData = ${data}>(`,
    `  ${paramsArgument(op, true)},`,
    `  options?: QueryHookOptions<${data}, TData>,`,
    `): UseQueryResult<TData, ClientError> {`,
    `  return useReadQuery(${n.options}(${useClient}(), params, options?.request), options);`,
    '}',
    '',
    `/** ${doc(op)} — suspends until the data is there. */`,
    `export function ${n.suspense}<TData = ${data}>(`,
    `  ${paramsArgument(op, false)},`,
    `  options?: SuspenseQueryHookOptions<${data}, TData>,`,
    `): UseSuspenseQueryResult<TData, ClientError> {`,
    `  return useSuspenseReadQuery(${n.options}(${useClient}(), params, options?.request), options);`,
    '}',
  ];
  if (op.paginated) {
    lines.push(
      '',
      `/** Infinite query options of ${op.id}: each page from the client, no page past the last. */`,
      `export const ${n.infiniteOptions} = (client: ${clientType}, ${paramsArgument(op, true)}, request?: CallOptions) =>`,
      `  infiniteListQueryOptions(${op.id}, client, params, request);`,
      '',
      `/** ${doc(op)} — page after page, as \`fetchNextPage()\` asks. */`,
      `export function ${n.infinite}<TData = InfiniteData<${data}, number>>(`,
      `  ${paramsArgument(op, true)},`,
      `  options?: InfiniteQueryHookOptions<${data}, TData>,`,
      `): UseInfiniteQueryResult<TData, ClientError> {`,
      `  return useInfiniteReadQuery(${n.infiniteOptions}(${useClient}(), params, options?.request), options);`,
      '}',
    );
  }
  return lines;
}

function writeModule(
  api: ApiName,
  op: Operation,
  entries: InvalidationEntry[],
  clientType: string,
  useClient: string,
): string[] {
  const variables: string[] = [];
  const args: string[] = [];
  if (op.hasParams) {
    variables.push(paramsArgument(op, false));
    args.push('variables.params');
  }
  if (op.hasBody) {
    variables.push(`body${op.bodyRequired ? '' : '?'}: Api.${op.typeName}Body`);
    args.push('variables.body');
  }
  args.push('options');
  const name = `${op.typeName}Variables`;
  const summary = entries
    .map((e) => `${e.operationId}(${e.params.join(', ')})${e.subtree ? ' and its subtree' : ''}`)
    .join(', ');
  return [
    '',
    `// ${op.id}: ${doc(op)}`,
    '',
    // A write with neither parameters nor body (deleting the account's auto top-up) is sent with `{}`.
    ...(variables.length > 0
      ? [`export interface ${name} {`, ...variables.map((v) => `  ${v};`), '}']
      : [`export type ${name} = Record<string, never>;`]),
    '',
    `const ${op.id}: WriteOperation<${clientType}, ${name}, Api.${op.typeName}Result> = {`,
    `  api: ${quote(api)},`,
    '  keySpecs,',
    `  invalidates: invalidations.${op.id},`,
    `  send: (client, variables, options) => ${clientCall(op, args)},`,
    '};',
    '',
    `/**`,
    ` * ${doc(op)}`,
    ` *`,
    ` * On success it invalidates ${summary || 'nothing'}.`,
    ` */`,
    `export function use${op.base}<TOnMutateResult = unknown>(`,
    `  options?: MutationHookOptions<Api.${op.typeName}Result, ${name}, TOnMutateResult>,`,
    `): UseMutationResult<Api.${op.typeName}Result, ClientError, ${name}, TOnMutateResult> {`,
    `  return useInvalidatingMutation(${op.id}, ${useClient}(), options);`,
    '}',
  ];
}

function resourceModule(
  api: ApiName,
  ops: Operation[],
  invalidations: Map<string, InvalidationEntry[]>,
): string {
  const Api = pascal(api);
  const clientType = `Api.${Api}Client`;
  const useClient = `use${Api}Client`;
  const reads = ops.filter((o) => o.read);
  const writes = ops.filter((o) => !o.read);
  const paginated = reads.filter((o) => o.paginated);
  const plain = reads.filter((o) => !o.paginated);
  const tanstack = [
    ...(paginated.length > 0 ? ['type InfiniteData', 'type UseInfiniteQueryResult'] : []),
    ...(reads.length > 0
      ? ['type SkipToken', 'type UseQueryResult', 'type UseSuspenseQueryResult']
      : []),
    ...(writes.length > 0 ? ['type UseMutationResult'] : []),
  ];
  const runtime = [
    ...(reads.length > 0
      ? [
          'type CallOptions',
          'type QueryHookOptions',
          'type SuspenseQueryHookOptions',
          'useReadQuery',
          'useSuspenseReadQuery',
        ]
      : []),
    ...(plain.length > 0 ? ['type ReadOperation', 'readQueryOptions'] : []),
    ...(paginated.length > 0
      ? [
          'type InfiniteQueryHookOptions',
          'infiniteListQueryOptions',
          'type ListOperation',
          'listQueryOptions',
          'useInfiniteReadQuery',
        ]
      : []),
    ...(writes.length > 0
      ? ['type MutationHookOptions', 'useInvalidatingMutation', 'type WriteOperation']
      : []),
    'type ClientError',
  ];
  const sortNames = (names: string[]) =>
    [...new Set(names)].sort((a, b) =>
      a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')),
    );
  const pages = paginated.map((o) => readNames(o).page);
  return [
    `import type * as Api from '@ai-gateway/client/${api}';`,
    `import { ${sortNames(tanstack).join(', ')} } from '@tanstack/react-query';`,
    `import { ${sortNames(runtime).join(', ')} } from '../../runtime/index.js';`,
    `import { ${useClient} } from './context.js';`,
    ...(writes.length > 0 ? [`import { invalidations } from './invalidation.js';`] : []),
    `import { ${[...pages.map((p) => `type ${p}`), 'keySpecs'].join(', ')} } from './keys.js';`,
    ...ops.flatMap((op) =>
      op.read
        ? readModule(api, op, clientType, useClient)
        : writeModule(api, op, invalidations.get(op.id) ?? [], clientType, useClient),
    ),
  ].join('\n');
}

function keysModule(api: ApiName, ops: Operation[], segments: Map<string, KeySegment[]>): string {
  const reads = ops.filter((o) => o.read);
  const paginated = reads.filter((o) => o.paginated);
  const keyFn = (op: Operation, infinite: boolean) => {
    const data = infinite ? `InfiniteData<${readNames(op).page}, number>` : resultType(op);
    // An explicit return type keeps the declaration files naming `Key` instead of inlining
    // TanStack's tag symbols, which they could not import.
    return `(${paramsArgument(op, false)}): Key<${data}> =>\n      operationKey(${quote(api)}, keySpecs.${op.id}, params${infinite ? ', true' : ''})`;
  };
  return [
    `import type * as Api from '@ai-gateway/client/${api}';`,
    ...(paginated.length > 0 ? [`import type { InfiniteData } from '@tanstack/react-query';`] : []),
    `import { type Key, type KeySpec, ${paginated.length > 0 ? 'type ListPage, ' : ''}operationKey, rootKey } from '../../runtime/index.js';`,
    '',
    ...paginated.flatMap((op) => [
      `/** One page of ${op.id}: the client's page as plain data. */`,
      `export type ${readNames(op).page} = ListPage<Api.${op.typeName}Item, Api.${op.typeName}Response>;`,
    ]),
    '',
    `/** Where each read operation's queries sit in the key tree, from its path in the spec. */`,
    'export const keySpecs = {',
    ...reads.map(
      (op) =>
        `  ${op.id}: { operationId: ${quote(op.id)}, segments: ${JSON.stringify(segments.get(op.id))} },`,
    ),
    '} as const satisfies Record<string, KeySpec>;',
    '',
    `/**`,
    ` * Query keys of the ${api} API, one function per read operation, grouped like the client's resources.`,
    ` * Keys are hierarchical (\`['ai-gateway', '${api}', ...path, { operation, query? }]\`): pass a key's`,
    ` * \`subtreeOf(key)\` to \`invalidateQueries\` for everything under it. A key built without query`,
    ` * parameters also matches, as a filter, every variant of its operation (any filters, page or infinite).`,
    ` */`,
    `export const ${api}Keys = {`,
    `  /** Every query of the ${api} API. */`,
    `  all: [rootKey, ${quote(api)}] as const,`,
    ...renderTree(
      resourceTree(reads, (op) => op.resource),
      1,
      (members, depth) => {
        const indent = '  '.repeat(depth);
        return members.flatMap((op) => [
          `${indent}/** ${doc(op)} */`,
          `${indent}${op.method}: ${keyFn(op, false)},`,
          ...(op.paginated ? [`${indent}${op.method}Infinite: ${keyFn(op, true)},`] : []),
        ]);
      },
      '},',
    ),
    '};',
  ].join('\n');
}

function invalidationModule(
  api: ApiName,
  writes: Operation[],
  map: Map<string, InvalidationEntry[]>,
): string {
  return [
    "import type { InvalidationTarget } from '../../runtime/index.js';",
    '',
    `/**`,
    ` * What each write operation of the ${api} API invalidates, from its \`x-invalidates\` in the spec:`,
    ` * read operations whose queries hold data the write changes, the path parameters that must match`,
    ` * (the others and all query parameters match anything), and whether the subtree under them goes too.`,
    ` */`,
    `export const ${api}Invalidations = {`,
    ...writes.map((op) => `  ${op.id}: ${JSON.stringify(map.get(op.id) ?? [])},`),
    '} as const satisfies Record<string, readonly InvalidationTarget[]>;',
    '',
    `export const invalidations: Readonly<Record<keyof typeof ${api}Invalidations, readonly InvalidationTarget[]>> =`,
    `  ${api}Invalidations;`,
  ].join('\n');
}

function contextModule(api: ApiName): string {
  const Api = pascal(api);
  return [
    `import type { ${Api}Client } from '@ai-gateway/client/${api}';`,
    "import { createElement } from 'react';",
    "import { ApiClientProvider, type ClientProviderProps, useApiClient } from '../../runtime/index.js';",
    '',
    `/** Hands a ${api} client to the hooks below it: \`<${Api}Provider client={client}>\`. */`,
    `export function ${Api}Provider({ client, children }: ClientProviderProps<${Api}Client>) {`,
    `  return createElement(ApiClientProvider, { api: ${quote(api)}, client }, children);`,
    '}',
    '',
    `/** The client of the nearest \`${Api}Provider\`. */`,
    `export function use${Api}Client(): ${Api}Client {`,
    `  return useApiClient<${Api}Client>(${quote(api)}, '${Api}Provider');`,
    '}',
  ].join('\n');
}

function hookTableModule(api: ApiName, ops: Operation[]): string {
  const kind = (op: Operation) => (op.read ? (op.paginated ? 'infinite' : 'query') : 'mutation');
  return [
    `/** Every operation of the ${api} spec and the exports of this entry point that serve it. */`,
    `export const ${api}Hooks = {`,
    ...ops.map(
      (op) =>
        `  ${op.id}: { kind: ${quote(kind(op))}, exports: ${JSON.stringify(exportsOf(op))} },`,
    ),
    "} as const satisfies Record<string, { kind: 'query' | 'infinite' | 'mutation'; exports: readonly string[] }>;",
  ].join('\n');
}

function generateApi(api: ApiName, document: Json): GeneratedFile[] {
  const infos = operationInfos(document);
  const ops = infos.map(describe);
  const reads = new Map(ops.filter((o) => o.read).map((o) => [o.id, o]));
  const writes = ops.filter((o) => !o.read);
  for (const op of reads.values()) {
    if (op.info.operation['x-invalidates'])
      throw new Error(`${op.id} is a read; only writes take x-invalidates`);
  }
  const names = ops.flatMap(exportsOf);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`${api}: two operations would export ${duplicate}`);

  const naming = namingPrefixes(infos);
  const segments = new Map([...reads.values()].map((op) => [op.id, keySegments(op.info, naming)]));
  const invalidations = new Map(writes.map((op) => [op.id, invalidationsOf(op, reads)]));

  // A nested resource (`customProviders.costs`) shares its parent's file.
  const byResource = groupBy(ops, (op) => op.resource.split('.')[0] ?? op.resource);
  const resourceFiles = [...byResource.entries()].map(
    ([resource, members]): GeneratedFile => ({
      api,
      path: `${api}/${kebab(resource)}.ts`,
      contents: resourceModule(api, members, invalidations),
    }),
  );
  const keyExports = [
    `${api}Keys`,
    `keySpecs as ${api}KeySpecs`,
    ...ops.filter((o) => o.paginated).map((o) => `type ${readNames(o).page}`),
  ];
  const index = [
    "export * from './context.js';",
    "export * from './hooks.js';",
    `export { ${api}Invalidations } from './invalidation.js';`,
    `export { ${keyExports.join(', ')} } from './keys.js';`,
    ...[...byResource.keys()].map((resource) => `export * from './${kebab(resource)}.js';`),
  ].join('\n');
  return [
    { api, path: `${api}/context.ts`, contents: contextModule(api) },
    { api, path: `${api}/hooks.ts`, contents: hookTableModule(api, ops) },
    {
      api,
      path: `${api}/invalidation.ts`,
      contents: invalidationModule(api, writes, invalidations),
    },
    { api, path: `${api}/keys.ts`, contents: keysModule(api, ops, segments) },
    { api, path: `${api}/index.ts`, contents: index },
    ...resourceFiles,
  ];
}

const target: PackageTarget = {
  packageDir: 'packages/react',
  generate({ specs }) {
    return apiNames.flatMap((api) => generateApi(api, specs[api]));
  },
};

export default target;
