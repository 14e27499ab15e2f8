// @ai-gateway/testing: its own copy of each spec (the published package never reads this repo),
// the fixture blueprints extracted from the specs' examples, and the emulator's route tables.
import { stringify } from 'yaml';
import {
  type FixtureBlueprintData,
  fixtureBlueprints,
} from '../../../packages/testing/codegen/fixtures.ts';
import { ajvForDocument } from '../ajv.ts';
import { emulatorRoutesModule } from '../emulator-routes.ts';
import type { GeneratedFile, PackageTarget } from '../generator.ts';
import { type ApiName, apiNames, type Json, specFiles } from '../specs.ts';

/** Short names for the fixtures users reach for most, next to the one-per-schema factories. */
const aliases: Record<ApiName, Record<string, string>> = {
  cloudflare: { gateway: 'Gateway', log: 'Log' },
  bifrost: { log: 'LogEntry', stats: 'LogStatsResponse' },
};

/** Prism resolves every `$ref`; a remote one would make the mock server reach the network. */
function assertSelfContained(api: ApiName, node: Json): void {
  if (Array.isArray(node)) for (const child of node) assertSelfContained(api, child);
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
      throw new Error(
        `${api}: the mock server's spec must be self-contained, found $ref ${node.$ref}`,
      );
    }
    for (const child of Object.values(node)) assertSelfContained(api, child);
  }
}

function fixtureModule(api: ApiName, blueprints: FixtureBlueprintData[]): string {
  const bySchema = new Map(blueprints.map((b) => [b.schema, b]));
  const lines = [
    '// The examples are checked against the validators by the tests, not here: openapi-typescript',
    '// types some valid values too narrowly (an object with no listed properties as Record<string, never>,',
    '// a property with a default as required), so each example is cast to its schema type.',
    `import type { components } from '@ai-gateway/validators/${api}';`,
    `import type { Blueprint } from '../../fixtures/blueprint.ts';`,
    '',
    `type Schemas = components['schemas'];`,
  ];
  for (const b of blueprints) {
    lines.push(
      '',
      `const ${b.name}: Blueprint<Schemas[${JSON.stringify(b.schema)}]> = {`,
      `  schema: ${JSON.stringify(b.schema)},`,
      `  example: ${JSON.stringify(b.example, null, 2).replaceAll('\n', '\n  ')} as unknown as Schemas[${JSON.stringify(b.schema)}],`,
      `  variations: ${JSON.stringify(b.variations)},`,
      '};',
    );
  }
  lines.push('', `/** One blueprint per named object schema of the spec, plus short aliases. */`);
  lines.push(`export const ${api}Blueprints = {`);
  for (const b of blueprints) lines.push(`  ${b.name},`);
  for (const [alias, schema] of Object.entries(aliases[api])) {
    const target = bySchema.get(schema);
    if (!target)
      throw new Error(`${api}: fixture alias "${alias}" names ${schema}, which has no blueprint`);
    if (target.name === alias) continue;
    if (blueprints.some((b) => b.name === alias)) {
      throw new Error(`${api}: fixture alias "${alias}" collides with a schema's factory`);
    }
    lines.push(
      `  /** Same as \`${target.name}\` (schema ${schema}). */`,
      `  ${alias}: ${target.name},`,
    );
  }
  lines.push('};');
  return lines.join('\n');
}

const target: PackageTarget = {
  packageDir: 'packages/testing',
  generate({ specs }) {
    return apiNames.flatMap((api): GeneratedFile[] => {
      const document = specs[api];
      assertSelfContained(api, document);
      // Only whether an example is valid matters here, not every reason it is not.
      const ajv = ajvForDocument(document, { allErrors: false });
      const blueprints = fixtureBlueprints({
        document,
        validates: (pointer, value) => Boolean(ajv.validatorAt(pointer.replace(/^#/, ''))(value)),
      });
      const specName = specFiles[api].spec.split('/').at(-1) as string;
      return [
        { path: `specs/${specName}`, contents: stringify(document, { lineWidth: 0 }), api },
        { path: `fixtures/${api}.ts`, contents: fixtureModule(api, blueprints), api },
        { path: `emulator/${api}.ts`, contents: emulatorRoutesModule(api, document), api },
      ];
    });
  },
};

export default target;
