// The user-agent mappings: custom rules naming the client app of matching User-Agents.
import type { components } from '@ai-gateway/validators/bifrost';
import { ApiError, type OperationHandler } from '../core/types.ts';
import type { BifrostStore, UserAgentMapping } from './store.ts';

type Input = components['schemas']['UserAgentMappingInput'];

/** Go's zero time, which the update answer carries because it does not read the row back. */
const zeroTime = '0001-01-01T00:00:00Z';

const notFound = () => new ApiError(404, 'user agent mapping not found');

/** The plugin's checks, after trimming; a failure is the client's fault (400). */
function checked(body: Input, verb: 'create' | 'update'): Input {
  const mapping = {
    pattern: body.pattern.trim(),
    app: body.app.trim(),
    match_type: body.match_type.trim() as Input['match_type'],
  };
  const refuse = (reason: string) =>
    new ApiError(
      400,
      `failed to ${verb} user agent mapping: invalid user agent mapping: ${reason}`,
    );
  if (mapping.pattern === '') throw refuse('pattern cannot be empty');
  if (mapping.app === '') throw refuse('app cannot be empty');
  if (mapping.match_type === 'regex') {
    try {
      new RegExp(mapping.pattern);
    } catch (error) {
      throw refuse(`invalid regex pattern: ${(error as Error).message}`);
    }
  }
  return mapping;
}

const listUserAgentMappings: OperationHandler<BifrostStore> = ({ store }) => ({
  // Go's nil slice: no mappings is `null`, not `[]`.
  body: { mappings: store.userAgentMappings.length === 0 ? null : store.userAgentMappings },
});

const createUserAgentMapping: OperationHandler<BifrostStore> = ({ body, store, clock }) => {
  const now = clock.now().toISOString();
  const mapping: UserAgentMapping = {
    id: store.newId(),
    ...checked(body as Input, 'create'),
    created_at: now,
    updated_at: now,
  };
  store.userAgentMappings.push(mapping);
  return { body: mapping };
};

const updateUserAgentMapping: OperationHandler<BifrostStore> = ({ body, path, store, clock }) => {
  const index = store.userAgentMappings.findIndex((mapping) => mapping.id === path.id);
  const input = checked(body as Input, 'update');
  const stored = store.userAgentMappings[index];
  if (!stored) throw notFound();
  const updatedAt = clock.now().toISOString();
  store.userAgentMappings[index] = { ...stored, ...input, updated_at: updatedAt };
  return { body: { id: stored.id, ...input, created_at: zeroTime, updated_at: updatedAt } };
};

const deleteUserAgentMapping: OperationHandler<BifrostStore> = ({ path, store }) => {
  const before = store.userAgentMappings.length;
  store.userAgentMappings = store.userAgentMappings.filter((mapping) => mapping.id !== path.id);
  if (store.userAgentMappings.length === before) throw notFound();
  return { body: { success: true } };
};

export const userAgentMappingHandlers = {
  listUserAgentMappings,
  createUserAgentMapping,
  updateUserAgentMapping,
  deleteUserAgentMapping,
};
