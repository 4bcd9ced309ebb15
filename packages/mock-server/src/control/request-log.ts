/** One request the emulator answered. */
export interface RequestLogEntry {
  /** Emulator time (epoch ms). */
  time: number;
  method: string;
  path: string;
  search: string;
  /** HTTP status; 0 for a dropped connection. */
  status: number;
  tenantId?: number;
  clientId?: string;
  /** The fault that hit this request, if any. */
  fault?: string;
}

/** The request log, with counts per tenant. */
export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];

  constructor(private readonly maxEntries = 10_000) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.shift();
  }

  list(filter: { tenantId?: number } = {}): RequestLogEntry[] {
    return this.entries.filter(
      (e) => filter.tenantId === undefined || e.tenantId === filter.tenantId,
    );
  }

  /** Number of logged requests per tenant id. */
  counts(): Record<number, number> {
    const counts: Record<number, number> = {};
    for (const e of this.entries)
      if (e.tenantId !== undefined) counts[e.tenantId] = (counts[e.tenantId] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
