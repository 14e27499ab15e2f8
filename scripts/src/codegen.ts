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

/** Items of one resource, and the resources nested in it (`customProviders.costs`). */
export interface ResourceNode<T> {
  members: T[];
  children: Map<string, ResourceNode<T>>;
}

/** Items by dotted resource name as a tree, in first-seen order: `a.b` nests `b` in `a`. */
export function resourceTree<T>(
  items: readonly T[],
  resource: (item: T) => string,
): Map<string, ResourceNode<T>> {
  const roots = new Map<string, ResourceNode<T>>();
  for (const item of items) {
    let level = roots;
    let node: ResourceNode<T> | undefined;
    for (const name of resource(item).split('.')) {
      node = level.get(name);
      if (!node) {
        node = { members: [], children: new Map() };
        level.set(name, node);
      }
      level = node.children;
    }
    node?.members.push(item);
  }
  return roots;
}

/**
 * A resource tree as nested object blocks (`name: {` … `}`), each block's members rendered by
 * `render` at the block's depth and its nested resources after them.
 */
export function renderTree<T>(
  tree: Map<string, ResourceNode<T>>,
  depth: number,
  render: (members: T[], depth: number) => string[],
  close: string,
): string[] {
  const indent = '  '.repeat(depth);
  return [...tree.entries()].flatMap(([name, node]) => [
    `${indent}${name}: {`,
    ...render(node.members, depth + 1),
    ...renderTree(node.children, depth + 1, render, close),
    `${indent}${close}`,
  ]);
}
