/**
 * `@fortnox-kit/core/contract`: what a browser shares with the host backend, and nothing
 * else. The handler contract (routes, request and response schemas, error codes), the
 * integration settings (schema, defaults, form metadata) and the clock. No Fortnox client,
 * no sync, no mapping, and only `zod/mini`, so a page that imports it (as
 * `@fortnox-kit/react` does) ships a few kilobytes instead of the whole SDK
 * (decisions/055). The main entry exports the settings schema and metadata and the clock
 * too, the same objects; the handler contract's types are imported from here (decisions/081).
 */

// ## Clock
export * from './env/index.js';

// ## The handler contract
export * from './handler/contract-exports.js';

// ## Integration settings
export * from './settings/index.js';
