import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffSpecs, formatChanges } from '../src/spec-diff.ts';
import { missingMajorBumps, pendingBumps } from '../src/spec-release-check.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`fixtures/spec-diff/${name}`, import.meta.url));
const load = (name: string) => parse(readFileSync(fixture(name), 'utf8'));

describe('diffSpecs', () => {
  const changes = diffSpecs(load('v1.yaml'), load('v2.yaml'));
  const find = (operation: string, subject: string) =>
    changes
      .filter((c) => c.operation === operation && c.subject === subject)
      .map((c) => [c.breaking, c.description]);

  it.each([
    ['DELETE /logs/{id}', '', true, 'removed operation'],
    ['GET /stats', '', false, 'added operation'],
    ['GET /logs', 'query.region', true, 'added required query parameter'],
    ['GET /logs', 'query.search', false, 'added optional query parameter'],
    ['GET /logs', 'query.status', true, 'narrowed enum (removed "cancelled")'],
    ['GET /logs', 'query.order', false, 'widened enum (added "random")'],
    ['GET /logs', 'query.limit', true, 'narrowed maximum from 1000 to 100'],
    ['GET /logs', 'response.has_more', false, 'added optional response field'],
    ['GET /logs', 'response.logs[].cost', true, 'removed response field'],
    ['POST /logs', 'body.source', true, 'added required request body field'],
    ['POST /logs', 'body.level', true, 'changed type from string to number'],
    ['POST /logs', 'body.message', false, 'widened maxLength from 500 to 1000'],
  ])('%s %s: breaking=%s, %s', (operation, subject, breaking, description) => {
    expect(find(operation, subject)).toEqual([[breaking, description]]);
  });

  it('reports nothing between a spec and itself', () => {
    expect(diffSpecs(load('v1.yaml'), load('v1.yaml'))).toEqual([]);
  });

  it('lists breaking changes first in the report', () => {
    const report = formatChanges(changes);
    expect(report.indexOf('Breaking changes (7):')).toBe(0);
    expect(report).toContain('Non-breaking changes (5):');
  });
});

describe('pnpm spec:diff', () => {
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['src/spec-diff-cli.ts', ...args], {
          encoding: 'utf8',
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { code: failed.status, out: failed.stdout };
    }
  };

  it('exits 1 on a breaking change only when asked to', () => {
    expect(run(fixture('v1.yaml'), fixture('v2.yaml')).code).toBe(0);
    const strict = run(fixture('v1.yaml'), fixture('v2.yaml'), '--fail-on-breaking');
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('DELETE /logs/{id}: removed operation');
    expect(run(fixture('v1.yaml'), fixture('v1.yaml'), '--fail-on-breaking').code).toBe(0);
  });
});

describe('release check', () => {
  const changeset = (lines: string) => `---\n${lines}\n---\n\nA change.\n`;

  it('takes the highest bump each package gets from the pending changesets', () => {
    const bumps = pendingBumps([
      changeset("'@ai-gateway/client': minor\n'@ai-gateway/react': patch"),
      changeset("'@ai-gateway/client': major"),
    ]);
    expect(Object.fromEntries(bumps)).toEqual({
      '@ai-gateway/client': 'major',
      '@ai-gateway/react': 'patch',
    });
  });

  it('asks for a major bump of every generated package after a breaking change', () => {
    const bumps = pendingBumps([
      changeset("'@ai-gateway/client': major\n'@ai-gateway/validators': major"),
    ]);
    expect(missingMajorBumps(true, bumps)).toEqual(['@ai-gateway/react', '@ai-gateway/testing']);
    expect(missingMajorBumps(false, new Map())).toEqual([]);
  });
});
