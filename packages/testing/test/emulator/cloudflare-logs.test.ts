// The Cloudflare emulator's logs: seeded data that agrees with itself, the filters grammar checked
// against a brute-force reading of the stored rows, ordering, paging, result_info, bulk delete,
// annotations, payloads and errors. Every answer is checked against the spec's response schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../../../../scripts/src/specs.ts';
import { encodeQuery, type QueryPlan } from '../../../client/src/core/query.ts';
import * as clientOperations from '../../../client/src/generated/cloudflare/operations.ts';
import { matchesFilter } from '../../src/emulator/cloudflare/log-filters.ts';
import { costOf } from '../../src/emulator/cloudflare/pricing.ts';
import { seedLogs, ulidTime } from '../../src/emulator/cloudflare/seed-logs.ts';
import type { LogDetail, StoredLog } from '../../src/emulator/cloudflare/store.ts';
import {
  accountId,
  createLogsEmulator,
  handMadeStore,
  type LogsEmulator,
} from '../support/cloudflare-logs.ts';
import { specDocument, specOperation } from '../support/spec.ts';
import { issuesOf, jsonResponseValidator, schemaValidator } from '../support/validators.ts';

type Scalar = string | number | boolean | null;
interface Filter {
  key: string;
  operator: 'eq' | 'neq' | 'contains' | 'lt' | 'gt';
  value: Scalar[];
}
type Query = Record<string, unknown>;
type Body = Record<string, unknown> & {
  result?: unknown;
  result_info?: Record<string, number>;
  errors?: { code?: number; path?: string[] }[];
};

const origin = 'http://emulator.test/client/v4';
const now = '2026-11-30T12:00:00.000Z';
/** The client's own wire encoding (dotted filters and all), as a real caller sends it. */
const plans: Record<string, QueryPlan> = {
  listLogs: clientOperations.listLogs,
  deleteLogs: clientOperations.deleteLogs,
};

/** Calls the emulator and checks the answer against the spec's schema for that status. */
async function call(
  emulator: LogsEmulator,
  operationId: string,
  path: string,
  options: { method?: string; query?: Query; body?: unknown } = {},
): Promise<{ status: number; body: Body }> {
  const encoded = options.query && encodeQuery(options.query, plans[operationId] ?? { query: {} });
  expect(encoded?.issues ?? []).toEqual([]);
  const search = encoded?.query ?? '';
  const response = await emulator.fetch(`${origin}${path}${search}`, {
    method: options.method ?? 'GET',
    headers: {
      authorization: 'Bearer emulated-token',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const body = (await response.json()) as Body;
  const validator = jsonResponseValidator('cloudflare', operationId, String(response.status));
  expect(issuesOf(validator, body), `${operationId} ${response.status}`).toBe('');
  return { status: response.status, body };
}

const logsPath = (gateway: string) => `/accounts/${accountId}/ai-gateway/gateways/${gateway}/logs`;

// --- the reference: a deliberately plain reading of the stored rows --------------------------

function referenceValues({ log, hidden }: StoredLog, key: string): Scalar[] {
  const metadata: Record<string, Scalar> = log.metadata ? JSON.parse(log.metadata) : {};
  if (key === 'metadata.key') return Object.keys(metadata);
  if (key === 'metadata.value') return Object.values(metadata);
  let value: unknown;
  if (key === 'tokens')
    value =
      log.tokens_in == null && log.tokens_out == null
        ? null
        : (log.tokens_in ?? 0) + (log.tokens_out ?? 0);
  else value = key in hidden ? hidden[key as keyof typeof hidden] : log[key as keyof LogDetail];
  return value === null || value === undefined ? [] : [value as Scalar];
}

function referenceMatch(stored: StoredLog, { key, operator, value }: Filter): boolean {
  const fields = referenceValues(stored, key);
  const time = (v: Scalar) => Date.parse(String(v));
  const same = (f: Scalar, v: Scalar) =>
    key === 'created_at' ? time(f) === time(v) : String(f) === String(v);
  const has = (test: (f: Scalar, v: Scalar) => boolean) =>
    value.some((v) => (v === null ? fields.length === 0 : fields.some((f) => test(f, v))));
  const text = (v: Scalar) => String(v).toLowerCase();
  if (operator === 'eq') return has(same);
  if (operator === 'neq') return !has(same);
  if (operator === 'contains') return has((f, v) => text(f).includes(text(v)));
  const bound = value[0] as Scalar;
  return fields.some((f) => {
    if (typeof f === 'boolean' || bound === null) return false;
    const [a, b] =
      key === 'created_at'
        ? [time(f), time(bound)]
        : typeof f === 'number'
          ? [f, Number(bound)]
          : [String(f), String(bound)];
    return operator === 'lt' ? a < b : a > b;
  });
}

/** The defaults the spec declares for an operation's query parameters. */
function specDefaults(operationId: string): Query {
  const document = specDocument('cloudflare');
  const parameters = specOperation('cloudflare', operationId).parameters.map((p) =>
    resolve(document, p),
  );
  return Object.fromEntries(
    parameters
      .map((p) => [p.name, resolve(document, p.schema ?? {}).default])
      .filter(([, value]) => value !== undefined),
  );
}

const newestFirst = (a: StoredLog, b: StoredLog) =>
  b.log.created_at.localeCompare(a.log.created_at) || (a.log.id < b.log.id ? 1 : -1);

const filterKeys = (() => {
  const schema = resolve(
    specDocument('cloudflare'),
    specDocument('cloudflare').components.schemas.LogFilter,
  );
  return schema.properties.key.enum as string[];
})();

/** A value of the key taken from the data, so that `eq` selects something. */
function sampleValue(rows: readonly StoredLog[], key: string): Scalar {
  const values = rows.flatMap((row) => referenceValues(row, key));
  return values[Math.floor(values.length / 2)] ?? null;
}

/**
 * A piece of the value, in other case. The query reader types a numeric-looking text as a number,
 * so a piece like "026" would arrive as 26: only pieces that read back as themselves are used.
 */
function containsNeedle(value: Scalar): Scalar {
  if (typeof value === 'boolean') return value ? 'RU' : 'AL';
  const text =
    typeof value === 'number'
      ? String(value)
          .replace(/\D/g, '')
          .replace(/^0+(?=\d)/, '')
      : String(value);
  if (text.length <= 3) return text.toUpperCase();
  const survives = (piece: string) => !/^-?[\d.]+$/.test(piece) || String(Number(piece)) === piece;
  for (let start = 1; start + 3 <= text.length; start++) {
    const piece = text.slice(start, start + 3);
    if (survives(piece)) return piece.toUpperCase();
  }
  return text.toUpperCase();
}

// --- seeding --------------------------------------------------------------------------------

describe('seeded logs', () => {
  const options = { seed: 11, logs: 3_000, accountId, now: new Date(now) };
  const store = handMadeStore(options);
  const all = [...store.logs.values()].flat();

  it('are deterministic for the seed and differ for another seed', () => {
    expect(JSON.stringify([...handMadeStore(options).logs])).toBe(JSON.stringify([...store.logs]));
    const other = handMadeStore({ ...options, seed: 12 });
    expect(JSON.stringify([...other.logs])).not.toBe(JSON.stringify([...store.logs]));
  });

  it('spread the requested number over the collecting gateways, unevenly', () => {
    expect(all).toHaveLength(options.logs);
    expect(store.logs.get('no-logs')).toEqual([]);
    const counts = [...store.logs.entries()]
      .filter(([id]) => id !== 'no-logs')
      .map(([, logs]) => logs.length);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThan(2 * Math.min(...counts));
  });

  it('lie in the four weeks before now, oldest first, with ULIDs that carry their time', () => {
    const end = Date.parse(now);
    for (const logs of store.logs.values()) {
      const times = logs.map(({ log }) => Date.parse(log.created_at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    for (const { log } of all) {
      const time = Date.parse(log.created_at);
      expect(time).toBeLessThanOrEqual(end);
      expect(time).toBeGreaterThan(end - 28 * 86_400_000);
      expect(log.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(ulidTime(log.id)).toBe(time);
    }
    expect(new Set(all.map(({ log }) => log.id)).size).toBe(all.length);
  });

  it('pass the spec’s LogDetail schema', () => {
    const detail = schemaValidator('cloudflare', 'LogDetail');
    for (const { log } of all) expect(issuesOf(detail, log)).toBe('');
  });

  it('mix providers, outcomes, cache hits and annotations', () => {
    const distinct = (read: (s: StoredLog) => unknown) => new Set(all.map(read));
    expect(distinct(({ log }) => log.provider).size).toBeGreaterThanOrEqual(5);
    expect(distinct(({ log }) => log.model_type).size).toBeGreaterThanOrEqual(3);
    expect(distinct(({ log }) => log.request_type).size).toBeGreaterThanOrEqual(4);
    for (const status of [200, 400, 429, 500])
      expect(distinct(({ log }) => log.status_code)).toContain(status);
    expect(all.some(({ log }) => log.cached)).toBe(true);
    expect(all.some(({ hidden }) => hidden.feedback !== null)).toBe(true);
    expect(all.some(({ log }) => log.metadata === undefined)).toBe(true);
    expect(distinct(({ hidden }) => hidden.dlp_action)).toEqual(new Set([null, 'FLAG', 'BLOCK']));
  });

  it('cache only on gateways that cache', () => {
    for (const id of ['support-bot-staging', 'batch-jobs'])
      expect(store.logs.get(id)?.some(({ log }) => log.cached)).toBe(false);
  });

  it('have costs that follow from tokens and price; cached and failed requests cost nothing', () => {
    for (const { log } of all) {
      expect(log.success).toBe((log.status_code ?? 0) < 400);
      // Only a successful answer is cached.
      if (log.cached) expect(log.success).toBe(true);
      if (!log.success) expect([log.cost, log.tokens_in, log.tokens_out]).toEqual([0, null, null]);
      else if (log.cached) {
        expect(log.cost).toBe(0);
        expect(log.tokens_in).toBeGreaterThan(0);
      } else {
        expect(log.cost).toBe(costOf(log.model, log.tokens_in, log.tokens_out));
        expect(log.cost).toBeGreaterThan(0);
      }
    }
  });

  it('store payloads that agree with the log', () => {
    for (const { log, request, response } of all) {
      expect(log.request_size).toBe(new TextEncoder().encode(JSON.stringify(request)).length);
      const sentModel = (request as { model?: string }).model;
      if (sentModel !== undefined) expect(sentModel).toBe(log.model);
      else expect(log.path).toContain(log.model);
      if (!log.success) continue;
      const text = typeof response === 'string' ? response : JSON.stringify(response);
      expect(text).toMatch(
        new RegExp(`"(prompt_tokens|input_tokens|promptTokenCount)":${log.tokens_in}\\b`),
      );
      if (log.model_type !== 'embeddings')
        expect(text).toMatch(
          new RegExp(
            `"(completion_tokens|output_tokens|candidatesTokenCount)":${log.tokens_out}\\b`,
          ),
        );
      if (log.response_content_type === 'text/event-stream') expect(text).toMatch(/^data: /);
    }
  });

  it('keep metadata as a JSON string that the request headers carry too', () => {
    for (const { log } of all) {
      if (log.metadata === undefined) continue;
      expect(JSON.parse(log.metadata)).toBeTypeOf('object');
      expect(JSON.parse(log.request_head ?? '{}')['cf-aig-metadata']).toBe(log.metadata);
    }
  });

  it('seeds exactly as many logs as asked for, 10,000 among them', () => {
    // How long seeding takes is a benchmark figure (`pnpm bench`), not something a test asserts.
    for (const logs of [1, 999, 10_000]) {
      const big = handMadeStore({ ...options, logs });
      expect([...big.logs.values()].flat()).toHaveLength(logs);
    }
  });

  it('does nothing without gateways', () => {
    const empty = {
      ...handMadeStore({ ...options, logs: 0 }),
      gateways: new Map(),
      logs: new Map(),
    };
    seedLogs(empty, options);
    expect(empty.logs.size).toBe(0);
  });
});

// --- listing --------------------------------------------------------------------------------

describe('listLogs', () => {
  let emulator: LogsEmulator;
  let gateway: string;
  let rows: StoredLog[];

  beforeAll(async () => {
    emulator = createLogsEmulator({ logs: 2_000 });
    [gateway, rows] = [...emulator.store.logs.entries()].sort(
      (a, b) => b[1].length - a[1].length,
    )[0] as [string, StoredLog[]];
  });

  const list = (query: Query = {}) => call(emulator, 'listLogs', logsPath(gateway), { query });
  const idsOf = (body: Body) => (body.result as { id: string }[]).map((row) => row.id);

  async function expectSelects(query: Query, expected: StoredLog[]) {
    const { status, body } = await list({ per_page: 50, ...query });
    expect(status).toBe(200);
    expect(body.result_info?.total_count, JSON.stringify(query)).toBe(expected.length);
    expect(idsOf(body)).toEqual(
      [...expected]
        .sort(newestFirst)
        .slice(0, 50)
        .map(({ log }) => log.id),
    );
  }

  it('answers newest first by default, the same as with the spec defaults spelled out', async () => {
    const { body } = await list();
    expect(body.result_info).toMatchObject({
      page: 1,
      per_page: 20,
      count: 20,
      total_count: rows.length,
    });
    expect(idsOf(body)).toEqual(
      [...rows]
        .sort(newestFirst)
        .slice(0, 20)
        .map(({ log }) => log.id),
    );
    const defaults = specDefaults('listLogs');
    expect(Object.keys(defaults).sort()).toEqual([
      'order_by',
      'order_by_direction',
      'page',
      'per_page',
    ]);
    expect((await list(defaults)).body).toEqual(body);
    expect((await list({ meta_info: true })).body).toEqual(body);
  });

  it('takes the deprecated direction only when order_by_direction is not sent', async () => {
    const oldestFirst = [...rows]
      .sort(newestFirst)
      .reverse()
      .slice(0, 3)
      .map(({ log }) => log.id);
    expect(idsOf((await list({ direction: 'asc', per_page: 3 })).body)).toEqual(oldestFirst);
    const both = await list({ direction: 'asc', order_by_direction: 'desc', per_page: 3 });
    expect(idsOf(both.body)).toEqual(
      [...rows]
        .sort(newestFirst)
        .slice(0, 3)
        .map(({ log }) => log.id),
    );
  });

  it('shows list rows without the detail-only fields', async () => {
    const { body } = await list({ per_page: 5 });
    const logSchema = specDocument('cloudflare').components.schemas.Log;
    for (const row of body.result as Record<string, unknown>[])
      for (const field of Object.keys(row))
        expect(Object.keys(logSchema.properties)).toContain(field);
  });

  it('filters by every key with every operator, as the stored rows say', async () => {
    let selective = 0;
    for (const key of filterKeys) {
      const sample = sampleValue(rows, key);
      const cases: Filter[] = [
        { key, operator: 'eq', value: [sample] },
        { key, operator: 'neq', value: [sample] },
        { key, operator: 'contains', value: [containsNeedle(sample)] },
        { key, operator: 'lt', value: [sample] },
        { key, operator: 'gt', value: [sample] },
        // eq on text is exact, case included; contains is the case-insensitive one.
        ...(typeof sample === 'string' && /[a-z]/.test(sample)
          ? [{ key, operator: 'eq' as const, value: [sample.toUpperCase()] }]
          : []),
      ];
      for (const filter of cases) {
        const expected = rows.filter((row) => referenceMatch(row, filter));
        if (expected.length > 0 && expected.length < rows.length) selective++;
        await expectSelects({ filters: [filter] }, expected);
      }
      expect(
        rows.filter((row) => referenceMatch(row, cases[0] as Filter)).length,
        key,
      ).toBeGreaterThan(0);
    }
    expect(selective).toBeGreaterThan(filterKeys.length * 2);
  });

  it('matches any of several values with eq and none of them with neq', async () => {
    const value = ['openai', 'groq', 'no-such-provider'];
    const eq = rows.filter(({ log }) => value.includes(log.provider));
    expect(eq.length).toBeGreaterThan(0);
    await expectSelects({ filters: [{ key: 'provider', operator: 'eq', value }] }, eq);
    const neq = rows.filter(({ log }) => !value.includes(log.provider));
    await expectSelects({ filters: [{ key: 'provider', operator: 'neq', value }] }, neq);
  });

  it('matches a null value against a missing field, and excludes those with neq', async () => {
    const unknown = rows.filter(({ log }) => log.tokens_in === null);
    expect(unknown.length).toBeGreaterThan(0);
    await expectSelects(
      { filters: [{ key: 'tokens_in', operator: 'eq', value: [null] }] },
      unknown,
    );
    await expectSelects(
      { filters: [{ key: 'event_id', operator: 'neq', value: [null] }] },
      rows.filter(({ hidden }) => hidden.event_id !== null),
    );
    await expectSelects(
      { filters: [{ key: 'metadata.key', operator: 'eq', value: [null] }] },
      rows.filter(({ log }) => log.metadata === undefined),
    );
  });

  it('compares leniently across types', () => {
    const row = rows.find(({ log }) => log.cost && log.cost > 0) as StoredLog;
    const cost = row.log.cost as number;
    expect(matchesFilter(row, { key: 'cost', operator: 'eq', value: [String(cost)] })).toBe(true);
    expect(matchesFilter(row, { key: 'cost', operator: 'lt', value: [String(cost * 2)] })).toBe(
      true,
    );
    expect(
      matchesFilter(row, { key: 'success', operator: 'eq', value: [String(row.log.success)] }),
    ).toBe(true);
    expect(matchesFilter(row, { key: 'duration', operator: 'gt', value: ['abc'] })).toBe(false);
    const withMeta = rows.find(({ log }) => log.metadata?.includes('user_id')) as StoredLog;
    const user = JSON.parse(withMeta.log.metadata as string).user_id;
    expect(
      matchesFilter(withMeta, {
        key: 'metadata.value',
        operator: 'contains',
        value: [user.toUpperCase()],
      }),
    ).toBe(true);
  });

  it('combines filters with AND', async () => {
    const filters: Filter[] = [
      { key: 'provider', operator: 'eq', value: ['openai'] },
      { key: 'cost', operator: 'gt', value: [0.0002] },
      { key: 'success', operator: 'eq', value: [true] },
    ];
    const expected = rows.filter((row) => filters.every((f) => referenceMatch(row, f)));
    expect(expected.length).toBeGreaterThan(0);
    await expectSelects({ filters }, expected);
  });

  it('searches id, provider, model and path case-insensitively', async () => {
    const search = (text: string) =>
      rows.filter(({ log }) =>
        [log.id, log.provider, log.model, log.path].some((f) =>
          f.toLowerCase().includes(text.toLowerCase()),
        ),
      );
    for (const text of [
      'GPT-4O',
      'v1/MESSAGES',
      'Llama',
      (rows[0] as StoredLog).log.id.slice(-8),
    ]) {
      expect(search(text).length, text).toBeGreaterThan(0);
      await expectSelects({ search: text }, search(text));
    }
    await expectSelects(
      { search: 'anthropic', filters: [{ key: 'cached', operator: 'eq', value: [false] }] },
      search('anthropic').filter(({ log }) => !log.cached),
    );
  });

  it('honours every deprecated parameter as the filter it stands for', async () => {
    const middle = (read: (log: LogDetail) => number | null) => {
      const values = rows
        .map(({ log }) => read(log))
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] as number;
    };
    const total = (log: LogDetail) =>
      log.tokens_in == null && log.tokens_out == null
        ? null
        : (log.tokens_in ?? 0) + (log.tokens_out ?? 0);
    const ranges: [string, (log: LogDetail) => number | null][] = [
      ['cost', (log) => log.cost ?? null],
      ['tokens_in', (log) => log.tokens_in],
      ['tokens_out', (log) => log.tokens_out],
      ['total_tokens', total],
      ['duration', (log) => log.duration],
    ];
    for (const [name, read] of ranges) {
      const bound = middle(read);
      const value = (log: LogDetail) => read(log);
      await expectSelects(
        { [`min_${name}`]: bound },
        rows.filter(({ log }) => (value(log) ?? -1) >= bound && value(log) !== null),
      );
      await expectSelects(
        { [`max_${name}`]: bound },
        rows.filter(({ log }) => value(log) !== null && (value(log) as number) <= bound),
      );
    }
    const at = (rows[Math.floor(rows.length / 2)] as StoredLog).log.created_at;
    await expectSelects(
      { start_date: at },
      rows.filter(({ log }) => log.created_at >= at),
    );
    await expectSelects(
      { end_date: at },
      rows.filter(({ log }) => log.created_at <= at),
    );
    const sample = rows.find(({ hidden }) => hidden.feedback !== null) as StoredLog;
    await expectSelects(
      { feedback: sample.hidden.feedback },
      rows.filter(({ hidden }) => hidden.feedback === sample.hidden.feedback),
    );
    const middleLog = (rows[Math.floor(rows.length / 3)] as StoredLog).log;
    for (const key of [
      'success',
      'cached',
      'model',
      'model_type',
      'provider',
      'request_content_type',
      'response_content_type',
    ] as const)
      await expectSelects(
        { [key]: middleLog[key] },
        rows.filter(({ log }) => log[key] === middleLog[key]),
      );
  });

  it('orders by every order_by value in both directions, totally and stably', async () => {
    const orderBy = ['created_at', 'provider', 'model', 'model_type', 'success', 'cached'] as const;
    for (const key of orderBy)
      for (const direction of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let total = 0;
        for (let page = 1; ; page++) {
          const { body } = await list({
            order_by: key,
            order_by_direction: direction,
            per_page: 50,
            page,
          });
          total = body.result_info?.total_count ?? 0;
          const pageRows = body.result as LogDetail[];
          if (pageRows.length === 0) break;
          expect(body.result_info?.count).toBe(pageRows.length);
          seen.push(...pageRows.map((row) => row.id));
        }
        expect(seen).toHaveLength(total);
        expect(new Set(seen).size).toBe(rows.length);
        const byId = new Map(rows.map((row) => [row.log.id, row.log]));
        const keys = seen.map((id) => byId.get(id)?.[key] as string | boolean);
        const sortedKeys = [...keys].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
        expect(keys).toEqual(direction === 'asc' ? sortedKeys : sortedKeys.reverse());
      }
  });

  it('reports min and max over all matching rows, and leaves them out when nothing matches', async () => {
    const filters: Filter[] = [{ key: 'provider', operator: 'eq', value: ['anthropic'] }];
    const matching = rows
      .filter((row) => referenceMatch(row, filters[0] as Filter))
      .map(({ log }) => log);
    const range = (values: (number | null | undefined)[]) => {
      const known = values.filter((v): v is number => typeof v === 'number');
      return [Math.min(...known), Math.max(...known)];
    };
    const { body } = await list({ filters, per_page: 5, page: 2 });
    const info = body.result_info as Record<string, number>;
    expect(info.count).toBe(5);
    expect(info.total_count).toBe(matching.length);
    for (const [name, values] of [
      ['cost', matching.map((l) => l.cost)],
      ['duration', matching.map((l) => l.duration)],
      ['tokens_in', matching.map((l) => l.tokens_in)],
      ['tokens_out', matching.map((l) => l.tokens_out)],
      [
        'total_tokens',
        matching.map((l) => (l.tokens_in == null ? null : l.tokens_in + (l.tokens_out ?? 0))),
      ],
    ] as const)
      expect([info[`min_${name}`], info[`max_${name}`]], name).toEqual(range(values));
    const none = await list({ filters: [{ key: 'provider', operator: 'eq', value: ['nobody'] }] });
    expect(none.body.result_info).toEqual({ count: 0, page: 1, per_page: 20, total_count: 0 });
    const beyond = await list({ page: 10_000 });
    expect(beyond.body.result).toEqual([]);
    expect(beyond.body.result_info).toMatchObject({ count: 0, total_count: rows.length });
  });

  it('rejects per_page 51 with Cloudflare’s input-validation error', async () => {
    const { status, body } = await list({ per_page: 51 });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ code: 7001, path: ['query', 'per_page'] });
    expect(body).not.toHaveProperty('result');
  });
});

// --- writing --------------------------------------------------------------------------------

describe('deleteLogs, editLog and the payload routes', () => {
  const fresh = async () => {
    const emulator = createLogsEmulator({ logs: 1_200, seed: 3 });
    const [gateway, rows] = [...emulator.store.logs.entries()].sort(
      (a, b) => b[1].length - a[1].length,
    )[0] as [string, StoredLog[]];
    return { emulator, gateway, rows: [...rows] };
  };

  it('deletes exactly the logs its filters, order and limit choose', async () => {
    const { emulator, gateway, rows } = await fresh();
    const filters: Filter[] = [
      { key: 'success', operator: 'eq', value: [true] },
      { key: 'cached', operator: 'eq', value: [false] },
    ];
    const matching = rows.filter((row) => filters.every((f) => referenceMatch(row, f)));
    const doomed = [...matching]
      .sort(
        (a, b) =>
          (b.log.cost ?? 0) - (a.log.cost ?? 0) || b.log.created_at.localeCompare(a.log.created_at),
      )
      .slice(0, 25);
    const others = [...emulator.store.logs.entries()].filter(([id]) => id !== gateway);
    const othersBefore = JSON.stringify(others);
    const { status, body } = await call(emulator, 'deleteLogs', logsPath(gateway), {
      method: 'DELETE',
      query: { filters, order_by: 'cost', order_by_direction: 'desc', limit: 25 },
    });
    expect([status, body]).toEqual([200, { success: true }]);
    const left = new Set(emulator.store.logs.get(gateway)?.map(({ log }) => log.id));
    expect(left.size).toBe(rows.length - 25);
    for (const row of rows) expect(left.has(row.log.id)).toBe(!doomed.includes(row));
    expect(
      JSON.stringify([...emulator.store.logs.entries()].filter(([id]) => id !== gateway)),
    ).toBe(othersBefore);
    const listed = await call(emulator, 'listLogs', logsPath(gateway), { query: { filters } });
    expect(listed.body.result_info?.total_count).toBe(matching.length - 25);
  });

  it('deletes the oldest first by default, and everything without filters', async () => {
    expect(specDefaults('deleteLogs')).toEqual({
      limit: 10_000,
      order_by: 'created_at',
      order_by_direction: 'asc',
    });
    const { emulator, gateway, rows } = await fresh();
    await call(emulator, 'deleteLogs', logsPath(gateway), {
      method: 'DELETE',
      query: { limit: 10 },
    });
    const oldest = [...rows]
      .sort(newestFirst)
      .reverse()
      .slice(0, 10)
      .map(({ log }) => log.id);
    const left = emulator.store.logs.get(gateway)?.map(({ log }) => log.id) ?? [];
    expect(left).toHaveLength(rows.length - 10);
    for (const id of oldest) expect(left).not.toContain(id);
    await call(emulator, 'deleteLogs', logsPath(gateway), { method: 'DELETE' });
    expect(emulator.store.logs.get(gateway)).toEqual([]);
  });

  it('stores feedback, score and metadata; reads metadata back as a string; null clears', async () => {
    const { emulator, gateway, rows } = await fresh();
    const target = rows[5] as StoredLog;
    const path = `${logsPath(gateway)}/${target.log.id}`;
    const edit = {
      feedback: -1,
      score: 42,
      metadata: { ticket: 'SUP-1', resolved: true, csat: 5 },
    };
    const patched = await call(emulator, 'editLog', path, { method: 'PATCH', body: edit });
    expect(patched).toEqual({ status: 200, body: { result: {}, success: true } });
    const read = await call(emulator, 'getLog', path);
    expect((read.body.result as LogDetail).metadata).toBe(JSON.stringify(edit.metadata));
    expect(target.hidden).toMatchObject({ feedback: -1, score: 42 });
    const byFeedback = await call(emulator, 'listLogs', logsPath(gateway), {
      query: {
        filters: [
          { key: 'feedback', operator: 'eq', value: [-1] },
          { key: 'metadata.value', operator: 'eq', value: ['SUP-1'] },
        ],
      },
    });
    expect((byFeedback.body.result as LogDetail[]).map((r) => r.id)).toEqual([target.log.id]);
    await call(emulator, 'editLog', path, {
      method: 'PATCH',
      body: { feedback: null, metadata: null },
    });
    const cleared = (await call(emulator, 'getLog', path)).body.result as LogDetail;
    expect(cleared).not.toHaveProperty('metadata');
    expect(target.hidden).toMatchObject({ feedback: null, score: 42 });
  });

  it('returns one log in full, and its stored request and response without an envelope', async () => {
    const { emulator, gateway, rows } = await fresh();
    const streamed = rows.find(({ log }) => log.response_content_type === 'text/event-stream');
    for (const target of [rows[0], rows[rows.length - 1], streamed] as StoredLog[]) {
      const path = `${logsPath(gateway)}/${target.log.id}`;
      expect((await call(emulator, 'getLog', path)).body).toEqual({
        result: target.log,
        success: true,
      });
      expect((await call(emulator, 'getLogRequest', `${path}/request`)).body).toEqual(
        target.request,
      );
      expect((await call(emulator, 'getLogResponse', `${path}/response`)).body).toEqual(
        target.response,
      );
    }
    expect(typeof streamed?.response).toBe('string');
  });

  it('answers an unknown gateway or log with the error each route documents', async () => {
    const { emulator, gateway, rows } = await fresh();
    const id = (rows[0] as StoredLog).log.id;
    const missing = logsPath('no-such-gateway');
    // The list and the bulk delete document no 404: they answer the generic 400.
    for (const [operationId, method] of [
      ['listLogs', 'GET'],
      ['deleteLogs', 'DELETE'],
    ] as const) {
      const answer = await call(emulator, operationId, missing, { method });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ result: {}, success: false });
    }
    const cases: [string, string, string, unknown?][] = [
      ['getLog', 'GET', `${missing}/${id}`],
      ['editLog', 'PATCH', `${missing}/${id}`, { score: 1 }],
      ['getLogRequest', 'GET', `${missing}/${id}/request`],
      ['getLogResponse', 'GET', `${missing}/${id}/response`],
      ['getLog', 'GET', `${logsPath(gateway)}/01JD8W5K3Q9V7XH2M4T6R8B0CN`],
      ['editLog', 'PATCH', `${logsPath(gateway)}/nope`, { score: 1 }],
      ['getLogRequest', 'GET', `${logsPath(gateway)}/nope/request`],
      ['getLogResponse', 'GET', `${logsPath(gateway)}/nope/response`],
    ];
    for (const [operationId, method, path, body] of cases) {
      const answer = await call(emulator, operationId, path, { method, body });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body.errors?.[0]?.code).toBe(7002);
    }
    expect(emulator.store.logs.get(gateway)).toHaveLength(rows.length);
  });
});
