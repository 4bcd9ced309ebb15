import type { FortnoxEmulator } from '../emulator.js';
import { type UserActions, userActions } from './act-as-user.js';
import { handleControlHttp } from './control-http.js';
import type { FaultRegistry, FaultSpec } from './faults.js';
import type { RequestLog, RequestLogEntry } from './request-log.js';

/** The emulator's control API for tests and the demo. */
export interface EmulatorControl {
  /** The emulator's time (epoch ms). */
  now(): number;
  /** Moves the emulator's clock forward; returns the new time. */
  advanceClock(ms: number): number;
  /** Injects a fault; returns its id. */
  injectFault(spec: FaultSpec): number;
  removeFault(id: number): void;
  clearFaults(): void;
  /** Requests answered, oldest first (optionally of one tenant). */
  requests(filter?: { tenantId?: number }): RequestLogEntry[];
  /** Number of requests per tenant id. */
  requestCounts(): Record<number, number>;
  clearRequests(): void;
  /** Sends each live WebSocket event twice with this probability (at-least-once delivery). */
  setEventDuplication(probability: number): void;
  /** Acts as a user inside Fortnox for one tenant. */
  actAsUser(tenantId: number): UserActions;
  /** Answers the HTTP mirror of this API (`/__emulator/*`). */
  handleHttp(request: Request): Promise<Response>;
}

interface ControlDeps {
  emulator: FortnoxEmulator;
  faults: FaultRegistry;
  log: RequestLog;
}

export function createControl({ emulator, faults, log }: ControlDeps): EmulatorControl {
  const control: EmulatorControl = {
    now: () => emulator.clock.now(),
    advanceClock(ms) {
      emulator.clock.advance(ms);
      return emulator.clock.now();
    },
    injectFault: (spec) => faults.add(spec),
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),
    requests: (filter) => log.list(filter),
    requestCounts: () => log.counts(),
    clearRequests: () => log.clear(),
    setEventDuplication: (probability) => emulator.events.setDuplication(probability),
    actAsUser(tenantId) {
      emulator.db.tenant(tenantId);
      return userActions(() => emulator.context(tenantId));
    },
    handleHttp: (request) => handleControlHttp(request, emulator, control),
  };
  return control;
}
