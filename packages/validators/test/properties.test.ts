// Item 4, property-based: values generated from the schemas pass the generated validators, and a
// single mutation of such a value (remove a required field, change a type, push a number past a
// bound, replace an enum value) fails at the mutated path with the broken rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Validator } from '../src/index.ts';
import { api, apiNames, type Json, operationValidators, paramsSchema } from './support/apis.ts';
import { arbitraryFor } from './support/arbitrary.ts';
import { expectRejectedAt } from './support/expect-rejected.ts';
import { findSites, mutationKinds, reachesKind } from './support/mutations.ts';
import { flatten } from './support/schema.ts';

const numRuns = 40;

interface Subject {
  label: string;
  schema: Json;
  validator: Validator<unknown>;
}

function subjects(name: (typeof apiNames)[number]): Subject[] {
  const { document, operations, schemaValidators } = api(name);
  const schemas = Object.keys(document.components?.schemas ?? {}).map((schemaName) => ({
    label: `schema ${schemaName}`,
    schema: {
      $ref: `#/components/schemas/${schemaName.replaceAll('~', '~0').replaceAll('/', '~1')}`,
    },
    validator: schemaValidators[schemaName] as Validator<unknown>,
  }));
  const params = operations.map((info) => ({
    label: `${info.operationId} params`,
    schema: paramsSchema(info),
    validator: operationValidators(name, info.operationId).params,
  }));
  return [...schemas, ...params];
}

function sampleSites(document: Json, schema: Json, arbitrary: fc.Arbitrary<unknown>) {
  return fc
    .sample(arbitrary, { numRuns: 30, seed: 1 })
    .flatMap((v) => findSites(document, schema, v));
}

describe.each(apiNames)('%s: generated values', (name) => {
  const { document } = api(name);
  for (const { label, schema, validator } of subjects(name)) {
    const arbitrary = arbitraryFor(document, schema, { extraProperties: true });

    it(`${label}: every generated value passes`, () => {
      expect(validator).toBeDefined();
      fc.assert(
        fc.property(arbitrary, (value) => {
          const result = validator.parse(value);
          expect(result.ok ? [] : result.issues).toEqual([]);
        }),
        { numRuns },
      );
    });

    if (!mutationKinds.some((kind) => reachesKind(document, schema, kind))) {
      it(`${label}: has no constraint a single mutation could break`, () => {
        expect(sampleSites(document, schema, arbitrary)).toEqual([]);
      });
      continue;
    }
    const flat = flatten(document, schema);
    if (
      (flat.anyOf || flat.oneOf) &&
      !flat.discriminator &&
      sampleSites(document, schema, arbitrary).length === 0
    ) {
      // A change inside an untagged union's branch leaves no telling which branch was meant;
      // it is reported as the union failing (see union-issues.test.ts).
      it(`${label}: every constraint is inside an untagged union's branches`, () => {
        expect(
          findSites(document, schema, fc.sample(arbitrary, { numRuns: 1, seed: 2 })[0]),
        ).toEqual([]);
      });
      continue;
    }

    it(`${label}: a single mutation of a generated value fails at its path with its rule`, () => {
      fc.assert(
        fc.property(arbitrary, fc.nat(), (value, pick) => {
          const sites = findSites(document, schema, value);
          fc.pre(sites.length > 0);
          const site = sites[pick % sites.length];
          if (site) expectRejectedAt(validator, value, site);
        }),
        { numRuns },
      );
    });
  }
});
