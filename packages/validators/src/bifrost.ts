export * from './generated/bifrost/index.js';
export * from './index.js';
