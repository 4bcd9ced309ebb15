import { createRandom, type Random } from '../seed/random.js';

/** A fault to inject into matching requests (network trouble or a Fortnox outage). */
export interface FaultSpec {
  /** Only this HTTP method. */
  method?: string;
  /** A path prefix (`/3/customers`) or a RegExp tested against the path. */
  path: string | RegExp;
  /** Only requests of this tenant. */
  tenantId?: number;
  /** How many matching requests to hit. @default 1 (unlimited when `probability` is set) */
  count?: number;
  /** Hit each matching request with this probability (seeded, so runs repeat). */
  probability?: number;
  /** Answer this status instead of handling the request (a Fortnox-shaped body unless `body`). */
  status?: number;
  body?: unknown;
  /** Delay the request by this many ms of the emulator's clock, then go on. */
  latencyMs?: number;
  /** Drop the connection: the client sees a network error. */
  reset?: boolean;
  /** Handle the request (the write happens), then lose the response (a network error). */
  timeoutAfterCommit?: boolean;
}

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  remaining: number;
}

/** The faults in force and the seeded coin they are rolled with. */
export class FaultRegistry {
  private readonly faults: ActiveFault[] = [];
  private nextId = 1;
  private readonly random: Random;

  constructor(seed = 1) {
    this.random = createRandom(seed);
  }

  add(spec: FaultSpec): number {
    const remaining = spec.count ?? (spec.probability !== undefined ? Number.POSITIVE_INFINITY : 1);
    const id = this.nextId++;
    this.faults.push({ id, spec, remaining });
    return id;
  }

  remove(id: number): void {
    const index = this.faults.findIndex((f) => f.id === id);
    if (index >= 0) this.faults.splice(index, 1);
  }

  clear(): void {
    this.faults.length = 0;
  }

  list(): FaultSpec[] {
    return this.faults.map((f) => f.spec);
  }

  /** The fault that hits this request, if any (and counts it). */
  take(method: string, path: string, tenantId: number | undefined): FaultSpec | undefined {
    for (const fault of this.faults) {
      const { spec } = fault;
      if (fault.remaining <= 0) continue;
      if (spec.method && spec.method.toUpperCase() !== method) continue;
      if (spec.tenantId !== undefined && spec.tenantId !== tenantId) continue;
      const matches =
        typeof spec.path === 'string' ? path.startsWith(spec.path) : spec.path.test(path);
      if (!matches) continue;
      if (spec.probability !== undefined && !this.random.chance(spec.probability)) continue;
      fault.remaining--;
      return spec;
    }
    return undefined;
  }
}
