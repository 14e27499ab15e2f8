// For each operation and mutation kind, a valid value of one of the operation's schemas and a place
// in it to break: sites outside `oneOf` / `anyOf` branches first, values from the spec (parameters
// built from it, examples) before generated ones, and parameters first, then the request body,
// then the responses (2XX first).
import fc from 'fast-check';
import { collectExamples } from '../../../../scripts/src/examples.ts';
import {
  type ApiName,
  api,
  type OperationInfo,
  operationTargets,
  type SchemaTarget,
} from './apis.ts';
import { arbitraryFor } from './arbitrary.ts';
import { findSites, type MutationKind, reachesKind, type Site } from './mutations.ts';
import { validParams } from './params.ts';

export interface Candidate {
  value: unknown;
  /** Where the value comes from: `spec example`, `built from the spec`, `generated`. */
  origin: string;
}

export interface Choice {
  target: SchemaTarget;
  candidate: Candidate;
  site: Site;
}

const generatedCount = 12;

function specValues(name: ApiName, info: OperationInfo, target: SchemaTarget): Candidate[] {
  if (target.part === 'params')
    return [{ value: validParams(name, info), origin: 'built from the spec' }];
  const pointer = target.schema.$ref.slice(1);
  return collectExamples(api(name).document)
    .filter((example) => example.schemaPointer === pointer)
    .map((example) => ({
      value: example.value,
      origin: `example ${decodeURIComponent(example.location.split('/').at(-1) ?? '')}`,
    }));
}

function generatedValues(name: ApiName, target: SchemaTarget): Candidate[] {
  const arbitrary = arbitraryFor(api(name).document, target.schema);
  return fc
    .sample(arbitrary, { numRuns: generatedCount, seed: 20261120 })
    .map((value) => ({ value, origin: 'generated' }));
}

export function chooseSite(
  name: ApiName,
  info: OperationInfo,
  kind: MutationKind,
): Choice | undefined {
  const targets = operationTargets(name, info);
  const cache = new Map<string, Candidate[]>();
  const candidates = (target: SchemaTarget, generated: boolean) => {
    const key = `${target.part} ${generated}`;
    let list = cache.get(key);
    if (!list) {
      const values = generated ? generatedValues(name, target) : specValues(name, info, target);
      list = values.filter((candidate) => target.validator.is(candidate.value));
      cache.set(key, list);
    }
    return list;
  };
  for (const allowUnion of [false, true]) {
    for (const generated of [false, true]) {
      for (const target of targets) {
        for (const candidate of candidates(target, generated)) {
          const site = findSites(api(name).document, target.schema, candidate.value).find(
            (s) => s.kind === kind && (allowUnion || !s.inUnion),
          );
          if (site) return { target, candidate, site };
        }
      }
    }
  }
  return undefined;
}

/** Whether any schema of the operation has a constraint of the kind. */
export function operationReachesKind(
  name: ApiName,
  info: OperationInfo,
  kind: MutationKind,
): boolean {
  return operationTargets(name, info).some((t) => reachesKind(api(name).document, t.schema, kind));
}
