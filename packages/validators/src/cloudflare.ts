export * from './generated/cloudflare/index.js';
export * from './index.js';
