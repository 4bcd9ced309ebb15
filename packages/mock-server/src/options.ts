import type { Clock } from '@fortnox-kit/core';

/** Fortnox rules a test may relax explicitly. All are on by default, in the bin too. */
export interface EmulatorRules {
  /** 25 requests per sliding 5 s per client and tenant → 429. @default true */
  rateLimit: boolean;
  /** A token must carry the resource's scope → 403. @default true */
  scopes: boolean;
  /** Access tokens expire after 1 h of the emulator's clock → 401. @default true */
  tokenExpiry: boolean;
  /** A reused refresh token fails and revokes its grant. @default true */
  singleUseRefreshTokens: boolean;
}

/** Options of `createFortnoxEmulator`. */
export interface FortnoxEmulatorOptions {
  /** @default 'https://api.fortnox.se' */
  apiBaseUrl?: string;
  /** @default 'https://apps.fortnox.se' */
  authBaseUrl?: string;
  /** The WebSocket URL announced to clients. @default 'wss://ws.fortnox.se/topics-v1' */
  wsUrl?: string;
  /** The base clock (share a virtual clock with the client under test). @default systemClock */
  clock?: Clock;
  /** Rules to relax, e.g. `{ rateLimit: false }`. @default every rule on */
  rules?: Partial<EmulatorRules>;
  /** Seed for probabilistic faults. @default 1 */
  faultSeed?: number;
}

/** Options with every default applied. */
export interface ResolvedEmulatorOptions {
  apiBaseUrl: string;
  authBaseUrl: string;
  wsUrl: string;
  clock: Clock | undefined;
  rules: EmulatorRules;
  faultSeed: number;
}

export const DEFAULT_RULES: EmulatorRules = {
  rateLimit: true,
  scopes: true,
  tokenExpiry: true,
  singleUseRefreshTokens: true,
};

export function resolveOptions(options: FortnoxEmulatorOptions = {}): ResolvedEmulatorOptions {
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    apiBaseUrl: trim(options.apiBaseUrl ?? 'https://api.fortnox.se'),
    authBaseUrl: trim(options.authBaseUrl ?? 'https://apps.fortnox.se'),
    wsUrl: options.wsUrl ?? 'wss://ws.fortnox.se/topics-v1',
    clock: options.clock,
    rules: { ...DEFAULT_RULES, ...options.rules },
    faultSeed: options.faultSeed ?? 1,
  };
}
