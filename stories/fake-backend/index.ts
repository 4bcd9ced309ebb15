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
  sentOrder,
} from './fake-state.js';
