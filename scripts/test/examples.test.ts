import { describe, expect, it } from 'vitest';
import { ajvForDocument } from '../src/ajv.ts';
import { collectExamples } from '../src/examples.ts';
import { apiNames, loadSpec, operationsOf } from '../src/specs.ts';

describe.each(apiNames)('%s spec examples', (api) => {
  const document = loadSpec(api);
  const ajv = ajvForDocument(document);
  const examples = collectExamples(document);

  it('has a realistic example for every success response', () => {
    const missing = operationsOf(document).flatMap(({ method, path, operation }) =>
      Object.entries<{ content?: Record<string, { example?: unknown; examples?: object }> }>(
        operation.responses ?? {},
      )
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([status, response]) =>
          Object.entries(response.content ?? {})
            .filter(([, media]) => media.example === undefined && !media.examples)
            .map(([type]) => `${method} ${path} ${status} ${type}`),
        ),
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
