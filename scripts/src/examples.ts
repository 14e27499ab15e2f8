import { escapePointer, type Json, resolve } from './specs.ts';

export interface ExampleCase {
  /** Where the example sits in the document, as a JSON pointer. */
  location: string;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
}

/**
 * Collects every example of a document with the schema it illustrates: examples of parameters,
 * headers and media types (inline or `#/components/examples` references) and `examples` arrays
 * of schemas.
 */
export function collectExamples(document: Json): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visit = (node: Json, at: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) visit(child, `${at}/${index}`);
      return;
    }
    const carriesSchema = node.schema && typeof node.schema === 'object';
    if (carriesSchema) {
      const schemaPointer = `${at}/schema`;
      if ('example' in node)
        cases.push({ location: `${at}/example`, schemaPointer, value: node.example });
      if (node.examples && typeof node.examples === 'object' && !Array.isArray(node.examples)) {
        for (const [name, example] of Object.entries<Json>(node.examples)) {
          const resolved = resolve(document, example);
          if ('value' in resolved) {
            cases.push({
              location: `${at}/examples/${escapePointer(name)}`,
              schemaPointer,
              value: resolved.value,
            });
          }
        }
      }
    } else if (Array.isArray(node.examples)) {
      node.examples.forEach((value: unknown, index: number) => {
        cases.push({ location: `${at}/examples/${index}`, schemaPointer: at, value });
      });
    }
    for (const [key, child] of Object.entries<Json>(node)) {
      // Example payloads are data, not part of the document's structure.
      if (key === 'example' || key === 'examples' || key === 'x-examples') continue;
      visit(child, `${at}/${escapePointer(key)}`);
    }
  };
  visit(document, '');
  return cases;
}
