/**
 * `@fortnox-kit/core/testing`: what a host needs to test its own adapters against the kit's
 * contracts. Needs `vitest` (an optional peer dependency).
 */
// ## Contract tests
export {
  describeStateStoreContract,
  type StateStoreContractAdapter,
} from './store/contract/index.js';
