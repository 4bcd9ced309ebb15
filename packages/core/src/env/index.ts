export {
  type Clock,
  createVirtualClock,
  systemClock,
  type VirtualClock,
  type VirtualClockOptions,
} from './clock.js';
