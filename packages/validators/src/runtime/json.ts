// Helpers the compiled validators import instead of Ajv's runtime, so the package has no
// run-time dependency.

/** String length in Unicode code points, as JSON Schema counts it. */
export function ucs2length(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/** Structural equality of JSON values, for `enum`, `const` and `uniqueItems`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every(
      (key) =>
        Object.hasOwn(bRecord, key) && equal((a as Record<string, unknown>)[key], bRecord[key]),
    )
  );
}

/** The errors a compiled validator has collected, `null` until the first, with `error` added. */
export function appendError<T>(errors: T[] | null, error: T): T[] {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
