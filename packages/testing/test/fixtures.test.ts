// Fixtures: the spec's examples by default, deterministic variations with a seed, always valid.
import type { components as BifrostSchemas } from '@ai-gateway/validators/bifrost';
import type { components as CloudflareSchemas } from '@ai-gateway/validators/cloudflare';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFixtures, fixtures } from '../src/fixtures/index.ts';
import { bifrostBlueprints } from '../src/generated/fixtures/bifrost.ts';
import { cloudflareBlueprints } from '../src/generated/fixtures/cloudflare.ts';
import { apiNames } from '../src/spec-files.ts';
import { useMockServer } from '../src/vitest.ts';
import { buildRequest, specOperation } from './support/spec.ts';
import { issuesOf, schemaValidator } from './support/validators.ts';

const blueprints = { cloudflare: cloudflareBlueprints, bifrost: bifrostBlueprints };

describe('the fixtures users reach for', () => {
  it('exist, typed with the generated schema types', () => {
    expectTypeOf(fixtures.cloudflare.gateway()).toEqualTypeOf<
      CloudflareSchemas['schemas']['Gateway']
    >();
    expectTypeOf(fixtures.cloudflare.log()).toEqualTypeOf<CloudflareSchemas['schemas']['Log']>();
    expectTypeOf(fixtures.bifrost.log()).toEqualTypeOf<BifrostSchemas['schemas']['LogEntry']>();
    expectTypeOf(fixtures.bifrost.stats()).toEqualTypeOf<
      BifrostSchemas['schemas']['LogStatsResponse']
    >();
    expect(fixtures.cloudflare.gateway().id).toMatch(/^[a-z0-9_]+(?:-[a-z0-9_]+)*$/);
    expect(fixtures.cloudflare.log().created_at).toBeTypeOf('string');
    expect(fixtures.bifrost.log().status).toBeTypeOf('string');
    expect(fixtures.bifrost.stats().total_requests).toBeTypeOf('number');
  });

  it('return a fresh copy on each call, with overrides applied', () => {
    const first = fixtures.cloudflare.gateway({ collect_logs: false });
    first.id = 'changed';
    expect(fixtures.cloudflare.gateway().id).not.toBe('changed');
    expect(first.collect_logs).toBe(false);
    const rows = fixtures.bifrost.log.many(3, { provider: 'azure' });
    expect(rows).toHaveLength(3);
    expect(new Set(rows).size).toBe(3);
    expect(rows.map((log) => log.provider)).toEqual(['azure', 'azure', 'azure']);
    expect(rows[1]).toEqual(rows[0]);
  });
});

describe.each(apiNames)('every %s fixture', (api) => {
  const names = Object.keys(blueprints[api]);
  it.each(names)('%s is valid against the validators, seeded or not', (name) => {
    const blueprint = (blueprints[api] as Record<string, { schema: string }>)[name];
    const validator = schemaValidator(api, blueprint?.schema as string);
    const factory = (f: ReturnType<typeof createFixtures>) =>
      (f[api] as Record<string, () => unknown>)[name] as () => unknown;
    expect(issuesOf(validator, factory(fixtures)())).toBe('');
    for (const seed of [1, 2, 3, 42, 1234]) {
      const seeded = factory(createFixtures({ seed }));
      for (let call = 0; call < 3; call++) expect(issuesOf(validator, seeded())).toBe('');
    }
  });
});

describe('seeded fixtures', () => {
  it('are the same for the same seed, run after run', () => {
    expect(createFixtures({ seed: 3 }).cloudflare.log()).toEqual(
      createFixtures({ seed: 3 }).cloudflare.log(),
    );
    expect(createFixtures({ seed: 3 }).bifrost.log.many(4)).toEqual(
      createFixtures({ seed: 3 }).bifrost.log.many(4),
    );
  });

  it('differ between seeds and between calls, and do not depend on other factories', () => {
    const a = createFixtures({ seed: 3 });
    const b = createFixtures({ seed: 4 });
    expect(a.cloudflare.log().id).not.toBe(b.cloudflare.log().id);
    const [first, second] = a.bifrost.log.many(2);
    expect(first?.id).not.toBe(second?.id);

    const c = createFixtures({ seed: 3 });
    c.cloudflare.gateway();
    c.bifrost.stats();
    expect(c.cloudflare.log()).toEqual(createFixtures({ seed: 3 }).cloudflare.log());
  });

  it('vary ids, timestamps and numbers but keep the rest of the example', () => {
    const example = fixtures.bifrost.log();
    const varied = createFixtures({ seed: 7 }).bifrost.log();
    expect(varied.id).not.toBe(example.id);
    expect(varied.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(varied.timestamp).not.toBe(example.timestamp);
    expect(varied.cost).not.toBe(example.cost);
    expect(varied.provider).toBe(example.provider);
    expect(varied.status).toBe(example.status);
    // Every timestamp moves by the same amount, so their order and the gap between them hold.
    const gap = (log: typeof example) => Date.parse(log.created_at) - Date.parse(log.timestamp);
    expect(gap(varied)).toBe(gap(example));
    expect(varied.timestamp.split('.')[1]).toBe(example.timestamp.split('.')[1]);
  });

  it('keep a gateway id within its pattern and keep linked ids linked', () => {
    const f = createFixtures({ seed: 11 });
    for (const gateway of f.cloudflare.gateway.many(20)) {
      expect(gateway.id).toMatch(/^[a-z0-9_]+(?:-[a-z0-9_]+)*$/);
      expect(gateway.id.length).toBeLessThanOrEqual(64);
    }
    const route = f.cloudflare.dynamicRoute();
    const ids = new Set(route.elements.map((element) => element.id));
    const targets = route.elements.flatMap((element) =>
      Object.values(
        (element as { outputs?: Record<string, { elementId: string }> }).outputs ?? {},
      ).map((o) => o.elementId),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(ids).toContain(target);
    expect([...ids]).not.toEqual(
      fixtures.cloudflare.dynamicRoute().elements.map((element) => element.id),
    );
  });
});

describe('fixtures and the mock server', () => {
  const mock = useMockServer('bifrost');
  it('agree: the unseeded fixture is the example the server serves', async () => {
    const { path, init } = buildRequest(specOperation('bifrost', 'getLog'));
    const response = await fetch(`${mock.url}${path}`, init);
    expect(await response.json()).toEqual(fixtures.bifrost.log());
  });
});
