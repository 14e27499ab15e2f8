// The small parts under the commands: times and durations, filter expressions, CSV, tables,
// page sizes read from the spec, and where --output writes.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bifrostOperations } from '@ai-gateway/client/bifrost';
import { cloudflareOperations } from '@ai-gateway/client/cloudflare';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  justBefore,
  parseDuration,
  parseInstant,
  parseSettings,
} from '../src/internal/args.ts';
import { parseFilter } from '../src/internal/cloudflare-filters.ts';
import { Reporter } from '../src/internal/command.ts';
import { csvField, Sink, table } from '../src/internal/output.ts';
import { largestPageSize } from '../src/internal/spec-flags.ts';
import { Captured, cloudflareCli, fixedNow } from './support/cli.ts';

const now = new Date(fixedNow);

describe('times and durations', () => {
  it('reads durations, alone or combined', () => {
    expect(parseDuration('x', '250ms')).toBe(250);
    expect(parseDuration('x', '90s')).toBe(90_000);
    expect(parseDuration('x', '1h30m')).toBe(5_400_000);
    expect(parseDuration('x', '7d')).toBe(604_800_000);
    expect(parseDuration('x', '1.5h')).toBe(5_400_000);
    for (const bad of ['', '10', 'h', '5 m', '1y', '0s'])
      expect(() => parseDuration('interval', bad), bad).toThrow(/^--interval must be/);
  });

  it('reads instants as RFC 3339 with an offset, dates as UTC midnight, durations as ago', () => {
    expect(formatInstant(parseInstant('since', '2026-11-30T13:00:00+01:00', now))).toBe(
      '2026-11-30T12:00:00.000Z',
    );
    expect(formatInstant(parseInstant('since', '2026-11-01', now))).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    expect(formatInstant(parseInstant('since', '24h', now))).toBe('2026-11-29T12:00:00.000Z');
    expect(formatInstant(parseInstant('since', '2026-11-30T12:00:00.123456789Z', now))).toBe(
      '2026-11-30T12:00:00.123456789Z',
    );
    expect(() => parseInstant('since', '2026-11-30T12:00:00', now)).toThrow('with an offset');
    expect(() => parseInstant('since', 'yesterday', now)).toThrow('--since must be');
  });

  it('finds the nanosecond before an instant, for inclusive upper bounds', () => {
    const at = (text: string) => formatInstant(justBefore(parseInstant('until', text, now)));
    expect(at('2026-11-30T12:00:00Z')).toBe('2026-11-30T11:59:59.999999999Z');
    expect(at('2026-11-30T12:00:00.000000005Z')).toBe('2026-11-30T12:00:00.000000004Z');
    expect(at('2026-11-30T12:00:00.001Z')).toBe('2026-11-30T12:00:00.000999999Z');
  });

  it('reads --set values as JSON where they are JSON, and as text otherwise', () => {
    expect(
      parseSettings('set', [
        'a=300',
        'b=false',
        'c=null',
        'd=fixed',
        'e={"x":1}',
        'f="12"',
        'g=a=b',
      ]),
    ).toEqual({
      a: 300,
      b: false,
      c: null,
      d: 'fixed',
      e: { x: 1 },
      f: '12',
      g: 'a=b',
    });
    expect(Object.getPrototypeOf(parseSettings('set', ['__proto__=1']))).toBe(Object.prototype);
  });
});

describe('filter expressions', () => {
  it('reads each operator, typing values as they read', () => {
    expect(parseFilter('cost>0.01')).toEqual({ key: 'cost', operator: 'gt', value: [0.01] });
    expect(parseFilter('duration<500')).toEqual({ key: 'duration', operator: 'lt', value: [500] });
    expect(parseFilter('model=gpt-4o,gpt-4o-mini')).toEqual({
      key: 'model',
      operator: 'eq',
      value: ['gpt-4o', 'gpt-4o-mini'],
    });
    expect(parseFilter('provider!=openai')).toEqual({
      key: 'provider',
      operator: 'neq',
      value: ['openai'],
    });
    expect(parseFilter('model~claude')).toEqual({
      key: 'model',
      operator: 'contains',
      value: ['claude'],
    });
    expect(parseFilter('success=false')).toEqual({
      key: 'success',
      operator: 'eq',
      value: [false],
    });
    expect(parseFilter('event_id=null')).toEqual({
      key: 'event_id',
      operator: 'eq',
      value: [null],
    });
    expect(parseFilter('metadata.value="42"')).toEqual({
      key: 'metadata.value',
      operator: 'eq',
      value: ['42'],
    });
    expect(parseFilter('created_at>2026-11-30T00:00:00Z')).toEqual({
      key: 'created_at',
      operator: 'gt',
      value: ['2026-11-30T00:00:00Z'],
    });
  });

  it('refuses what it cannot read', () => {
    expect(() => parseFilter('cost')).toThrow('--filter takes key, operator and value');
    expect(() => parseFilter('=gpt')).toThrow('--filter takes key, operator and value');
    expect(() => parseFilter('model=')).toThrow('has no value');
    expect(() => parseFilter('cost<=1')).toThrow('no >= or <=');
  });
});

describe('output', () => {
  it('quotes CSV fields as RFC 4180 says, objects as JSON', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1)).toBe('-1');
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('aligns tables, numbers to the right', () => {
    expect(
      table(
        ['name', 'n'],
        [
          ['a', '1'],
          ['long name', '1,000'],
        ],
      ),
    ).toBe('name           n\na              1\nlong name  1,000\n');
  });

  it('shows progress on a terminal only, and never with --quiet', async () => {
    const terminal = new Captured();
    terminal.isTTY = true;
    let clock = 0;
    const shown = new Reporter(new Sink(terminal), false, () => (clock += 1000));
    await shown.progress('working…');
    await shown.note('done');
    expect(terminal.text).toBe('\r\x1b[2Kworking…\r\x1b[2Kdone\n');
    const piped = new Captured();
    await new Reporter(new Sink(piped), false).progress('working…');
    const quiet = new Captured();
    quiet.isTTY = true;
    const silent = new Reporter(new Sink(quiet), true);
    await silent.progress('working…');
    await silent.note('done');
    expect(piped.text + quiet.text).toBe('');
  });
});

describe('page sizes from the spec', () => {
  it('are the largest each list allows', () => {
    expect(
      largestPageSize(cloudflareOperations.listLogs, {
        account_id: 'a'.repeat(32),
        gateway_id: 'g',
      }),
    ).toBe(50);
    expect(largestPageSize(cloudflareOperations.listGateways, { account_id: 'a'.repeat(32) })).toBe(
      100,
    );
    expect(largestPageSize(bifrostOperations.listLogs)).toBe(1000);
  });
});

describe('--output', () => {
  const emulator = createEmulator({ api: 'cloudflare', seed: 9, logs: 120, now: fixedNow });
  const [gateway] = [...emulator.store.gateways.keys()] as [string];

  it('replaces an existing file only once the export is complete', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    await writeFile(join(folder, 'logs.ndjson'), 'yesterday\n');
    emulator.faults.add({ match: 'listLogs', status: 500, times: 3 });
    const failed = await cloudflareCli(
      emulator,
      ['logs', 'export', '--gateway', gateway, '-o', 'logs.ndjson'],
      { cwd: folder },
    );
    expect(failed.code).toBe(1);
    expect(await readFile(join(folder, 'logs.ndjson'), 'utf8')).toBe('yesterday\n');
    const done = await cloudflareCli(
      emulator,
      ['logs', 'export', '--gateway', gateway, '-o', 'logs.ndjson'],
      { cwd: folder },
    );
    expect(done.code).toBe(0);
    expect(
      (await readFile(join(folder, 'logs.ndjson'), 'utf8')).split('\n').length,
    ).toBeGreaterThan(2);
    expect(await readdir(folder)).toEqual(['logs.ndjson']);
  });

  it('writes straight into what is not a regular file, such as a named pipe', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    let received = '';
    const reader = createReadStream(pipe, 'utf8').on('data', (chunk) => {
      received += chunk;
    });
    const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const result = await cloudflareCli(emulator, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--limit',
      '5',
      '-o',
      pipe,
    ]);
    await closed;
    expect(result.code).toBe(0);
    expect(received.trim().split('\n')).toHaveLength(5);
    expect((await stat(pipe)).isFIFO()).toBe(true);
    expect(await readdir(folder)).toEqual(['pipe']);
  });

  it('says what is wrong with a path it cannot write', async () => {
    const missing = await cloudflareCli(emulator, [
      'logs',
      'export',
      '-o',
      '/no/such/folder/logs.ndjson',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out /no/such/folder/logs.ndjson: no such folder');
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const directory = await cloudflareCli(emulator, ['logs', 'export', '-o', folder]);
    expect(directory.stderr).toContain('is a folder');
  });
});
