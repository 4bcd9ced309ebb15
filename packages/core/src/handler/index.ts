export * from './contract-exports.js';
export * from './server.js';
