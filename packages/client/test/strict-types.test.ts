// The clients' types hold under the strictest settings a user may compile with:
// `exactOptionalPropertyTypes` on top of `strict`, with the README's examples and with optional
// options and params given values that may be undefined.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const usage = fileURLToPath(new URL('./strict/usage.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

function diagnostics(overrides: ts.CompilerOptions): string[] {
  const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(
    config,
    ts.sys,
    fileURLToPath(new URL('..', import.meta.url)),
  );
  const program = ts.createProgram([usage], { ...options, ...overrides, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('strict TypeScript', () => {
  it('compiles with exactOptionalPropertyTypes', { timeout: 60_000 }, () => {
    expect(diagnostics({ exactOptionalPropertyTypes: true })).toEqual([]);
  });
});
