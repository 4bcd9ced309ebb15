/**
 * The JSON contract between the React components (packages/react) and the host backend
 * (`createFortnoxHandler`, or any backend that implements the same routes). Both sides
 * validate against these schemas. Paths are relative to the handler's mount point
 * (e.g. `/api/fortnox`). See decisions/050-handler-contract.md. Written with `zod/mini`
 * because every page with the components loads it (decisions/055). One file per route group
 * in `contract-schemas/` (decisions/130); `contract-exports.ts` names the public ones.
 */

export * from './contract-schemas/connection.js';
export * from './contract-schemas/errors.js';
export * from './contract-schemas/orders.js';
export * from './contract-schemas/routes.js';
export * from './contract-schemas/settings.js';
export * from './contract-schemas/sync.js';
