// What a client that checks answers loads on demand: one operation's response validators at a time.
export { responseLoaders } from './generated/cloudflare/response-loaders.js';
