// Every example of a spec, paired with the generated validator that must accept it.
import type { Format } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { collectExamples, type ExampleCase } from '../../../../scripts/src/examples.ts';
import type { ParameterInfo } from '../../../../scripts/src/operations.ts';
import type { Validator } from '../../src/index.ts';
import { formats } from '../../src/runtime/formats.ts';
import { createValidator } from '../../src/runtime/validator.ts';
import { type ApiName, api, type Json, operationValidators } from './apis.ts';
import { validParams } from './params.ts';

export type { ExampleCase, ParameterInfo };

export interface ExampleCheck {
  /** JSON pointer of the example in the spec. */
  location: string;
  /** What checks it: `listLogs params`, `schemaValidators.LogEntry`, ... */
  checkedBy: string;
  validator: Validator<unknown>;
  /** The example, embedded in a whole value where needed (a parameter example in `{ path, query }`). */
  value: unknown;
}

const schemaName = (pointer: string) =>
  /^\/components\/schemas\/([^/]+)$/
    .exec(pointer)?.[1]
    ?.replaceAll('~1', '/')
    .replaceAll('~0', '~');

/**
 * Each example with the generated validators that cover its schema: a named schema's, the
 * `params` of every operation with that parameter (the example set into otherwise valid
 * parameters), the `body` or the `responses[status]` of every operation using that media type.
 * Examples of sub-schemas that have no validator of their own are returned as `uncovered`.
 */
export function exampleChecks(name: ApiName): { checks: ExampleCheck[]; uncovered: ExampleCase[] } {
  const { document, operations, schemaValidators } = api(name);
  const checks: ExampleCheck[] = [];
  const uncovered: ExampleCase[] = [];
  for (const example of collectExamples(document)) {
    const found: ExampleCheck[] = [];
    const named = schemaName(example.schemaPointer);
    const schemaValidator = named === undefined ? undefined : schemaValidators[named];
    if (named !== undefined && schemaValidator) {
      found.push({
        ...example,
        checkedBy: `schemaValidators.${named}`,
        validator: schemaValidator,
      });
    }
    for (const info of operations) {
      const validators = operationValidators(name, info.operationId);
      for (const [group, parameters] of [
        ['path', info.pathParameters],
        ['query', info.queryParameters],
      ] as const) {
        const parameter = parameters.find((p) => p.schema === example.schemaPointer);
        if (!parameter) continue;
        const params = validParams(name, info);
        params[group] = { ...params[group], [parameter.name]: example.value };
        found.push({
          ...example,
          checkedBy: `${info.operationId} params (${group}.${parameter.name})`,
          validator: validators.params,
          value: params,
        });
      }
      if (info.bodySchema === example.schemaPointer && validators.body) {
        found.push({
          ...example,
          checkedBy: `${info.operationId} body`,
          validator: validators.body,
        });
      }
      for (const [status, pointer] of Object.entries(info.responseSchemas)) {
        const validator = validators.responses[status];
        if (pointer === example.schemaPointer && validator) {
          found.push({
            ...example,
            checkedBy: `${info.operationId} ${status} response`,
            validator,
          });
        }
      }
    }
    if (found.length === 0) uncovered.push(example);
    checks.push(...found);
  }
  return { checks, uncovered };
}

const compilers = new WeakMap<Json, Ajv2020>();

/**
 * A validator for any schema of a document, compiled in-process the way the generator compiles
 * (JSON Schema 2020-12 and the runtime's formats), for sub-schemas that have no generated one.
 */
export function subSchemaValidator(document: Json, schemaPointer: string): Validator<unknown> {
  let ajv = compilers.get(document);
  if (!ajv) {
    // The runtime's format checkers, typed for the runtime rather than for Ajv.
    const checkers = formats as unknown as Record<string, Format>;
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, formats: checkers });
    ajv.addSchema(document, 'document');
    compilers.set(document, ajv);
  }
  const compiled = ajv.getSchema(
    `document#${schemaPointer.split('/').map(encodeURIComponent).join('/')}`,
  );
  if (!compiled) throw new Error(`No schema at ${schemaPointer}`);
  return createValidator(schemaPointer, compiled as never);
}
