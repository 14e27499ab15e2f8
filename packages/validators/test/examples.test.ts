// Item 1: every example in both specs passes the generated validator for its schema.
import { describe, expect, it } from 'vitest';
import { api, apiNames } from './support/apis.ts';
import { exampleChecks, subSchemaValidator } from './support/examples.ts';
import { validParams } from './support/params.ts';

const issuesOf = (result: { ok: boolean; issues?: readonly unknown[] }) =>
  result.ok ? [] : result.issues;

describe.each(apiNames)('%s spec examples', (name) => {
  const { document, operations } = api(name);
  const { checks, uncovered } = exampleChecks(name);

  it('include response and parameter examples, all checked by generated validators', () => {
    expect(checks.some((c) => c.checkedBy.endsWith(' response'))).toBe(true);
    expect(checks.some((c) => c.checkedBy.includes(' params '))).toBe(true);
    if (operations.some((info) => info.bodySchema)) {
      expect(checks.some((c) => c.checkedBy.endsWith(' body'))).toBe(true);
    }
    // Only examples of sub-schemas, headers and non-JSON bodies lack a generated validator.
    const ownValidator = /^\/components\/schemas\/[^/]+$|\/content\/[^/]*json[^/]*\/schema$/;
    expect(uncovered.filter((e) => ownValidator.test(e.schemaPointer))).toEqual([]);
  });

  for (const { location, checkedBy, validator, value } of checks) {
    it(`${location} passes ${checkedBy}`, () => {
      expect(issuesOf(validator.parse(value))).toEqual([]);
    });
  }

  // Examples of sub-schemas (a property, a comma-list item) and of non-JSON media types have no
  // generated validator of their own: they are checked against their schema, compiled the way the
  // generator compiles.
  for (const { location, schemaPointer, value } of uncovered) {
    it(`${location} passes its schema (no generated validator of its own)`, () => {
      const validator = subSchemaValidator(document, schemaPointer);
      expect(issuesOf(validator.parse(value))).toEqual([]);
    });
  }
});

describe.each(apiNames)('%s parameters built from the spec', (name) => {
  for (const info of api(name).operations) {
    it(`${info.operationId}: params from parameter examples and defaults pass`, () => {
      const validator = api(name).operationValidators[info.operationId]?.params;
      const params = validParams(name, info);
      expect(issuesOf(validator?.parse(params) ?? { ok: false, issues: ['no validator'] })).toEqual(
        [],
      );
    });
  }
});
