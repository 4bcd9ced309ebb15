/** What the fleet benchmark's driver and its worker processes say to each other. */
export interface FleetInit {
  type: 'init';
  databaseUrl: string;
  storeSchema: string;
  bossSchema: string;
  encryptionKey: string;
  fortnox: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    apiBaseUrl: string;
    authBaseUrl: string;
  };
  /** The shared scaled clock (env/scaled-clock.ts): every process builds the same one. */
  clock: { speed: number; realStart: number; clockStart: number };
}

export type FleetCommand = FleetInit | { type: 'report' } | { type: 'exit' };

/** A connection's first scheduled sync in this process, in simulated epoch ms. */
export interface FleetSync {
  startedAt: number;
  endedAt?: number;
  status?: string;
}

/** The background send enqueued when that sync started, in simulated epoch ms. */
export interface FleetSend {
  enqueuedAt?: number;
  startedAt?: number;
  doneAt?: number;
}

/** Per connection: the simulated time of every Fortnox API request, and counts by kind. */
export interface FleetReport {
  type: 'report';
  requestTimes: Record<string, number[]>;
  syncs: Record<string, FleetSync>;
  sends: Record<string, FleetSend>;
  http429: number;
  http401: number;
  tokenRequests: number;
  invalidGrant: number;
  /** Job attempts that threw (pg-boss retries them). */
  failedAttempts: number;
  cpuSeconds: number;
}

export type FleetReply = { type: 'ok' } | FleetReport | { type: 'error'; message: string };
