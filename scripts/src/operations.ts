import {
  escapePointer,
  type Json,
  jsonMediaType,
  type Located,
  locate,
  operationParameters,
  operationsOf,
  resolve,
} from './specs.ts';

/** What the generators need to know about one operation, read from the spec. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  /** JSON pointer of the operation object in the spec. */
  pointer: string;
  pathParameters: ParameterInfo[];
  queryParameters: ParameterInfo[];
  /** JSON pointer of the JSON request body schema, when there is one. */
  bodySchema?: string;
  bodyRequired: boolean;
  /** Status code (or `4XX`, `default`) to the JSON pointer of its JSON body schema. */
  responseSchemas: Record<string, string>;
  /** The operation's `x-pagination`, checked against its parameters, when it is a paginated list. */
  pagination?: PaginationInfo;
  operation: Json;
}

export interface ParameterInfo {
  name: string;
  required: boolean;
  /** JSON pointer of the parameter's schema. */
  schema: string;
  /**
   * A path parameter every call shares (`x-sdk-shared`, Cloudflare's `account_id`): set once on
   * the client, optional on each call.
   */
  shared: boolean;
  parameter: Json;
}

export interface PaginationInfo {
  /** `page`: the runtime sends a `page` number; `offset`: an `offset`. */
  style: 'page' | 'offset';
  /** Dotted path of the items array in the response body. */
  items: string;
  /** Dotted path of the total count in the response body, when the API reports one. */
  total?: string;
  /** Dotted path of the page size the server used, where it echoes one. */
  perPage?: string;
  /** The query parameter that sets the page size (`sizeParam`). */
  sizeParameter: ParameterInfo;
}

function parameterInfo({ pointer, node }: Located): ParameterInfo {
  return {
    name: node.name,
    required: Boolean(node.required),
    schema: `${pointer}/schema`,
    shared: node['x-sdk-shared'] === true,
    parameter: node,
  };
}

/** The JSON pointer of the JSON schema in a request body or response, when it has one. */
function jsonSchemaPointer({ pointer, node }: Located): string | undefined {
  const type = jsonMediaType(node?.content);
  return type ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
}

function paginationInfo(
  operationId: string,
  extension: Json,
  query: ParameterInfo[],
  hasBody: boolean,
): PaginationInfo {
  const fail = (problem: string) => {
    throw new Error(`${operationId}: x-pagination ${problem}`);
  };
  const { style, items, total, perPage, sizeParam } = extension;
  if (style !== 'page' && style !== 'offset') fail(`style must be page or offset, not ${style}`);
  if (typeof items !== 'string') fail('needs items, the dotted path of the items in the body');
  // The client and React runtimes send the position in a parameter named after the style.
  if (!query.some((p) => p.name === style)) fail(`style ${style} needs a query parameter ${style}`);
  const sizeParameter = query.find((p) => p.name === sizeParam);
  if (!sizeParameter) fail(`sizeParam must name the page-size query parameter, not ${sizeParam}`);
  // A list call sends its parameters only.
  if (hasBody) fail('is for operations without a request body');
  return {
    style,
    items,
    ...(total === undefined ? {} : { total }),
    ...(perPage === undefined ? {} : { perPage }),
    sizeParameter: sizeParameter as ParameterInfo,
  };
}

export function operationInfos(document: Json): OperationInfo[] {
  return operationsOf(document).map(({ method, path, pointer, operation }) => {
    const parameters = operationParameters(document, path, method).map(parameterInfo);
    const queryParameters = parameters.filter((p) => p.parameter.in === 'query');
    const requestBody = operation.requestBody
      ? locate(document, operation.requestBody, `${pointer}/requestBody`)
      : undefined;
    const bodySchema = requestBody && jsonSchemaPointer(requestBody);
    const responseSchemas: Record<string, string> = {};
    for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
      const at = `${pointer}/responses/${escapePointer(status)}`;
      const schema = jsonSchemaPointer(locate(document, response, at));
      if (schema) responseSchemas[status] = schema;
    }
    const pagination = operation['x-pagination'];
    return {
      operationId: operation.operationId,
      method,
      path,
      pointer,
      pathParameters: parameters.filter((p) => p.parameter.in === 'path'),
      queryParameters,
      bodySchema,
      bodyRequired: Boolean(requestBody?.node.required),
      responseSchemas,
      ...(pagination
        ? {
            pagination: paginationInfo(
              operation.operationId,
              pagination,
              queryParameters,
              Boolean(bodySchema),
            ),
          }
        : {}),
      operation,
    };
  });
}

/**
 * Whether a client call takes a params object, and must: it does for its own path parameters (the
 * shared ones come from the client), query parameters, or the confirmation flag of a bulk delete;
 * it must when it has its own path parameters, a required query parameter, or must be confirmed
 * (`x-confirm`).
 */
export function callParams(info: OperationInfo): 'none' | 'optional' | 'required' {
  const own = info.pathParameters.filter((p) => !p.shared);
  if (own.length > 0 || info.queryParameters.some((p) => p.required) || info.operation['x-confirm'])
    return 'required';
  if (info.queryParameters.length > 0 || info.operation['x-bulk-delete']) return 'optional';
  return 'none';
}

/** Where the client puts an operation: `x-sdk-resource` and `x-sdk-method`. */
export function sdkNames(info: OperationInfo): { resource: string; method: string } {
  const resource = info.operation['x-sdk-resource'];
  const method = info.operation['x-sdk-method'];
  if (!resource || !method)
    throw new Error(`${info.operationId} lacks x-sdk-resource or x-sdk-method`);
  return { resource, method };
}

/** A line for doc comments: `Summary — \`GET /path\``. */
export const operationDoc = (info: OperationInfo) =>
  [info.operation.summary, `\`${info.method} ${info.path}\``].filter(Boolean).join(' — ');

/**
 * The JSON Schema of an operation's parameters in the openapi-fetch shape `{ path, query }`, each
 * parameter's schema given by `schemaOf`. Unknown names are rejected, so a misspelt parameter is
 * reported instead of dropped.
 */
export function parametersSchema(
  info: OperationInfo,
  schemaOf: (parameter: ParameterInfo) => unknown,
) {
  const group = (parameters: ParameterInfo[]) => ({
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, schemaOf(p)])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  });
  // Both groups always exist, so that an unknown name is reported even where none is known.
  const properties = { path: group(info.pathParameters), query: group(info.queryParameters) };
  const required = [
    ...(info.pathParameters.length > 0 ? ['path'] : []),
    ...(info.queryParameters.some((p) => p.required) ? ['query'] : []),
  ];
  return { type: 'object', properties, required };
}

/**
 * The row fields each list filter of an operation is matched against (`x-log-fields`): the
 * filter keeps a row when any of their values is in its list.
 */
export function logFields(info: OperationInfo): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const { name, parameter } of info.queryParameters) {
    const named = parameter['x-log-fields'];
    if (named === undefined) continue;
    if (!Array.isArray(named) || named.some((field) => typeof field !== 'string'))
      throw new Error(`${info.operationId}: x-log-fields of ${name} must be a list of field names`);
    fields[name] = named;
  }
  return fields;
}

/**
 * How a query parameter goes on the wire: repeated dotted keys, one comma list, one parameter per
 * entry of an object under a name prefix, or plain form.
 */
export function queryEncoding(
  document: Json,
  parameter: Json,
): 'dotted' | 'comma' | 'prefixed' | 'form' {
  if (parameter['x-query-encoding'] === 'dotted') return 'dotted';
  if (parameter['x-query-encoding'] === 'prefixed') {
    if (typeof parameter['x-query-prefix'] !== 'string')
      throw new Error(`${parameter.name}: x-query-encoding prefixed needs x-query-prefix`);
    return 'prefixed';
  }
  if (resolve(document, parameter.schema ?? {})['x-comma-list']) return 'comma';
  return 'form';
}
