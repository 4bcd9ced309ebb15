export {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeFailure,
} from './fake-backend.js';
export {
  createFakeState,
  DEMO_COMPANY,
  type FakeBackendState,
  type FakeOrder,
  notSentOrder,
} from './fake-state.js';
