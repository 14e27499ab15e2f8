import { escapePointer, type Json, operationsOf } from './specs.ts';

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
  operation: Json;
}

export interface ParameterInfo {
  name: string;
  required: boolean;
  /** JSON pointer of the parameter's schema. */
  schema: string;
  parameter: Json;
}

function parameterPointer(
  document: Json,
  node: Json,
  fallback: string,
): { pointer: string; parameter: Json } {
  if (typeof node.$ref === 'string') {
    const pointer = node.$ref.slice(1);
    const name = pointer.split('/').at(-1);
    return { pointer, parameter: document.components.parameters[name] };
  }
  return { pointer: fallback, parameter: node };
}

function jsonContentPointer(holder: Json, at: string): string | undefined {
  const type = Object.keys(holder?.content ?? {}).find((t) => t.includes('json'));
  return type ? `${at}/content/${escapePointer(type)}/schema` : undefined;
}

export function operationInfos(document: Json): OperationInfo[] {
  return operationsOf(document).map(({ method, path, operation }) => {
    const lower = method.toLowerCase();
    const pathPointer = `/paths/${escapePointer(path)}`;
    const pointer = `${pathPointer}/${lower}`;
    const parameters: ParameterInfo[] = [];
    const collect = (list: Json[] | undefined, at: string) => {
      (list ?? []).forEach((node, index) => {
        const { pointer: p, parameter } = parameterPointer(
          document,
          node,
          `${at}/parameters/${index}`,
        );
        if (
          parameters.some(
            (existing) =>
              existing.name === parameter.name && existing.parameter.in === parameter.in,
          )
        )
          return;
        parameters.push({
          name: parameter.name,
          required: Boolean(parameter.required),
          schema: `${p}/schema`,
          parameter,
        });
      });
    };
    collect(operation.parameters, pointer);
    collect(document.paths[path].parameters, pathPointer);
    const requestBody = operation.requestBody?.$ref
      ? {
          pointer: operation.requestBody.$ref.slice(1),
          node: document.components.requestBodies[operation.requestBody.$ref.split('/').at(-1)],
        }
      : { pointer: `${pointer}/requestBody`, node: operation.requestBody };
    const responseSchemas: Record<string, string> = {};
    for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
      const resolved = response.$ref
        ? {
            at: response.$ref.slice(1),
            node: document.components.responses[response.$ref.split('/').at(-1)],
          }
        : { at: `${pointer}/responses/${escapePointer(status)}`, node: response };
      const schema = jsonContentPointer(resolved.node, resolved.at);
      if (schema) responseSchemas[status] = schema;
    }
    return {
      operationId: operation.operationId,
      method,
      path,
      pointer,
      pathParameters: parameters.filter((p) => p.parameter.in === 'path'),
      queryParameters: parameters.filter((p) => p.parameter.in === 'query'),
      bodySchema: requestBody.node
        ? jsonContentPointer(requestBody.node, requestBody.pointer)
        : undefined,
      bodyRequired: Boolean(requestBody.node?.required),
      responseSchemas,
      operation,
    };
  });
}

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
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  if (info.pathParameters.length > 0) {
    properties.path = group(info.pathParameters);
    required.push('path');
  }
  if (info.queryParameters.length > 0) {
    properties.query = group(info.queryParameters);
    if (info.queryParameters.some((p) => p.required)) required.push('query');
  }
  return { type: 'object', properties, required };
}
