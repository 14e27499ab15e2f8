// What a client checks after receiving: each operation's JSON responses, by status.
export { responseValidators } from './generated/bifrost/responses.js';
export type { components, operations, paths } from './generated/bifrost/types.js';
