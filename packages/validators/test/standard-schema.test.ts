// Item 5: the validators are Standard Schemas (https://standardschema.dev) a consumer can use
// without knowing anything else about them.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, it } from 'vitest';
import * as bifrost from '../src/bifrost.ts';
import * as cloudflare from '../src/cloudflare.ts';
import { api, apiNames } from './support/apis.ts';
import { exampleChecks } from './support/examples.ts';
import { chooseSite } from './support/sites.ts';

/** What a library accepting any Standard Schema does with one. */
async function standardParse<S extends StandardSchemaV1>(
  schema: S,
  input: unknown,
): Promise<StandardSchemaV1.InferOutput<S>> {
  const result = await schema['~standard'].validate(input);
  if (result.issues) {
    const where = (issue: StandardSchemaV1.Issue) =>
      (issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('/');
    throw new Error(result.issues.map((issue) => `${where(issue)}: ${issue.message}`).join('\n'));
  }
  return result.value;
}

describe('a Standard Schema consumer', () => {
  it('gets the value back from a valid input', async () => {
    const params = { query: { limit: 50, order: 'asc' } };
    await expect(standardParse(bifrost.operationValidators.listLogs.params, params)).resolves.toBe(
      params,
    );
  });

  it('gets every issue with its message and path from an invalid input', async () => {
    const params = {
      path: { account_id: '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13', gateway_id: 'support-bot-prod' },
      query: { filters: [{ key: 'model', operator: 'like', value: ['gpt-4o'] }], per_page: 500 },
    };
    await expect(
      standardParse(cloudflare.operationValidators.listLogs.params, params),
    ).rejects.toThrow(
      [
        'query/per_page: query.per_page must be at most 50',
        'query/filters/0/operator: query.filters[0].operator must be one of eq, neq, contains, lt, gt',
      ].join('\n'),
    );
  });
});

describe.each(apiNames)('%s validators as Standard Schemas', (name) => {
  const { checks } = exampleChecks(name);

  it('declare version 1 and their vendor', () => {
    const { schemaValidators, operationValidators } = api(name);
    const all = [
      ...Object.values(schemaValidators),
      ...Object.values(operationValidators).flatMap((op) => [
        op.params,
        ...(op.body ? [op.body] : []),
        ...Object.values(op.responses),
      ]),
    ];
    expect(all.length).toBeGreaterThan(0);
    for (const validator of all) {
      expect(validator['~standard'].version).toBe(1);
      expect(validator['~standard'].vendor).toBe('ai-gateway');
      expect(typeof validator['~standard'].validate).toBe('function');
    }
  });

  it('return { value } for every spec example, synchronously', () => {
    for (const { validator, value } of checks) {
      const result = validator['~standard'].validate(value);
      expect(result).not.toBeInstanceOf(Promise);
      expect(result).toEqual({ value });
      expect((result as { value: unknown }).value).toBe(value);
    }
  });

  for (const info of api(name).operations.slice(0, 3)) {
    it(`${info.operationId}: return the same issues as parse() for a mutated value`, () => {
      const choice = chooseSite(name, info, 'type');
      expect(choice).toBeDefined();
      if (!choice) return;
      const mutated = choice.site.apply(choice.candidate.value);
      const parsed = choice.target.validator.parse(mutated);
      const result = choice.target.validator['~standard'].validate(
        mutated,
      ) as StandardSchemaV1.Result<unknown>;
      expect(parsed.ok).toBe(false);
      expect(result).toEqual({ issues: parsed.ok ? [] : parsed.issues });
      expect(result.issues?.[0]?.path).toEqual(choice.site.path);
    });
  }
});
