// Helpers for writing TypeScript source text, shared by the generation targets.

/** A string literal. */
export const quote = (text: string) => JSON.stringify(text);

export const pascal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An object literal's key: bare where it is an identifier, quoted otherwise. */
export const propertyKey = (text: string) => (/^[A-Za-z_$][\w$]*$/.test(text) ? text : quote(text));

/** Items grouped by key, groups and items in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
