// Item 3: formats, patterns, lengths and bounds are checked, not ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cloudflare from '../src/cloudflare.ts';
import { formats, isDate, isDateTime, isUri } from '../src/runtime/formats.ts';
import { api, apiNames, type Json, operationValidators } from './support/apis.ts';
import { validParams } from './support/params.ts';
import { flatten, resolveRef } from './support/schema.ts';

const rules = (result: { ok: boolean; issues?: readonly { path: unknown; rule: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map(({ path, rule }) => ({ path, rule }));

describe('RFC 3339 date-time', () => {
  it.each([
    '2026-11-20T14:03:11Z',
    '2026-11-20T14:03:11z',
    '2026-11-20T14:03:11+02:00',
    '2026-11-20T14:03:11-05:30',
    '2026-11-20T14:03:11.482913201Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T23:59:59+00:00',
    '2026-12-31T23:59:60Z',
  ])('accepts %s', (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    ['2026-11-20T14:03:11', 'no time-zone offset'],
    ['2026-11-20T14:03:11.5', 'a fraction but no offset'],
    ['2026-02-30T14:03:11Z', 'February 30th'],
    ['2025-02-29T00:00:00Z', 'February 29th of a common year'],
    ['1900-02-29T00:00:00Z', 'February 29th of a century that is no leap year'],
    ['2026-04-31T00:00:00Z', 'April 31st'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-00-10T00:00:00Z', 'month 0'],
    ['2026-11-00T00:00:00Z', 'day 0'],
    ['2026-11-20T24:00:00Z', 'hour 24'],
    ['2026-11-20T14:60:00Z', 'minute 60'],
    ['2026-11-20T14:03:11+24:00', 'offset hour 24'],
    ['2026-11-20T14:03:11+0200', 'an offset without a colon'],
    ['2026-11-20 14:03:11Z', 'a space instead of T'],
    ['2026-11-20', 'a date alone'],
    ['20261120T140311Z', 'the basic ISO 8601 form'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (value) => {
    expect(isDateTime(value)).toBe(false);
  });

  it('is the validator used for the date-time format', () => {
    expect(formats['date-time']?.validate).toBe(isDateTime);
  });
});

describe('other formats', () => {
  it('checks dates and absolute URIs', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isUri('https://otel.example.com/v1/traces')).toBe(true);
    expect(isUri('/v1/traces')).toBe(false);
    expect(isUri('not a uri')).toBe(false);
  });
});

/** Every parameter of both specs whose schema is a date-time string. */
const dateTimeParameters = apiNames.flatMap((name) =>
  api(name).operations.flatMap((info) =>
    [
      ...info.pathParameters.map((p) => ({ group: 'path', p })),
      ...info.queryParameters.map((p) => ({ group: 'query', p })),
    ]
      .filter(
        ({ p }) =>
          flatten(api(name).document, resolveRef(api(name).document, `#${p.schema}`)).format ===
          'date-time',
      )
      .map(({ group, p }) => ({ name, info, group, parameter: p.name })),
  ),
);

describe('date-time parameters of both specs', () => {
  it('exist in both specs', () => {
    expect(new Set(dateTimeParameters.map((d) => d.name))).toEqual(new Set(apiNames));
  });

  for (const { name, info, group, parameter } of dateTimeParameters) {
    const validator = operationValidators(name, info.operationId).params;
    const withValue = (value: string) => {
      const params = validParams(name, info);
      return { ...params, [group]: { ...params[group], [parameter]: value } };
    };
    const label = `${name} ${info.operationId} ${group}.${parameter}`;

    it(`${label}: accepts Z and +02:00 offsets`, () => {
      expect(rules(validator.parse(withValue('2026-11-20T14:03:11Z')))).toEqual([]);
      expect(rules(validator.parse(withValue('2026-11-20T14:03:11+02:00')))).toEqual([]);
    });

    it(`${label}: rejects a value without an offset and an impossible date as format errors`, () => {
      for (const value of ['2026-11-20T14:03:11', '2026-02-30T14:03:11Z']) {
        expect(rules(validator.parse(withValue(value)))).toContainEqual({
          path: [group, parameter],
          rule: 'format',
        });
      }
    });
  }
});

describe('date-time fields of responses', () => {
  it('rejects a Bifrost log timestamp without an offset', () => {
    const log = bifrostLog();
    const validator = operationValidators('bifrost', 'getLog').responses['200'];
    expect(validator?.parse(log).ok).toBe(true);
    expect(
      rules(validator?.parse({ ...log, timestamp: '2026-11-20T14:03:11' }) ?? { ok: true }),
    ).toEqual([{ path: ['timestamp'], rule: 'format' }]);
  });
});

function bifrostLog(): Json {
  const { document } = api('bifrost');
  const examples =
    document.paths['/api/logs/{id}'].get.responses['200'].content['application/json'].examples;
  return structuredClone(Object.values<Json>(examples)[0].value);
}

describe('Cloudflare gateway id', () => {
  const gatewayId = cloudflare.schemaValidators.GatewayId;
  const longest = 'a'.repeat(64);

  it.each(['support-bot-prod', 'a', 'gw_1', 'a-b-c', '0', longest])('accepts %s', (value) => {
    expect(gatewayId.parse(value)).toEqual({ ok: true, value });
  });

  it.each([
    ['Support-Bot', ['pattern']],
    ['support bot', ['pattern']],
    ['support--bot', ['pattern']],
    ['-support', ['pattern']],
    ['support-', ['pattern']],
    ['support.bot', ['pattern']],
    ['', ['minLength', 'pattern']],
    [`${longest}a`, ['maxLength']],
  ])('rejects %j', (value, expected) => {
    expect(
      rules(gatewayId.parse(value))
        .map((r) => r.rule)
        .sort(),
    ).toEqual(expected);
  });

  it('checks the gateway id in path parameters too', () => {
    const params = (gateway_id: string) => ({
      path: { account_id: '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13', gateway_id },
    });
    const listLogs = cloudflare.operationValidators.listLogs.params;
    expect(listLogs.parse(params('support-bot-prod')).ok).toBe(true);
    expect(rules(listLogs.parse(params('Support Bot')))).toEqual([
      { path: ['path', 'gateway_id'], rule: 'pattern' },
    ]);
  });
});

describe('lengths and bounds', () => {
  const gateway = cloudflare.operationValidators.createGateway.body;
  const base = {
    id: 'support-bot-prod',
    rate_limiting_interval: 60,
    rate_limiting_limit: 100,
    collect_logs: true,
    cache_ttl: 300,
    cache_invalidate_on_update: true,
  };

  it('accepts the base gateway body', () => {
    expect(rules(gateway.parse(base))).toEqual([]);
  });

  it('counts string length in code points, at both ends', () => {
    const key = (length: number, unit = 'k') => unit.repeat(length);
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(16) }))).toEqual([]);
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(1024) }))).toEqual([]);
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(15) }))).toEqual([
      { path: ['logpush_public_key'], rule: 'minLength' },
    ]);
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(1025) }))).toEqual([
      { path: ['logpush_public_key'], rule: 'maxLength' },
    ]);
    // 16 emoji are 32 UTF-16 code units but 16 code points: long enough, not too long.
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(16, '🔑') }))).toEqual([]);
    expect(rules(gateway.parse({ ...base, logpush_public_key: key(15, '🔑') }))).toEqual([
      { path: ['logpush_public_key'], rule: 'minLength' },
    ]);
  });

  it('decides lengths by code points for any mix of one- and two-unit characters', () => {
    const character = fc.constantFrom('k', 'é', '🔑', '𝄞');
    const lengthRules = (value: string) =>
      rules(gateway.parse({ ...base, logpush_public_key: value })).map(({ rule }) => rule);
    // Around both limits, where counting UTF-16 units instead of code points would decide wrongly.
    const nearLimits = fc.oneof(
      fc.array(character, { minLength: 7, maxLength: 33 }),
      fc.array(character, { minLength: 510, maxLength: 1100 }),
    );
    fc.assert(
      fc.property(nearLimits, (characters) => {
        const value = characters.join('');
        const expected = [
          ...(characters.length < 16 ? ['minLength'] : []),
          ...(characters.length > 1024 ? ['maxLength'] : []),
        ];
        expect(lengthRules(value)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('checks inclusive and exclusive bounds', () => {
    expect(rules(gateway.parse({ ...base, retry_max_attempts: 5 }))).toEqual([]);
    expect(rules(gateway.parse({ ...base, retry_max_attempts: 6 }))).toEqual([
      { path: ['retry_max_attempts'], rule: 'maximum' },
    ]);
    expect(rules(gateway.parse({ ...base, retry_max_attempts: 0 }))).toEqual([
      { path: ['retry_max_attempts'], rule: 'minimum' },
    ]);
    // Spend limits are set on an existing gateway.
    const update = cloudflare.operationValidators.updateGateway.body;
    const { id: _, ...settings } = base;
    const rule = (limit: number) => ({ limitType: 'cost', limit, window: 60 });
    const spend = (limit: number) => ({
      ...settings,
      spend_limits: { enabled: true, rules: [rule(limit)] },
    });
    expect(rules(update.parse(spend(0.01)))).toEqual([]);
    expect(rules(update.parse(spend(0)))).toEqual([
      { path: ['spend_limits', 'rules', 0, 'limit'], rule: 'exclusiveMinimum' },
    ]);
  });
});

/** Every integer or number query parameter with a bound, in both specs: the bound itself passes, one past it fails. */
const boundedParameters = apiNames.flatMap((name) =>
  api(name).operations.flatMap((info) =>
    info.queryParameters.flatMap((p) => {
      const schema = flatten(api(name).document, resolveRef(api(name).document, `#${p.schema}`));
      return (['minimum', 'maximum'] as const)
        .filter((bound) => typeof schema[bound] === 'number')
        .map((bound) => ({ name, info, parameter: p.name, bound, limit: schema[bound] as number }));
    }),
  ),
);

describe('bounds of query parameters of both specs', () => {
  it('exist in both specs', () => {
    expect(new Set(boundedParameters.map((b) => b.name))).toEqual(new Set(apiNames));
  });

  for (const { name, info, parameter, bound, limit } of boundedParameters) {
    it(`${name} ${info.operationId} query.${parameter}: ${bound} ${limit}`, () => {
      const validator = operationValidators(name, info.operationId).params;
      const params = validParams(name, info);
      const at = (value: number) => ({ ...params, query: { ...params.query, [parameter]: value } });
      expect(rules(validator.parse(at(limit)))).toEqual([]);
      const past = bound === 'maximum' ? limit + 1 : limit - 1;
      expect(rules(validator.parse(at(past)))).toEqual([
        { path: ['query', parameter], rule: bound },
      ]);
    });
  }
});
