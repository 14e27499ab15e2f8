import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Json } from './specs.ts';

const documentId = 'openapi-document';

/**
 * An Ajv instance holding a whole OpenAPI 3.1 document, so any schema in it can be compiled by
 * pointer. Without `allErrors` validators stop at the first error, and compile much faster.
 */
export function ajvForDocument(document: Json, options: { allErrors?: boolean } = {}) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: options.allErrors ?? true,
    validateSchema: false,
  });
  addFormats.default(ajv);
  ajv.addSchema(document, documentId);
  return {
    validatorAt(schemaPointer: string) {
      const validate = ajv.getSchema(`${documentId}#${encodeURI(schemaPointer)}`);
      if (!validate) throw new Error(`No schema at ${schemaPointer}`);
      return validate;
    },
    errorsText: (errors: Parameters<typeof ajv.errorsText>[0]) => ajv.errorsText(errors),
  };
}
