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
  syncIntervalMs: number;
}

/** A background send of the tenant's order `o1`, due at `at` (epoch ms). */
export interface FleetSend {
  connectionId: string;
  at: number;
}

export type FleetCommand =
  | FleetInit
  | { type: 'enqueue'; sends: FleetSend[] }
  | { type: 'report' }
  | { type: 'exit' };

/** Per connection: the time of every Fortnox API request, and counts by kind. */
export interface FleetReport {
  type: 'report';
  requestTimes: Record<string, number[]>;
  http429: number;
  tokenRequests: number;
  invalidGrant: number;
  cpuSeconds: number;
}

export type FleetReply = { type: 'ok' } | FleetReport | { type: 'error'; message: string };
