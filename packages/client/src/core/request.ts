// Everything done to a call before it is sent: its arguments copied as plain data, checked against
// the spec, and encoded. Any problem throws here, so nothing leaves the machine.
import { formatPath, ValidationError, type ValidationIssue } from '@ai-gateway/validators';
import type { OperationDescriptor } from './descriptor.js';
import { UnsafeRequestError } from './errors.js';
import { kindOf, plainCopy, setOwn } from './plain-data.js';
import { encodeQuery, type QueryPairs } from './query.js';

export type Params = Record<string, unknown>;

export interface RequestDefaults {
  baseUrl: string;
  /** Path parameters every call shares (Cloudflare's `account_id`). */
  pathDefaults?: Readonly<Record<string, string>> | undefined;
  /** How to supply a path parameter, said when it is missing: `pass accountId to the client …`. */
  pathHints?: Readonly<Record<string, string>> | undefined;
}

const issue = (path: (string | number)[], message: string, rule: string): ValidationIssue => ({
  path,
  message,
  rule,
});

const refuse = (operation: OperationDescriptor, issues: ValidationIssue[]): never => {
  throw new ValidationError(`${operation.operationId} request`, issues);
};

/** What the operation's params look like, for the message when they are not an object. */
function expectedShape(operation: OperationDescriptor, defaults: RequestDefaults): string {
  const own = operation.pathParams.filter((name) => !defaults.pathDefaults?.[name]);
  const more = Object.keys(operation.query).length > 0 ? ['…'] : [];
  return `{ ${[...own, ...more].join(', ')} }`;
}

/**
 * The caller's params as plain data, or the refusal. Each field is named by where it goes:
 * `path.id`, `query.filters`.
 */
export function plainParams(
  operation: OperationDescriptor,
  params: unknown,
  defaults: RequestDefaults,
): Params {
  if (params === undefined) return {};
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    const message = `${operation.operationId} expects ${expectedShape(operation, defaults)}, got ${kindOf(params)}`;
    return refuse(operation, [issue([], message, 'type')]);
  }
  const where = (name: string | number) =>
    operation.pathParams.includes(String(name)) ? 'path' : 'query';
  const { copy, issues } = plainCopy(params, (path) =>
    path.length === 0 ? path : [where(path[0] as string), ...path],
  );
  if (issues.length > 0) refuse(operation, issues);
  return copy as Params;
}

/** The body as plain data, or the refusal: `body.metadata.weight must be a finite number`. */
export function plainBody(operation: OperationDescriptor, body: unknown): unknown {
  const { copy, issues } = plainCopy(body, (path) => ['body', ...path]);
  if (issues.length > 0) refuse(operation, issues);
  return copy;
}

/** An issue of a part of the request (the body), restated from the root of the whole request. */
function within(part: string, found: ValidationIssue): ValidationIssue {
  // A message starts with where the issue is: the formatted path, or `value` at the root.
  const where = found.path.length === 0 ? 'value' : formatPath(found.path);
  const path = [part, ...found.path];
  return { ...found, path, message: `${formatPath(path)}${found.message.slice(where.length)}` };
}

/** A missing path parameter's message, with how to supply it where the client knows. */
function withHint(found: ValidationIssue, defaults: RequestDefaults): ValidationIssue {
  const [part, name] = found.path;
  const hint = part === 'path' && found.rule === 'required' && defaults.pathHints?.[String(name)];
  return hint ? { ...found, message: `${found.message}: ${hint}` } : found;
}

function pathIssues(path: Params): ValidationIssue[] {
  // '' would drop the segment (`/logs/` is another operation's path); '.' and '..' would be
  // resolved away by URL parsing. No encoding keeps them in place, so they are refused.
  const issues: ValidationIssue[] = [];
  for (const name of Object.keys(path)) {
    const value = path[name];
    if (value === '' || value === '.' || value === '..')
      issues.push(
        issue(
          ['path', name],
          `${formatPath(['path', name])} must not be "${value}": it would change the URL's path`,
          'pathSegment',
        ),
      );
  }
  return issues;
}

/**
 * Refuses a bulk delete whose filter would not reach the wire, judged on the encoded query: what
 * the server would see, not what the params seemed to hold.
 */
function guardBulkDelete(operation: OperationDescriptor, params: Params, search: QueryPairs) {
  const { bulkDelete } = operation;
  if (!bulkDelete || params[bulkDelete.confirm] === true) return;
  const { filter, confirm } = bulkDelete;
  const filtered = [...search.keys()].some((key) => key === filter || key.startsWith(`${filter}.`));
  if (!filtered)
    throw new UnsafeRequestError(
      `${operation.operationId} without ${filter} deletes every log it can reach. ` +
        `Pass ${filter}, or ${confirm}: true to confirm.`,
    );
}

/** Refuses a call that spends money or lifts a spending cap unless the caller confirmed it. */
function guardConfirmation(operation: OperationDescriptor, params: Params) {
  const flag = operation.confirm;
  if (!flag || params[flag] === true) return;
  throw new UnsafeRequestError(
    `${operation.operationId} moves money or removes a spending cap. Pass ${flag}: true to send it.`,
  );
}

/** Checks plain params and body against the spec and builds the URL; throws before sending. */
export function buildUrl(
  operation: OperationDescriptor,
  params: Params,
  body: unknown,
  defaults: RequestDefaults,
): string {
  guardConfirmation(operation, params);
  const path: Params = {};
  const query: Params = {};
  // Only a name left out takes the default: `account_id: null` is refused, not sent to the
  // client's own account.
  for (const name of operation.pathParams)
    path[name] = params[name] === undefined ? defaults.pathDefaults?.[name] : params[name];
  for (const name of Object.keys(params)) {
    const value = params[name];
    // Unknown names go to the query, where validation reports them instead of dropping them;
    // a name left undefined is not sent, so it is not checked either.
    if (value === undefined || operation.pathParams.includes(name)) continue;
    if (name === operation.bulkDelete?.confirm || name === operation.confirm) continue;
    // A comma-list string is checked item by item, as an array is: `status: 'failed'` is then
    // refused with the values allowed, not with the pattern that joins them.
    const comma = operation.query[name] === 'comma' && typeof value === 'string';
    setOwn(query, name, comma ? value.split(',').flatMap((item) => item.trim() || []) : value);
  }
  const issues = pathIssues(path);
  const checked = operation.request.params.parse({ path, query });
  if (!checked.ok) issues.push(...checked.issues.map((found) => withHint(found, defaults)));
  if (body === undefined && operation.body === 'required')
    issues.push(issue([], 'body is required', 'required'));
  const checkedBody = body === undefined ? undefined : operation.request.body?.parse(body);
  if (checkedBody && !checkedBody.ok)
    issues.push(...checkedBody.issues.map((i) => within('body', i)));
  if (issues.length > 0) refuse(operation, issues);
  const encoded = encodeQuery(query, operation);
  if (encoded.issues.length > 0) refuse(operation, encoded.issues);
  guardBulkDelete(operation, params, encoded.search);
  const parts = pathParts(operation);
  let resolvedPath = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2)
    resolvedPath += encodeURIComponent(String(path[parts[i] as string])) + parts[i + 1];
  return `${withoutTrailingSlashes(defaults.baseUrl)}${resolvedPath}${encoded.query}`;
}

const withoutTrailingSlashes = (url: string) => (url.endsWith('/') ? url.replace(/\/+$/, '') : url);

const pathTemplates = new WeakMap<OperationDescriptor, readonly string[]>();

/**
 * The operation's path split at its parameters, once per operation: text, name, text, …, text
 * (`/gateways/{id}/logs` → `['/gateways/', 'id', '/logs']`).
 */
function pathParts(operation: OperationDescriptor): readonly string[] {
  let parts = pathTemplates.get(operation);
  if (!parts) {
    parts = operation.path.split(/\{([^}]+)\}/);
    pathTemplates.set(operation, parts);
  }
  return parts;
}
