// Splits Ajv's standalone output into modules by who uses each part, so that loading one
// operation's validators loads only the code they run, and code several operations run is emitted
// once and imported where needed.
import { createHash } from 'node:crypto';

/**
 * The top-level statements of Ajv's standalone code: declarations ending at a `;` or at the
 * closing brace of a function. Ajv writes strings in double quotes and no regular expression
 * literals, so skipping strings is enough to find the boundaries.
 */
export function topLevelStatements(code: string): string[] {
  const statements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < code.length; index++) {
    const char = code[index];
    if (char === '"' || char === "'" || char === '`') {
      index++;
      while (index < code.length && code[index] !== char) index += code[index] === '\\' ? 2 : 1;
    } else if (char === '{' || char === '(' || char === '[') depth++;
    else if (char === '}' || char === ')' || char === ']') {
      depth--;
      const closesFunction =
        depth === 0 && char === '}' && /^\s*function\b/.test(code.slice(start, start + 20));
      if (closesFunction) {
        statements.push(code.slice(start, index + 1).trim());
        start = index + 1;
      }
    } else if (char === ';' && depth === 0) {
      statements.push(code.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  if (code.slice(start).trim() !== '') throw new Error('Compiled code ends inside a statement');
  return statements.filter((statement) => statement !== ';' && statement !== '');
}

/**
 * A constant that only names a helper or a pattern (`const func2 = ucs2length;`,
 * `const formats0 = formats.uri;`, `const pattern6 = new RegExp("^[a-z]+$", "u");`): each
 * module that uses it gets its own copy rather than importing a module of one line.
 */
const isAlias = (statement: string) =>
  /^const [A-Za-z_$][\w$]* = (?:[\w$.[\]"-]+|new RegExp\("(?:[^"\\]|\\.)*", "u"\));$/.test(
    statement,
  );

const declaredName = (statement: string) =>
  /^(?:export\s+)?(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)/.exec(statement)?.[1];

export interface SplitModule {
  /** The group's name, or `undefined` for a module shared by several groups. */
  group: string | undefined;
  /** Stable for as long as the same groups share the same code. */
  key: string;
  statements: string[];
  /** Names this module declares that other modules import. */
  exported: Set<string>;
  /** Names it takes from other modules, by their key. */
  imports: Map<string, string[]>;
}

/** The key of the module holding what most groups run. */
export const commonKey = 'common';

export interface SplitOptions {
  /**
   * Code shared by a set of groups is copied into each module that runs it, instead of being a
   * module of its own, when the copies add fewer than this many bytes: loading a module costs
   * more than parsing a few kilobytes twice.
   */
  copyBelow?: number;
  /** Code run by at least this many groups goes into one common module. */
  commonFrom?: number;
}

/**
 * The statements of `code` as modules: one per group (the names it exports, and what only they
 * run), one per set of groups that share statements, and one (`commonKey`) for what at least
 * `commonFrom` groups run. A module only imports from modules shared by more groups than itself,
 * so the imports never form a cycle.
 */
export function splitCompiled(
  code: string,
  groups: Map<string, readonly string[]>,
  { copyBelow = 0, commonFrom = Number.POSITIVE_INFINITY }: SplitOptions = {},
): SplitModule[] {
  const statements = topLevelStatements(code);
  const declarations = new Map<string, number>();
  statements.forEach((statement, index) => {
    const name = declaredName(statement);
    if (!name)
      throw new Error(`Unexpected top-level statement in compiled code: ${statement.slice(0, 80)}`);
    declarations.set(name, index);
  });
  const references = statements.map((statement, index) => {
    const found = new Set<string>();
    for (const [word] of statement.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (declarations.has(word) && declarations.get(word) !== index) found.add(word);
    }
    return found;
  });
  const users = statements.map(() => new Set<string>());
  for (const [group, names] of groups) {
    const pending = names.map((name) => {
      const index = declarations.get(name);
      if (index === undefined) throw new Error(`Compiled code does not export ${name}`);
      return index;
    });
    while (pending.length > 0) {
      const index = pending.pop() as number;
      const used = users[index] as Set<string>;
      if (used.has(group)) continue;
      used.add(group);
      for (const name of references[index] as Set<string>)
        pending.push(declarations.get(name) as number);
    }
  }
  const keys = users.map((used) => {
    const sorted = [...used].sort();
    if (sorted.length < 2) return sorted[0];
    if (sorted.length >= commonFrom) return commonKey;
    return createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 10);
  });
  const sharedBytes = new Map<string, number>();
  statements.forEach((statement, index) => {
    const key = keys[index];
    if (key === undefined || (users[index] as Set<string>).size < 2 || isAlias(statement)) return;
    sharedBytes.set(key, (sharedBytes.get(key) ?? 0) + statement.length);
  });
  const copied = (index: number) => {
    if (isAlias(statements[index] as string)) return true;
    const key = keys[index] as string;
    const copies = (users[index] as Set<string>).size - 1;
    const bytes = sharedBytes.get(key);
    return key !== commonKey && bytes !== undefined && bytes * copies < copyBelow;
  };

  const modules = new Map<string, SplitModule>();
  const moduleOf: SplitModule[] = [];
  statements.forEach((statement, index) => {
    const key = keys[index];
    // Ajv also writes the schemas of the references it compiled into functions; nothing reads them.
    if (key === undefined || copied(index)) return;
    let module = modules.get(key);
    if (!module) {
      const group = (users[index] as Set<string>).size === 1 ? key : undefined;
      module = { group, key, statements: [], exported: new Set(), imports: new Map() };
      modules.set(key, module);
    }
    module.statements.push(statement);
    moduleOf[index] = module;
  });
  for (const module of modules.values()) {
    const held = new Set(module.statements);
    const pending = [...module.statements];
    while (pending.length > 0) {
      const statement = pending.pop() as string;
      const index = declarations.get(declaredName(statement) as string) as number;
      for (const name of references[index] as Set<string>) {
        const declaration = declarations.get(name) as number;
        const referenced = statements[declaration] as string;
        if (copied(declaration)) {
          if (held.has(referenced)) continue;
          held.add(referenced);
          if (isAlias(referenced)) module.statements.unshift(referenced);
          else module.statements.push(referenced);
          pending.push(referenced);
          continue;
        }
        const from = moduleOf[declaration] as SplitModule;
        if (from === module) continue;
        from.exported.add(name);
        const names = module.imports.get(from.key) ?? [];
        if (!names.includes(name)) module.imports.set(from.key, [...names, name]);
      }
    }
  }
  for (const names of groups.values()) {
    for (const name of names) moduleOf[declarations.get(name) as number]?.exported.add(name);
  }
  return [...modules.values()];
}
