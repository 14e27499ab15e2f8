// For every operation of both specs and each kind of mutation, a valid value is broken in one place
// and the generated validator must report exactly that place and rule.
import { describe, expect, it } from 'vitest';
import { api, apiNames } from './support/apis.ts';
import { expectRejectedAt } from './support/expect-rejected.ts';
import { mutationKinds } from './support/mutations.ts';
import { chooseSite, operationReachesKind } from './support/sites.ts';

describe.each(apiNames)('%s: a single mutation is rejected at its path with its rule', (name) => {
  for (const info of api(name).operations) {
    describe(info.operationId, () => {
      for (const kind of mutationKinds) {
        const choice = chooseSite(name, info, kind);
        if (!choice) {
          it(`${kind}: the operation has no ${kind} constraint in its params, body or responses`, () => {
            expect(operationReachesKind(name, info, kind)).toBe(false);
          });
          continue;
        }
        const { target, candidate, site } = choice;
        it(`${kind}: ${target.part} ${site.description} → ${site.rule} (${candidate.origin})`, () => {
          expectRejectedAt(target.validator, candidate.value, site);
        });
      }
    });
  }
});
