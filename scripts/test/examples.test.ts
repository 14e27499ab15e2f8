import { describe, expect, it } from 'vitest';
import { ajvForDocument } from '../src/ajv.ts';
import { collectExamples } from '../src/examples.ts';
import {
  apiNames,
  escapePointer,
  type Json,
  loadSpec,
  locate,
  operationsOf,
} from '../src/specs.ts';

describe.each(apiNames)('%s spec examples', (api) => {
  const document = loadSpec(api);
  const ajv = ajvForDocument(document);
  const examples = collectExamples(document);

  it('has an example, checked below, for every success response body', () => {
    const checked = new Set(examples.map((example) => example.schemaPointer));
    const missing = operationsOf(document).flatMap(({ method, path, pointer, operation }) =>
      Object.entries<Json>(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([status, response]) => {
          const at = `${pointer}/responses/${escapePointer(status)}`;
          const located = locate(document, response, at);
          return Object.keys(located.node.content ?? {})
            .filter(
              (type) => !checked.has(`${located.pointer}/content/${escapePointer(type)}/schema`),
            )
            .map((type) => `${method} ${path} ${status} ${type}`);
        }),
    );
    expect(missing).toEqual([]);
  });

  it.each(examples.map((example) => [example.location, example] as const))(
    '%s validates against its schema',
    (_, example) => {
      const validate = ajv.validatorAt(example.schemaPointer);
      const valid = validate(example.value);
      expect(valid, ajv.errorsText(validate.errors)).toBe(true);
    },
  );
});
