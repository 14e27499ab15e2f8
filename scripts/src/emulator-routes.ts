// The emulator's route table: for each operation, how to match its request and how to read its
// query string back into typed values, so that the compiled request validators can check it.
import { quote } from './codegen.ts';
import { logFields, type OperationInfo, operationInfos, queryEncoding } from './operations.ts';
import { type ApiName, type Json, resolve, successStatus } from './specs.ts';

const scalarKinds = ['string', 'number', 'integer', 'boolean', 'null'] as const;
type ScalarKind = (typeof scalarKinds)[number];

interface ValueShape {
  kinds: ScalarKind[];
  list: boolean;
}

/** The scalar types a schema admits, looking through `type` lists, `oneOf`/`anyOf` and `enum`. */
function kindsOf(document: Json, node: Json): ScalarKind[] {
  const schema = resolve(document, node ?? {});
  const found = new Set<ScalarKind>();
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  for (const type of types) if (scalarKinds.includes(type)) found.add(type);
  for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
    for (const kind of kindsOf(document, branch)) found.add(kind);
  if (found.size === 0 && Array.isArray(schema.enum))
    for (const value of schema.enum)
      found.add(value === null ? 'null' : (typeof value as ScalarKind));
  return [...found];
}

function valueShape(document: Json, node: Json): ValueShape {
  const schema = resolve(document, node ?? {});
  const isList =
    schema.type === 'array' || (Array.isArray(schema.type) && schema.type[0] === 'array');
  return isList
    ? { kinds: kindsOf(document, schema.items), list: true }
    : { kinds: kindsOf(document, schema), list: false };
}

function queryShape(document: Json, parameter: Json) {
  const encoding = queryEncoding(document, parameter);
  const schema = resolve(document, parameter.schema ?? {});
  if (encoding === 'prefixed') {
    const values = resolve(document, schema.additionalProperties ?? {});
    return { encoding, prefix: parameter['x-query-prefix'], ...valueShape(document, values) };
  }
  if (encoding !== 'dotted') {
    const shape = { encoding, ...valueShape(document, schema) };
    return schema.default === undefined ? shape : { ...shape, default: schema.default };
  }
  const item = resolve(document, schema.items ?? {});
  const fields = Object.fromEntries(
    Object.entries<Json>(item.properties ?? {}).map(([name, field]) => [
      name,
      valueShape(document, field),
    ]),
  );
  return { encoding, list: true, fields };
}

function route(document: Json, info: OperationInfo, api: ApiName): string {
  const status = successStatus(info.operation);
  if (!status) throw new Error(`${info.operationId} has no success response`);
  const entries = {
    operationId: info.operationId,
    method: info.method,
    path: info.path,
    pathParams: info.pathParameters.map((p) => p.name),
    query: Object.fromEntries(
      info.queryParameters.map((p) => [p.name, queryShape(document, p.parameter)]),
    ),
    body: info.bodySchema ? (info.bodyRequired ? 'required' : 'optional') : 'none',
    successStatus: Number(status),
    ...(Object.keys(logFields(info)).length > 0 ? { logFields: logFields(info) } : {}),
  };
  const lines = [`  {`];
  for (const [key, value] of Object.entries(entries)) {
    if (key !== 'query' || Object.keys(value as object).length === 0) {
      lines.push(`    ${key}: ${JSON.stringify(value)},`);
      continue;
    }
    // One parameter a line, so that a spec change to one parameter is a one-line diff.
    lines.push(`    query: {`);
    for (const [name, shape] of Object.entries(value as object))
      lines.push(`      ${quote(name)}: ${JSON.stringify(shape)},`);
    lines.push(`    },`);
  }
  lines.push(`    request: ${info.operationId}Validators,`, `  },`);
  return `  /** \`${info.method} ${info.path}\` (${api}) */\n${lines.join('\n')}`;
}

/** `src/generated/emulator/<api>.ts`: every operation of the spec, in spec order. */
export function emulatorRoutesModule(api: ApiName, document: Json): string {
  const infos = operationInfos(document);
  const validators = infos.map((info) => `  ${info.operationId}Validators,`);
  return [
    `import {`,
    ...validators,
    `} from '@ai-gateway/validators/${api}/requests';`,
    `import type { RouteDescriptor } from '../../emulator/core/routes.ts';`,
    '',
    `/** Every operation of the ${api} spec, as the emulator matches and checks it. */`,
    `export const ${api}Routes = [`,
    ...infos.map((info) => route(document, info, api)),
    `] as const satisfies readonly RouteDescriptor[];`,
    '',
    `/** The operationId of every ${api} operation. */`,
    `export type ${api === 'cloudflare' ? 'Cloudflare' : 'Bifrost'}OperationId = (typeof ${api}Routes)[number]['operationId'];`,
    '',
    `/** The operationIds, for checks that every operation has a handler. */`,
    `export const ${api}OperationIds = [${infos.map((i) => quote(i.operationId)).join(', ')}] as const;`,
  ].join('\n');
}
