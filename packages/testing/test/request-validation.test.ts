// A request that breaks the spec is rejected (not answered 200), unless validateRequests is false.
import { describe, expect, it } from 'vitest';
import { apiNames } from '../src/spec-files.ts';
import { violationsOf } from '../src/violations.ts';
import { useMockServer } from '../src/vitest.ts';
import { buildRequest, type SpecOperation, specOperation } from './support/spec.ts';

/** Prism answers with the operation's own 422 or 400 response if it declares one, else with its own 422. */
const rejectionStatus = (op: SpecOperation) =>
  op.statuses.includes('422') ? 422 : op.statuses.includes('400') ? 400 : 422;

const badRequests = [
  {
    api: 'cloudflare',
    op: specOperation('cloudflare', 'getGateway'),
    overrides: { id: 'Bad Id!' },
    rule: 'pattern',
  },
  {
    api: 'cloudflare',
    op: specOperation('cloudflare', 'listLogs'),
    overrides: { per_page: '500' },
    rule: 'maximum',
  },
  {
    api: 'cloudflare',
    op: specOperation('cloudflare', 'listLogs'),
    overrides: { order_by: 'nonsense' },
    rule: 'enum',
  },
  {
    api: 'bifrost',
    op: specOperation('bifrost', 'listLogs'),
    overrides: { limit: '5000' },
    rule: 'maximum',
  },
  {
    api: 'bifrost',
    op: specOperation('bifrost', 'listLogs'),
    overrides: { sort_by: 'nonsense' },
    rule: 'enum',
  },
] as const;

describe.each(apiNames)('%s', (api) => {
  const strict = useMockServer(api);
  const lenient = useMockServer(api, { validateRequests: false });
  const cases = badRequests.filter((c) => c.api === api);

  it.each(cases.map((c) => [`${c.op.operationId} ${JSON.stringify(c.overrides)}`, c] as const))(
    '%s is rejected with the violation, and served when validateRequests is false',
    async (_name, { op, overrides, rule }) => {
      const { path, init } = buildRequest(op, overrides);

      const rejected = await fetch(`${strict.url}${path}`, init);
      expect(rejected.status).toBe(rejectionStatus(op));
      const violations = await violationsOf(rejected);
      expect(violations).toContainEqual(expect.objectContaining({ code: rule, severity: 'Error' }));
      const name = Object.keys(overrides)[0] as string;
      expect(violations.some((v) => v.location.includes(name))).toBe(true);

      const served = await fetch(`${lenient.url}${path}`, init);
      expect(served.status).toBe(200);
      expect(await violationsOf(served)).toEqual([]);
    },
  );

  it('answers a valid request the same way in both modes', async () => {
    const { path, init } = buildRequest(cases[0]?.op as SpecOperation);
    const [a, b] = await Promise.all([
      fetch(`${strict.url}${path}`, init),
      fetch(`${lenient.url}${path}`, init),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.json()).toEqual(await b.json());
  });
});
