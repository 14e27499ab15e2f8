import { expect } from 'vitest';
import type { Validator } from '../../src/index.ts';
import { formatPath } from '../../src/runtime/issues.ts';
import { equal } from '../../src/runtime/json.ts';
import type { Site } from './mutations.ts';

/**
 * The validator accepts `value` and rejects the mutated copy with an issue at the mutated path for
 * the broken rule, its message starting with that path, and no issue anywhere else.
 */
export function expectRejectedAt(validator: Validator<unknown>, value: unknown, site: Site) {
  expect(validator.parse(value)).toEqual({ ok: true, value });
  const result = validator.parse(site.apply(value));
  expect(result.ok).toBe(false);
  const issues = result.ok ? [] : result.issues;
  expect(issues.map(({ path, rule }) => ({ path, rule }))).toContainEqual({
    path: site.path,
    rule: site.rule,
  });
  expect(issues.filter((issue) => !equal(issue.path, site.path))).toEqual([]);
  const where = site.path.length === 0 ? 'value' : formatPath(site.path);
  for (const issue of issues) expect(issue.message.startsWith(`${where} `)).toBe(true);
}
