// Params and bodies are copied once, into plain data, before anything is checked or sent. The
// validator reads through getters and the prototype chain, while the query encoder and
// JSON.stringify read own enumerable properties only: without the copy a field could pass the
// checks and still be missing from the wire (an unfiltered bulk delete), or a getter could answer
// one value to the checks and another to the encoder. Getters are never called.
import { formatPath, type ValidationIssue } from '@ai-gateway/validators';

type Path = (string | number)[];

/** What a value is, in words, for messages: `a string`, `an instance of Query`, `a Map`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object')
    return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object';
}

/** The fields (not methods) an object only inherits, nearest prototype first. */
function inheritedFields(value: object): string[] {
  const names = new Set<string>();
  for (
    let p = Object.getPrototypeOf(value);
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  )
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p)))
      if (typeof d.value !== 'function' && !Object.hasOwn(value, name)) names.add(name);
  return [...names];
}

/**
 * Sets an own property, whatever its name: `copy['__proto__'] = v` would set the copy's prototype
 * instead (so `JSON.parse('{"__proto__": {"all": true}}')` would hand its fields down unseen), and
 * a setter or read-only field up the chain would take or refuse the value. A name found nowhere on
 * the target or its chain is assigned: that makes the same own property, much more cheaply.
 */
export function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  if (!(name in target)) {
    target[name] = value;
    return;
  }
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A lone UTF-16 surrogate: a path or query cannot carry it (it throws, or becomes U+FFFD). */
const loneSurrogate = /\p{Cs}/u;

/**
 * A value `copy` keeps as it is, with nothing to refuse: most fields are, and telling so first
 * spares building their path, which only a refusal or a nested value needs.
 */
function isPlainScalar(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return !loneSurrogate.test(value);
    case 'number':
      return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
    case 'boolean':
    case 'undefined':
      return true;
    default:
      return value === null;
  }
}

/** Where a path into the copied value is in the request: `['filters']` → `['query', 'filters']`. */
export type Label = (path: Path) => Path;

class Copier {
  readonly issues: ValidationIssue[] = [];
  readonly #ancestors = new Set<object>();

  constructor(readonly label: Label) {}

  #refuse(path: Path, why: string, rule = 'plainData'): undefined {
    const at = this.label(path);
    this.issues.push({ path: at, message: `${formatPath(at) || 'params'} ${why}`, rule });
    return undefined;
  }

  copy(value: unknown, path: Path): unknown {
    if (typeof value === 'number' && !Number.isFinite(value))
      return this.#refuse(path, `must be a finite number, got ${value}`, 'finite');
    // Past 2^53 an integer is no longer exact and is written with an exponent (`1e+21`), which
    // servers' integer parsers reject or, on lenient ones, silently drop.
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value))
      return this.#refuse(
        path,
        `must be an exact integer (at most ${Number.MAX_SAFE_INTEGER} in size), got ${value}`,
        'safeInteger',
      );
    if (typeof value === 'string' && loneSurrogate.test(value))
      return this.#refuse(path, 'must be well-formed Unicode: it has a lone surrogate', 'unicode');
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      if (typeof value === 'bigint' || typeof value === 'symbol')
        return this.#refuse(path, `must be plain data, got ${kindOf(value)}`);
      return value;
    }
    if (typeof value === 'function' || this.#ancestors.has(value))
      return this.#refuse(
        path,
        typeof value === 'function'
          ? 'must be plain data, got a function'
          : 'is a circular reference',
      );
    const prototype = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (!isArray && prototype !== Object.prototype && prototype !== null) {
      // A Map, Date or the like is refused whole; an object of a class or of Object.create
      // by the fields it inherits, so the message names the one the caller meant to pass.
      const builtIn = Object.prototype.toString.call(value) !== '[object Object]';
      const inherited = builtIn ? [] : inheritedFields(value);
      const from = kindOf(value).replace('an instance of ', '');
      for (const name of inherited)
        this.#refuse(
          [...path, name],
          `is inherited (from ${from}), not an own property: pass plain data`,
        );
      if (inherited.length === 0) this.#refuse(path, `must be plain data, got ${kindOf(value)}`);
      return undefined;
    }
    this.#ancestors.add(value);
    try {
      return isArray ? this.#array(value, path) : this.#object(value, path);
    } finally {
      this.#ancestors.delete(value);
    }
  }

  #array(value: unknown[], path: Path): unknown[] {
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, index);
      // One message for a sparse array, not one per hole (`new Array(1e9)` has a billion).
      if (!descriptor) {
        this.#refuse([...path, index], 'is missing: the array has a hole');
        return copy;
      }
      copy.push(this.#field(descriptor, path, index));
    }
    return copy;
  }

  #object(value: object, path: Path): Record<string, unknown> {
    const copy: Record<string, unknown> = {};
    // Own string keys in the order `Object.entries` gives them; symbol keys are not data.
    for (const name of Object.getOwnPropertyNames(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, name);
      if (!descriptor) continue;
      if (!descriptor.enumerable) {
        this.#refuse([...path, name], 'is not enumerable: pass plain data');
      } else {
        const field = this.#field(descriptor, path, name);
        if (field !== undefined) setOwn(copy, name, field);
      }
    }
    return copy;
  }

  #field(descriptor: PropertyDescriptor, parent: Path, key: string | number): unknown {
    if (!('value' in descriptor))
      return this.#refuse([...parent, key], 'is a getter: pass its value instead');
    const { value } = descriptor;
    return isPlainScalar(value) ? value : this.copy(value, [...parent, key]);
  }
}

/** A plain copy of `value`, or the issues that keep it from being one (paths from `path`). */
export function plainCopy(value: unknown, label: Label = (path) => path) {
  const copier = new Copier(label);
  const copy = copier.copy(value, []);
  return { copy, issues: copier.issues };
}
