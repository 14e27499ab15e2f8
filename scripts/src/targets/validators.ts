import { _, type Format } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

// A CommonJS module seen from ESM: its `default` export sits one level down.
const standaloneCode = standaloneModule.default;

import { posix } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { formats } from '../../../packages/validators/src/runtime/formats.ts';
import { propertyKey, quote } from '../codegen.ts';
import type { GeneratedFile, PackageTarget } from '../generator.ts';
import {
  type OperationInfo,
  operationInfos,
  type ParameterInfo,
  parametersSchema,
} from '../operations.ts';
import { type ApiName, apiNames, type Json, pointer, resolve } from '../specs.ts';
import { type SplitModule, splitCompiled } from '../split-compiled.ts';

/** A `$ref` from a generated schema into the spec document registered under the API's name. */
const refTo = (api: ApiName, schemaPointer: string) => ({
  $ref: `${api}#${schemaPointer.split('/').map(encodeURIComponent).join('/')}`,
});

/** Text made fit for a compiled function's name: `LogEntry.v2` → `LogEntry_v2`. */
const identifier = (text: string) => text.replace(/[^A-Za-z0-9_$]/g, '_');

function usedFormats(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) usedFormats(child, found);
  else if (node && typeof node === 'object') {
    if (typeof node.format === 'string' && (node.type || node.$ref === undefined))
      found.add(node.format);
    for (const [key, child] of Object.entries(node))
      if (key !== 'example' && key !== 'examples') usedFormats(child, found);
  }
  return found;
}

// Keywords that only document a schema; compiled code would carry them as dead weight.
const annotationKeywords = new Set([
  'description',
  'title',
  'summary',
  'example',
  'examples',
  'deprecated',
  'externalDocs',
  'discriminator',
  'xml',
  'readOnly',
  'writeOnly',
  'default',
]);
const schemaMapKeywords = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

/** A copy of a schema without annotations; the rules stay identical. */
function withoutAnnotations(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!schema || typeof schema !== 'object') return schema;
  const result: Json = {};
  for (const [key, value] of Object.entries<Json>(schema)) {
    if (annotationKeywords.has(key) || key.startsWith('x-')) continue;
    if (key === 'enum' || key === 'const' || key === 'required') result[key] = value;
    else if (schemaMapKeywords.includes(key)) {
      result[key] = Object.fromEntries(
        Object.entries<Json>(value).map(([name, child]) => [name, withoutAnnotations(child)]),
      );
    } else result[key] = withoutAnnotations(value);
  }
  return result;
}

/** The document with every schema stripped of annotations, structure and pointers unchanged. */
function compilableDocument(node: Json, key?: string): Json {
  if (Array.isArray(node)) return node.map((child) => compilableDocument(child));
  if (!node || typeof node !== 'object') return node;
  if (key === 'schema') return withoutAnnotations(node);
  const result: Json = {};
  for (const [childKey, child] of Object.entries<Json>(node)) {
    if (childKey === 'example' || childKey === 'examples') continue;
    result[childKey] =
      key === 'schemas' ? withoutAnnotations(child) : compilableDocument(child, childKey);
  }
  return result;
}

/**
 * The document with the branches of each tagged union (a `oneOf` / `anyOf` with a
 * `discriminator`) copied inline, with every `$ref` inside them copied inline too (a reference
 * back into a schema being copied stays a reference). Ajv reports the errors of a referenced
 * schema with schema paths inside that schema, so without the copies runtime/issues.ts could not
 * tell which branch an error comes from and would report the errors of every branch instead of
 * those of the branch the tag selects.
 */
function withUnionBranchesInlined(document: Json): Json {
  const copy = (node: Json, inlining: readonly string[] | undefined): Json => {
    if (Array.isArray(node)) return node.map((child) => copy(child, inlining));
    if (!node || typeof node !== 'object') return node;
    const ref = node.$ref;
    if (inlining && typeof ref === 'string' && ref.startsWith('#/') && !inlining.includes(ref)) {
      const { $ref: _, ...siblings } = node;
      const target = copy(pointer(document, decodeURIComponent(ref.slice(1))), [...inlining, ref]);
      if (Object.keys(siblings).length === 0) return target;
      if (siblings.allOf === undefined) return { ...copy(siblings, inlining), allOf: [target] };
    }
    const tagged = node.discriminator !== undefined;
    const result: Json = {};
    for (const [key, value] of Object.entries<Json>(node)) {
      const branches = (key === 'oneOf' || key === 'anyOf') && Array.isArray(value) && tagged;
      result[key] = copy(value, branches ? (inlining ?? []) : inlining);
    }
    return result;
  };
  return copy(document, undefined);
}

/**
 * The schema of each parameter, shared by every operation that takes a parameter with the same
 * rules: a compiled validator is emitted once per distinct schema and referenced from each
 * operation's parameter set, instead of being compiled again inside every one of them.
 */
class ParameterSchemas {
  /** Schemas registered with the compiler under their own names, by name. */
  readonly named = new Map<string, object>();
  readonly #refByContent = new Map<string, object>();
  readonly api: ApiName;
  readonly document: Json;

  constructor(api: ApiName, document: Json) {
    this.api = api;
    this.document = document;
  }

  /**
   * A comma-separated list parameter may also be given as an array (clients join it); each item
   * is then checked against the list's item schema.
   */
  schemaOf(parameter: ParameterInfo): object {
    const { api, document } = this;
    const listItems = resolve(document, parameter.parameter.schema ?? {})['x-comma-list']?.items;
    if (!listItems) {
      return this.#shared(JSON.stringify(pointer(document, parameter.schema)), () =>
        refTo(api, parameter.schema),
      );
    }
    // Inlined: extensions are stripped from the compiled document, so the items cannot be referenced.
    const items = JSON.parse(
      JSON.stringify(listItems).replaceAll('"$ref":"#/', `"$ref":"${api}#/`),
    );
    const schema = { anyOf: [refTo(api, parameter.schema), { type: 'array', items }] };
    const content = JSON.stringify({ list: pointer(document, parameter.schema), items });
    return this.#shared(content, () => {
      const name = `${api}-list-${identifier(parameter.name)}-${this.named.size}`;
      this.named.set(name, schema);
      return { $ref: name };
    });
  }

  #shared(content: string, create: () => object): object {
    let ref = this.#refByContent.get(content);
    if (!ref) {
      ref = create();
      this.#refByContent.set(content, ref);
    }
    return ref;
  }
}

interface Export {
  name: string;
  subject: string;
  type: string;
  schema: object;
}

function checkFormats(api: ApiName, document: Json) {
  for (const format of usedFormats(document)) {
    if (!formats[format])
      throw new Error(`${api}: format "${format}" has no validator in runtime/formats.ts`);
  }
}

/**
 * A compiler holding the API's document, the further schemas that exports reference by name
 * (`named`) and every export, each compiled once: `codeFor` writes Ajv standalone code exporting
 * a validation function for each of the exports it is given, with what they reference.
 */
function compiler(
  api: ApiName,
  document: Json,
  exports: Export[],
  named: ReadonlyMap<string, object>,
): { codeFor(subset: Export[]): string } {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    messages: false,
    validateFormats: true,
    formats: formats as Record<string, Format>,
    inlineRefs: false,
    code: { source: true, esm: true, formats: _`formats` },
  });
  // Ajv2020 always tracks evaluated properties for `unevaluated*`, which the specs never use. The
  // tracking writes a property on every compiled function, a side effect that stops bundlers from
  // dropping validators an application does not import.
  if (/"(unevaluatedProperties|unevaluatedItems|\$dynamicRef)"/.test(JSON.stringify(document))) {
    throw new Error(`${api}: unevaluated* and $dynamicRef need Ajv's evaluation tracking`);
  }
  (ajv.opts as { unevaluated: boolean }).unevaluated = false;
  ajv.addSchema(compilableDocument(withUnionBranchesInlined(document)), api);
  for (const [name, schema] of named) ajv.addSchema(schema, name);
  for (const e of exports) ajv.addSchema(e.schema, e.name);
  return {
    codeFor: (subset) =>
      withPathArguments(
        withCheapLengths(
          withCompactErrors(
            withoutRequires(
              standaloneCode(ajv, Object.fromEntries(subset.map((e) => [e.name, e.name]))),
            ),
          ),
        ),
      ),
  };
}

const operationType = (info: OperationInfo) => `operations[${quote(info.operationId)}]`;

function requestExports(
  api: ApiName,
  infos: OperationInfo[],
  parameters: ParameterSchemas,
): Export[] {
  return infos.flatMap((info) => {
    const op = operationType(info);
    const params: Export = {
      name: `${info.operationId}_params`,
      subject: `${info.operationId} parameters`,
      type: `${op}['parameters']`,
      schema: parametersSchema(info, (p) => parameters.schemaOf(p)),
    };
    if (!info.bodySchema) return [params];
    const body: Export = {
      name: `${info.operationId}_body`,
      subject: `${info.operationId} request body`,
      type: `NonNullable<${op}['requestBody']>['content']['application/json']`,
      schema: refTo(api, info.bodySchema),
    };
    return [params, body];
  });
}

function responseExports(api: ApiName, infos: OperationInfo[]): Export[] {
  return infos.flatMap((info) =>
    Object.entries(info.responseSchemas).map(([status, schemaPointer]) => ({
      name: `${info.operationId}_${identifier(status)}`,
      subject: `${info.operationId} ${status} response`,
      type: `${operationType(info)}['responses'][${quote(status)}]['content']['application/json']`,
      schema: refTo(api, schemaPointer),
    })),
  );
}

function schemaExports(api: ApiName, document: Json): Export[] {
  return Object.keys(document.components?.schemas ?? {}).map((name) => ({
    name: `schema_${identifier(name)}`,
    subject: name,
    type: `components['schemas'][${quote(name)}]`,
    schema: refTo(api, `/components/schemas/${name}`),
  }));
}

/** Ajv's output requires its own runtime helpers; ours are dependency-free ES modules. */
function withoutRequires(code: string): string {
  const replacements: Record<string, string> = {
    'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
    'require("ajv/dist/runtime/equal").default': 'equal',
  };
  let rewritten = code.replace(/^"use strict";\s*/, '');
  for (const [from, to] of Object.entries(replacements)) rewritten = rewritten.replaceAll(from, to);
  if (rewritten.includes('require('))
    throw new Error('Compiled validators still require() a module');
  return rewritten;
}

// An error object as Ajv writes it: strings, names and one nested object (`params`).
const stringLiteral = String.raw`"(?:[^"\\]|\\.)*"`;
const flatObject = String.raw`\{(?:[^{}"]|${stringLiteral})*\}`;
const errorObject = String.raw`\{instancePath(?:[^{}"]|${stringLiteral}|${flatObject})*\}`;
const collectError = new RegExp(
  String.raw`const (err\d+) = (${errorObject});if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}`,
  'g',
);

/**
 * Ajv collects each error it can report with an `if`/`else` that formats to eight lines; one call
 * to the runtime's `appendError` does the same in a fraction of the code a client loads.
 */
const withCompactErrors = (code: string) =>
  code.replace(collectError, 'vErrors = appendError(vErrors, $2);');

/**
 * `minLength` and `maxLength` count code points, which costs a walk over the string; a string of
 * `length` UTF-16 units has between ⌈length / 2⌉ and `length` of them, so the count is only needed
 * when `length` alone cannot decide.
 */
function withCheapLengths(code: string): string {
  let rewritten = code;
  for (const [, alias] of code.matchAll(/const (func\d+) = ucs2length;/g)) {
    const check = new RegExp(String.raw`\b${alias}\(([^()]+)\) ([<>]) (\d+)\b`, 'g');
    rewritten = rewritten.replace(check, (_, value: string, op: string, digits: string) => {
      const limit = Number(digits);
      if (op === '>') return `(${value}.length > ${limit} && ${alias}(${value}) > ${limit})`;
      if (limit === 1) return `${value}.length < 1`;
      return `(${value}.length < ${limit} || (${value}.length < ${2 * limit} && ${alias}(${value}) < ${limit}))`;
    });
  }
  return rewritten;
}

const unusedContext = ['parentData', 'parentDataProperty', 'rootData', 'dynamicAnchors'];
const functionHeader =
  /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}\)\{/g;
// The context object of a nested call: a path expression (it may call `replace`, never holds a
// brace or a semicolon), then the parent, the key, the root and the dynamic anchors.
const context = String.raw`\{instancePath(?::([^;{}]*?))?,parentData(?::[^;{}]*?)?,parentDataProperty(?::[^;{}]*?)?,rootData,dynamicAnchors\}`;
// A whole nested call whose value is a plain name or member expression (`data0[i0]`, `data.id`).
const nestedCall = new RegExp(String.raw`\b(validate\d+)\(([\w$.[\]"]+), ${context}\)`, 'g');
const nestedContext = new RegExp(String.raw`, ${context}\)`, 'g');

/**
 * Ajv passes every nested validator an object of context (the parent, the root, dynamic anchors)
 * that the specs' schemas never read; only the path of the value, for errors, is used, so the
 * path alone is passed. Building that path (`instancePath + '/logs/' + i0`) for every value costs
 * more than the checks of most values, and it is only read when a value is invalid: a nested
 * validator is run first with its caller's path, and only when it fails again with its own,
 * which reports the errors where they are.
 */
function withPathArguments(code: string): string {
  const rewritten = code
    .replace(functionHeader, 'function $1(data, instancePath = ""){')
    .replace(nestedCall, (_, name: string, value: string, path?: string) =>
      path === undefined
        ? `${name}(${value}, instancePath)`
        : `(${name}(${value}, instancePath) || ${name}(${value}, ${path}))`,
    )
    .replace(nestedContext, (_, path = 'instancePath') => `, ${path})`);
  for (const name of unusedContext) {
    const at = rewritten.search(new RegExp(`\\b${name}\\b`));
    if (at >= 0) {
      const excerpt = rewritten.slice(Math.max(0, at - 120), at + 40);
      throw new Error(`Compiled validators still use ${name}, in: ${excerpt}`);
    }
  }
  return rewritten;
}

const runtimeFolder = 'runtime';

/** The runtime folder, relative to a file at `path` inside `src/generated/`. */
const runtimeFrom = (path: string) =>
  posix.relative(posix.dirname(`generated/${path}`), runtimeFolder);

/** The imports of compiled code at `path` (inside `src/generated/`) from the shared runtime. */
function runtimeImports(path: string, code: string): string[] {
  const runtime = runtimeFrom(path);
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(code);
  const json = ['appendError', 'equal', 'ucs2length'].filter(uses);
  return [
    ...(uses('formats') ? [`import { formats } from '${runtime}/formats.js';`] : []),
    ...(json.length > 0 ? [`import { ${json.join(', ')} } from '${runtime}/json.js';`] : []),
  ];
}

/** Compiled code as a module of its own: typed loosely, as Ajv writes plain JavaScript. */
const compiledModule = (path: string, code: string, imports: string[] = []) =>
  ['// @ts-nocheck', ...runtimeImports(path, code), ...imports, '', code].join('\n');

const validator = (e: Export, module?: string) =>
  `/* @__PURE__ */ createValidator<${e.type}>(${quote(e.subject)}, ${module ? `${module}.` : ''}${e.name})`;

interface Member {
  key: string;
  type: string;
  value: string;
}

const member = (key: string, e: Export, module?: string): Member => ({
  key,
  type: `Validator<${e.type}>`,
  value: validator(e, module),
});

/**
 * A constant with an explicit type, member by member: TypeScript only lets `assert(value)` narrow
 * through names declared with a type annotation.
 */
function constant(name: string, doc: string, members: Member[], indent = ''): string {
  const lines = (part: (m: Member) => string) =>
    members.map((m) => `${indent}  ${propertyKey(m.key)}${part(m)}`);
  return [
    `${indent}/** ${doc} */`,
    `${indent}export const ${name}: {`,
    ...lines((m) => `: ${m.type};`),
    `${indent}} = {`,
    ...lines((m) => `: ${m.value},`),
    `${indent}};`,
  ].join('\n');
}

function requestsModule(infos: OperationInfo[], exports: Export[]): string {
  const byName = new Map(exports.map((e) => [e.name, e]));
  return [
    "import { createValidator, type Validator } from '../../runtime/validator.js';",
    "import * as compiled from './compiled-requests.js';",
    "import type { operations } from './types.js';",
    '',
    // One export per operation, so that a bundle importing one operation carries only its checks.
    ...infos.map((info) => {
      const body = byName.get(`${info.operationId}_body`);
      const params = byName.get(`${info.operationId}_params`) as Export;
      const members = [
        member('params', params, 'compiled'),
        ...(body ? [member('body', body, 'compiled')] : []),
      ];
      const doc = `What ${info.operationId} sends: its parameters (\`{ path, query }\`)${body ? ' and its JSON body' : ''}.`;
      return `${constant(`${info.operationId}Validators`, doc, members)}\n`;
    }),
    constant(
      'requestValidators',
      'For every operation: its parameters and its JSON request body.',
      infos.map((info) => ({
        key: info.operationId,
        type: `typeof ${info.operationId}Validators`,
        value: `${info.operationId}Validators`,
      })),
    ),
  ].join('\n');
}

/** The group of the named schemas' validators, beside one group per operation. */
const schemasGroup = '#schemas';

/** Where each module of the split compiled response validators goes, inside the API's folder. */
function compiledModulePath(module: SplitModule): string {
  if (module.group === schemasGroup) return 'compiled-responses/schemas.ts';
  return `compiled-responses/${module.group ?? `shared-${module.key}`}.ts`;
}

const importPath = (from: string, to: string) => {
  const relative = posix.relative(posix.dirname(from), to).replace(/\.ts$/, '.js');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

/** The compiled code of one split module, with its imports from the others. */
function splitModuleCode(
  path: string,
  module: SplitModule,
  paths: Map<string, string>,
  typed?: { imports: string[]; code: string },
): string {
  const imports = [...module.imports].map(
    ([key, names]) =>
      `import { ${names.join(', ')} } from '${importPath(path, paths.get(key) as string)}';`,
  );
  const body = module.statements.map((statement) => {
    const name = /^(?:const|function)\s+([A-Za-z_$][\w$]*)/.exec(statement)?.[1];
    return name && module.exported.has(name) ? `export ${statement}` : statement;
  });
  const code = [...body, ...(typed ? ['', typed.code] : [])].join('\n');
  return compiledModule(path, code, [...(typed?.imports ?? []), ...imports]);
}

/**
 * How the compiled response validators are split. On Node a module costs about a millisecond to
 * load whatever its size, as much as parsing some tens of kilobytes: code that a few operations
 * share is copied into each when the copies add less than 8 KiB, and what at least a quarter of
 * the operations run (the error bodies) is one module, loaded once for all of them.
 */
const splitOptions = (groups: number) => ({
  copyBelow: 8 * 1024,
  commonFrom: Math.max(3, Math.ceil(groups / 4)),
});

/**
 * The typed validators of one operation's responses, appended to its compiled module so that
 * loading them is loading one module.
 */
function operationResponsesCode(path: string, info: OperationInfo, responses: Map<string, Export>) {
  const members = Object.keys(info.responseSchemas).map((status) =>
    member(status, responses.get(`${info.operationId}_${identifier(status)}`) as Export),
  );
  return {
    imports: [
      `import { createValidator, type Validator } from '${runtimeFrom(path)}/validator.js';`,
      "import type { operations } from '../types.js';",
    ],
    code: constant(
      `${info.operationId}Responses`,
      `Each JSON response of ${info.operationId}, by status.`,
      members,
    ),
  };
}

/**
 * The compiled response and schema validators split by who runs them: a module per operation
 * with what only its responses run, one for the named schemas, and one per set of them that
 * share code. Validating one operation's answers loads that operation's code alone.
 */
function compiledResponseModules(
  api: ApiName,
  code: string,
  schemas: Export[],
  responses: Export[],
  infos: OperationInfo[],
): GeneratedFile[] {
  const groups = new Map<string, string[]>([[schemasGroup, schemas.map((e) => e.name)]]);
  for (const e of responses) {
    const operationId = e.name.slice(0, e.name.lastIndexOf('_'));
    groups.set(operationId, [...(groups.get(operationId) ?? []), e.name]);
  }
  const modules = splitCompiled(code, groups, splitOptions(groups.size));
  const paths = new Map(modules.map((m) => [m.key, `${api}/${compiledModulePath(m)}`]));
  const infoById = new Map(infos.map((info) => [info.operationId, info]));
  const responsesByName = new Map(responses.map((e) => [e.name, e]));
  return modules.map((module) => {
    const path = paths.get(module.key) as string;
    const info = module.group === undefined ? undefined : infoById.get(module.group);
    const typed = info && operationResponsesCode(path, info, responsesByName);
    return { api, path, contents: splitModuleCode(path, module, paths, typed) };
  });
}

const responsesPath = (info: OperationInfo) => `./compiled-responses/${info.operationId}.js`;

function responsesModule(infos: OperationInfo[]): string {
  const names = infos.map((info) => `${info.operationId}Responses`);
  return [
    ...infos.map(
      (info) => `import { ${info.operationId}Responses } from '${responsesPath(info)}';`,
    ),
    '',
    `export { ${names.join(', ')} };`,
    '',
    constant(
      'responseValidators',
      'For every operation: a validator of each JSON response body, by status.',
      infos.map((info) => ({
        key: info.operationId,
        type: `typeof ${info.operationId}Responses`,
        value: `${info.operationId}Responses`,
      })),
    ),
  ].join('\n');
}

/** A dynamic import per operation: a client that checks answers loads only what it calls. */
function responseLoadersModule(infos: OperationInfo[]): string {
  const members = infos.map((info) => ({
    key: info.operationId,
    type: `() => Promise<typeof import('${responsesPath(info)}').${info.operationId}Responses>`,
    value: `async () => (await import('${responsesPath(info)}')).${info.operationId}Responses`,
  }));
  return constant(
    'responseLoaders',
    'For every operation: loads the validators of its JSON responses, by status, and only those.',
    members,
  );
}

function indexModule(api: ApiName, infos: OperationInfo[], schemas: Export[]): string {
  return [
    "import { createValidator, type Validator } from '../../runtime/validator.js';",
    "import * as compiled from './compiled-responses/schemas.js';",
    "import { requestValidators } from './requests.js';",
    "import { responseValidators } from './responses.js';",
    "import type { components } from './types.js';",
    '',
    "export type { components, operations, paths } from './types.js';",
    "export * from './requests.js';",
    "export * from './responses.js';",
    '',
    constant(
      'schemaValidators',
      `A validator for every named schema of the ${api} spec.`,
      schemas.map((e) => member(e.subject, e, 'compiled')),
    ),
    '',
    constant(
      'operationValidators',
      'For every operation: its parameters, its JSON request body and each JSON response by status.',
      infos.map((info) => ({
        key: info.operationId,
        type: `typeof requestValidators.${info.operationId} & { readonly responses: typeof responseValidators.${info.operationId} }`,
        value: `{ ...requestValidators.${info.operationId}, responses: responseValidators.${info.operationId} }`,
      })),
    ),
  ].join('\n');
}

const target: PackageTarget = {
  packageDir: 'packages/validators',
  async generate({ specs }) {
    const files: GeneratedFile[] = [];
    for (const api of apiNames) {
      const document = specs[api];
      checkFormats(api, document);
      const infos = operationInfos(document);
      const parameters = new ParameterSchemas(api, document);
      const requests = requestExports(api, infos, parameters);
      const schemas = schemaExports(api, document);
      const responses = responseExports(api, infos);
      const types = astToString(
        // A default is what the server assumes when a field is left out: it stays optional.
        await openapiTS(structuredClone(document), {
          defaultNonNullable: false,
          emptyObjectsUnknown: true,
        }),
      );
      const compiled = compiler(
        api,
        document,
        [...requests, ...schemas, ...responses],
        parameters.named,
      );
      const requestsCode = compiled.codeFor(requests);
      const responsesCode = compiled.codeFor([...schemas, ...responses]);
      files.push(
        { api, path: `${api}/types.ts`, contents: types },
        {
          api,
          path: `${api}/compiled-requests.ts`,
          contents: compiledModule(`${api}/compiled-requests.ts`, requestsCode),
        },
        { api, path: `${api}/requests.ts`, contents: requestsModule(infos, requests) },
        ...compiledResponseModules(api, responsesCode, schemas, responses, infos),
        { api, path: `${api}/responses.ts`, contents: responsesModule(infos) },
        { api, path: `${api}/response-loaders.ts`, contents: responseLoadersModule(infos) },
        { api, path: `${api}/index.ts`, contents: indexModule(api, infos, schemas) },
      );
    }
    return files;
  },
};

export default target;
