// Valid `{ path, query }` parameter objects, built from what the spec says about each parameter.
import fc from 'fast-check';
import type { ParameterInfo } from '../../../../scripts/src/operations.ts';
import { resolve } from '../../../../scripts/src/specs.ts';
import { type ApiName, api, type Json, type OperationInfo } from './apis.ts';
import { arbitraryFor } from './arbitrary.ts';
import { flatten, resolveRef } from './schema.ts';

/** The value the spec gives for a parameter: its example, first named example, schema example or default. */
export function specValue(name: ApiName, parameter: ParameterInfo): { value: unknown } | undefined {
  const { document } = api(name);
  const p = parameter.parameter;
  if ('example' in p) return { value: p.example };
  const named = Object.values<Json>(p.examples ?? {})[0];
  if (named !== undefined) return { value: resolve(document, named).value };
  const schema = flatten(document, resolveRef(document, `#${parameter.schema}`));
  if (Array.isArray(schema.examples) && schema.examples.length > 0)
    return { value: schema.examples[0] };
  if ('example' in schema) return { value: schema.example };
  if ('default' in schema) return { value: schema.default };
  return undefined;
}

/**
 * Parameters for an operation: every parameter the spec gives a value for, plus a generated value
 * (fixed seed) for a required parameter it gives none for.
 */
export function validParams(
  name: ApiName,
  info: OperationInfo,
): Record<string, Record<string, unknown>> {
  const { document } = api(name);
  const group = (parameters: ParameterInfo[]) => {
    const values: Record<string, unknown> = {};
    for (const parameter of parameters) {
      const given = specValue(name, parameter);
      if (given) values[parameter.name] = given.value;
      else if (parameter.required) {
        const arbitrary = arbitraryFor(document, { $ref: `#${parameter.schema}` });
        values[parameter.name] = fc.sample(arbitrary, { numRuns: 1, seed: 1 })[0];
      }
    }
    return values;
  };
  const params: Record<string, Record<string, unknown>> = {};
  if (info.pathParameters.length > 0) params.path = group(info.pathParameters);
  if (info.queryParameters.length > 0) params.query = group(info.queryParameters);
  return params;
}
