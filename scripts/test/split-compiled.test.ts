import { describe, expect, it } from 'vitest';
import { commonKey, splitCompiled, topLevelStatements } from '../src/split-compiled.ts';

// The shape of Ajv's standalone output: exports first, then the constants and functions they use.
const code = [
  'export const a_200 = validate1;',
  'export const b_200 = validate3;',
  'const func1 = ucs2length;',
  'const schema9 = {"$ref":"api#/components/schemas/Unused"};',
  'const schema2 = {"enum":["x;}","y"]};',
  'function validate2(data){if(!schema2.enum.includes(data)){return false;}return func1(data) > 0;}',
  'function validate1(data){return validate2(data) && data !== "}";}',
  'function validate3(data){return validate2(data.inner) && func1(data.name) < 9;}',
].join('');

describe('splitting compiled validators', () => {
  it('finds statement boundaries outside strings', () => {
    const statements = topLevelStatements(code);
    expect(statements).toHaveLength(8);
    expect(statements[4]).toBe('const schema2 = {"enum":["x;}","y"]};');
    expect(statements[6]).toBe('function validate1(data){return validate2(data) && data !== "}";}');
  });

  it('gives each group what only it runs and shares the rest once', () => {
    const modules = splitCompiled(
      code,
      new Map([
        ['a', ['a_200']],
        ['b', ['b_200']],
      ]),
    );
    const a = modules.find((m) => m.group === 'a');
    const shared = modules.find((m) => m.group === undefined);
    expect(modules).toHaveLength(3);
    expect(a?.statements).toEqual([
      'export const a_200 = validate1;',
      'function validate1(data){return validate2(data) && data !== "}";}',
    ]);
    expect(a?.imports).toEqual(new Map([[shared?.key, ['validate2']]]));
    // The helper alias is copied where it is used; the unused schema is dropped.
    expect(shared?.statements).toEqual([
      'const func1 = ucs2length;',
      'const schema2 = {"enum":["x;}","y"]};',
      'function validate2(data){if(!schema2.enum.includes(data)){return false;}return func1(data) > 0;}',
    ]);
    expect(shared?.exported).toEqual(new Set(['validate2']));
    expect(modules.find((m) => m.group === 'b')?.statements[0]).toBe('const func1 = ucs2length;');
    expect(modules.flatMap((m) => m.statements).join('')).not.toContain('schema9');
  });

  it('copies small shared code into each module that runs it', () => {
    const groups = new Map([
      ['a', ['a_200']],
      ['b', ['b_200']],
    ]);
    const shared = splitCompiled(code, groups, { copyBelow: 50 });
    expect(shared.some((m) => m.group === undefined)).toBe(true);
    const copied = splitCompiled(code, groups, { copyBelow: 200 });
    expect(copied.map((m) => m.group)).toEqual(['a', 'b']);
    for (const module of copied) {
      expect(module.imports.size).toBe(0);
      // What the copied function references comes with it: the schema and the helper alias.
      expect(module.statements).toEqual(
        expect.arrayContaining([
          'const func1 = ucs2length;',
          'const schema2 = {"enum":["x;}","y"]};',
          expect.stringMatching(/^function validate2\(/),
        ]),
      );
    }
  });

  it('puts what at least `commonFrom` groups run into one common module', () => {
    const three = `${code}export const c_200 = validate4;function validate4(data){return validate2(data);}`;
    const groups = new Map([
      ['a', ['a_200']],
      ['b', ['b_200']],
      ['c', ['c_200']],
    ]);
    const split = splitCompiled(three, groups, { commonFrom: 3 });
    const common = split.find((m) => m.key === commonKey);
    expect(common?.group).toBeUndefined();
    expect(common?.statements.some((s) => s.startsWith('function validate2('))).toBe(true);
    for (const group of ['a', 'b', 'c']) {
      const module = split.find((m) => m.group === group);
      expect(module?.imports).toEqual(new Map([[commonKey, ['validate2']]]));
    }
    // Below the threshold the same code is a module named by its groups instead.
    expect(splitCompiled(three, groups).some((m) => m.key === commonKey)).toBe(false);
  });

  it('names a shared module by the groups that share it', () => {
    const groups = new Map([
      ['a', ['a_200']],
      ['b', ['b_200']],
    ]);
    const key = (split: ReturnType<typeof splitCompiled>) =>
      split.find((m) => m.group === undefined)?.key;
    const renamed = code.replaceAll('validate2', 'validate7');
    expect(key(splitCompiled(renamed, groups))).toBe(key(splitCompiled(code, groups)));
  });

  it('refuses code that does not export a name a group asks for', () => {
    expect(() => splitCompiled(code, new Map([['c', ['c_200']]]))).toThrow(/does not export c_200/);
  });
});
