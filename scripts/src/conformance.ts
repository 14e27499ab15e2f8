import { type Json, jsonMediaType, operationsOf, resolve, successStatus } from './specs.ts';

/** One way in which our spec and the vendor's document describe an operation differently. */
export interface Difference {
  /** `METHOD /path` */
  operation: string;
  /** `path.id`, `query.filters[].key`, `body.dataset_ids`, `response.result[].cost`, or '' for the operation itself. */
  subject: string;
  /** `operation`, `present`, `type`, `enum`, `required`, `default`, or a bound such as `maximum`. */
  aspect: string;
  ours: string;
  vendor: string;
}

const comparedKeywords = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'default',
] as const;

const absent = '(absent)';

type Facts = Map<string, Map<string, Set<string>>>;

function record(facts: Facts, subject: string, aspect: string, value: string): void {
  const aspects = facts.get(subject) ?? new Map<string, Set<string>>();
  facts.set(subject, aspects);
  const values = aspects.get(aspect) ?? new Set<string>();
  aspects.set(aspect, values);
  values.add(value);
}

const join = (parent: string, child: string) =>
  parent.endsWith('.') ? parent + child : `${parent}.${child}`;

function typesOf(schema: Json): string[] {
  const declared: string[] = Array.isArray(schema.type)
    ? schema.type
    : schema.type
      ? [schema.type]
      : [];
  // Nullability is written differently in 3.0 and 3.1 and is compared by neither side's tooling;
  // integer vs number is a precision note rather than a different shape.
  return declared.filter((t) => t !== 'null').map((t) => (t === 'integer' ? 'number' : t));
}

/**
 * Flattens a schema into facts keyed by the dotted path of each field, merging `allOf`, `oneOf` and
 * `anyOf` branches so that the two documents can be compared however each composes its schemas.
 */
function schemaFacts(
  document: Json,
  node: Json,
  subject: string,
  facts: Facts,
  options: { requiredFields: boolean },
  trail: ReadonlySet<Json> = new Set(),
): void {
  const schema = resolve(document, node);
  if (!schema || typeof schema !== 'object' || trail.has(schema)) return;
  const nextTrail = new Set(trail).add(schema);
  record(facts, subject, 'present', 'yes');
  for (const type of typesOf(schema)) record(facts, subject, 'type', type);
  // Each allowed value is a fact of its own, so an enum split across anyOf branches compares equal.
  for (const value of Array.isArray(schema.enum) ? schema.enum : []) {
    if (value !== null) record(facts, subject, 'enum', JSON.stringify(value));
  }
  for (const keyword of comparedKeywords) {
    if (schema[keyword] !== undefined)
      record(facts, subject, keyword, JSON.stringify(schema[keyword]));
  }
  // OpenAPI 3.0 writes an exclusive bound as `minimum: 0, exclusiveMinimum: true`; 3.1 as `exclusiveMinimum: 0`.
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof schema[exclusive] !== 'boolean') continue;
    facts.get(subject)?.delete(exclusive);
    if (schema[exclusive]) {
      facts.get(subject)?.delete(bound);
      record(facts, subject, exclusive, JSON.stringify(schema[bound]));
    }
  }
  for (const branch of [
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
  ]) {
    schemaFacts(document, branch, subject, facts, options, nextTrail);
  }
  if (options.requiredFields) {
    for (const field of schema.required ?? [])
      record(facts, join(subject, field), 'required', 'yes');
  }
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) {
    schemaFacts(document, property, join(subject, name), facts, options, nextTrail);
  }
  if (schema.items && typeof schema.items === 'object') {
    schemaFacts(document, schema.items, `${subject}[]`, facts, options, nextTrail);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    schemaFacts(document, schema.additionalProperties, `${subject}{}`, facts, options, nextTrail);
  }
}

function jsonBody(document: Json, holder: Json): Json | undefined {
  const content = resolve(document, holder)?.content;
  const type = jsonMediaType(content);
  return type ? content[type].schema : undefined;
}

function operationFacts(document: Json, operation: Json, parameters: Json[]): Facts {
  const facts: Facts = new Map();
  for (const parameter of parameters) {
    const subject = `${parameter.in}.${parameter.name}`;
    record(facts, subject, 'present', 'yes');
    if (parameter.required) record(facts, subject, 'required', 'yes');
    if (parameter.schema)
      schemaFacts(document, parameter.schema, subject, facts, { requiredFields: true });
  }
  if (operation.requestBody) {
    const body = jsonBody(document, operation.requestBody);
    if (body) schemaFacts(document, body, 'body.', facts, { requiredFields: true });
  }
  const success = successStatus(operation);
  if (success) {
    const body = jsonBody(document, operation.responses[success]);
    if (body) schemaFacts(document, body, 'response.', facts, { requiredFields: false });
  }
  facts.delete('body.');
  facts.delete('response.');
  return facts;
}

const show = (values: Set<string> | undefined) =>
  values ? [...values].sort().join(' | ') : absent;

function diffFacts(operation: string, ours: Facts, vendor: Facts): Difference[] {
  const differences: Difference[] = [];
  for (const subject of new Set([...ours.keys(), ...vendor.keys()])) {
    const oursAspects = ours.get(subject);
    const vendorAspects = vendor.get(subject);
    if (!oursAspects || !vendorAspects) {
      // A field on one side only: say whether it is required there, which decides if adding it breaks callers.
      const presence = (aspects: Map<string, Set<string>> | undefined) =>
        aspects ? (aspects.has('required') ? 'required' : 'present') : absent;
      differences.push({
        operation,
        subject,
        aspect: 'present',
        ours: presence(oursAspects),
        vendor: presence(vendorAspects),
      });
      continue;
    }
    for (const aspect of new Set([...oursAspects.keys(), ...vendorAspects.keys()])) {
      const a = show(oursAspects.get(aspect));
      const b = show(vendorAspects.get(aspect));
      if (a !== b) differences.push({ operation, subject, aspect, ours: a, vendor: b });
    }
  }
  return differences;
}

/** Every difference between two documents, operation by operation. */
export function compareDocuments(ours: Json, vendor: Json): Difference[] {
  const key = (o: { method: string; path: string }) => `${o.method} ${o.path}`;
  const oursByKey = new Map(operationsOf(ours).map((o) => [key(o), o]));
  const vendorByKey = new Map(operationsOf(vendor).map((o) => [key(o), o]));
  const differences: Difference[] = [];
  for (const operation of new Set([...oursByKey.keys(), ...vendorByKey.keys()])) {
    const a = oursByKey.get(operation);
    const b = vendorByKey.get(operation);
    if (!a || !b) {
      differences.push({
        operation,
        subject: '',
        aspect: 'operation',
        ours: a ? 'present' : absent,
        vendor: b ? 'present' : absent,
      });
      continue;
    }
    differences.push(
      ...diffFacts(
        operation,
        operationFacts(ours, a.operation, a.parameters),
        operationFacts(vendor, b.operation, b.parameters),
      ),
    );
  }
  return differences;
}

export interface AllowListEntry {
  operation: string | string[];
  /** Subjects of the differences; `*` matches any run of characters. */
  subject?: string | string[];
  aspect: string | string[];
  reason: string;
}

const asList = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : [value ?? ''];

/** `*` in a subject matches any run of characters; everything else is literal. */
function matchesSubject(pattern: string, subject: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source.join('.*')}$`).test(subject);
}

export function allows(entry: AllowListEntry, difference: Difference): boolean {
  return (
    asList(entry.operation).includes(difference.operation) &&
    asList(entry.subject).some((pattern) => matchesSubject(pattern, difference.subject)) &&
    asList(entry.aspect).includes(difference.aspect)
  );
}

export const describeDifference = (d: Difference) =>
  `${d.operation} ${d.subject || '(operation)'} ${d.aspect}: ours ${d.ours}, vendor ${d.vendor}`;
