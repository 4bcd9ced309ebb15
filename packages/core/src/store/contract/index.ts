export {
  describeStateStoreContract,
  type StateStoreContractAdapter,
} from './state-store-contract.js';
