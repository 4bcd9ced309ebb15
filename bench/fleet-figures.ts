/**
 * The figures of the fleet benchmark (`bench/fleet.ts`), from pg-boss's job table, the worker
 * processes' reports and the emulator, all in simulated time (the shared scaled clock).
 */
import type { FleetReport, FleetSend, FleetSync } from './fleet-protocol.js';

/** A connection's first scheduled sync job, or its send job, as pg-boss holds it. */
export interface FleetJobRow {
  name: string;
  state: string;
  data: { connectionId: string };
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

export interface FleetInputs {
  tenants: { connectionId: string; tenantId: number }[];
  rows: FleetJobRow[];
  reports: FleetReport[];
  /** Every access token the emulator issued in the run: tenant and expiry (simulated ms). */
  accessTokens: { tenantId: number; expiresAt: number }[];
  /** The kit's renewal margin: a token is renewed once a call comes within it of expiry. */
  refreshMarginMs: number;
  /** Real epoch ms (pg-boss's timestamps) to simulated epoch ms. */
  toSimulated(real: number): number;
  syncIntervalMs: number;
}

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? null;
};
const seconds = (ms: number) => Math.round(ms) / 1000;

/** The most requests of one tenant in any sliding 5 s, and all requests. */
function requestFigures(inputs: FleetInputs) {
  let requests = 0;
  let maxPer5s = 0;
  const lastRequest = new Map<string, number>();
  const timesOf = new Map<string, number[]>();
  for (const { connectionId } of inputs.tenants) {
    const times = inputs.reports
      .flatMap((r) => r.requestTimes[connectionId] ?? [])
      .sort((a, b) => a - b);
    timesOf.set(connectionId, times);
    requests += times.length;
    lastRequest.set(connectionId, times.at(-1) ?? Number.NEGATIVE_INFINITY);
    let from = 0;
    for (let to = 0; to < times.length; to++) {
      while ((times[to] ?? 0) - (times[from] ?? 0) >= 5_000) from++;
      maxPer5s = Math.max(maxPer5s, to - from + 1);
    }
  }
  return { requests, maxPer5s, lastRequest };
}

/**
 * Token expiries: access tokens that came due (expiry less the kit's renewal margin) before a
 * later request of their tenant. Each needs exactly one refresh: more is a race, fewer is a
 * 401.
 */
function tokenExpiries(inputs: FleetInputs, lastRequest: Map<string, number>) {
  const connectionOf = new Map(inputs.tenants.map((t) => [t.tenantId, t.connectionId]));
  return inputs.accessTokens.filter(
    (t) =>
      t.expiresAt - inputs.refreshMarginMs <=
      (lastRequest.get(connectionOf.get(t.tenantId) ?? '') ?? Number.NEGATIVE_INFINITY),
  ).length;
}

function merged<T extends object>(
  reports: FleetReport[],
  pick: (r: FleetReport) => Record<string, T>,
) {
  const out = new Map<string, T>();
  for (const report of reports)
    for (const [id, value] of Object.entries(pick(report)))
      out.set(id, { ...out.get(id), ...value });
  return out;
}

/** The figures of the run (everything but CPU, clock and duplicates, which the driver adds). */
export function fleetFigures(inputs: FleetInputs) {
  const { rows, reports, toSimulated } = inputs;
  const syncs = rows.filter((r) => r.name === 'fortnox-kit.sync');
  const sendRows = rows.filter((r) => r.name === 'fortnox-kit.send');
  const { requests, maxPer5s, lastRequest } = requestFigures(inputs);
  const syncStartDelays = syncs
    .filter((r) => r.started_on)
    .map((r) => toSimulated(r.started_on?.getTime() ?? 0) - toSimulated(r.start_after.getTime()));
  const syncTimes = merged<FleetSync>(reports, (r) => r.syncs);
  const sendTimes = merged<FleetSend>(reports, (r) => r.sends);
  const sendMs = [...sendTimes.values()]
    .filter((s) => s.enqueuedAt !== undefined && s.doneAt !== undefined)
    .map((s) => (s.doneAt ?? 0) - (s.enqueuedAt ?? 0));
  const duringSync = [...sendTimes].filter(([id, s]) => {
    const ended = syncTimes.get(id)?.endedAt;
    return s.startedAt !== undefined && ended !== undefined && s.startedAt < ended;
  }).length;
  const syncMs = [...syncTimes.values()]
    .filter((s) => s.endedAt !== undefined)
    .map((s) => (s.endedAt ?? 0) - s.startedAt);
  const sum = (pick: (r: FleetReport) => number) => reports.reduce((a, r) => a + pick(r), 0);
  return {
    http429: sum((r) => r.http429),
    http401: sum((r) => r.http401),
    tokenRequests: sum((r) => r.tokenRequests),
    invalidGrants: sum((r) => r.invalidGrant),
    failedJobAttempts: sum((r) => r.failedAttempts),
    tokenExpiries: tokenExpiries(inputs, lastRequest),
    lostJobs:
      rows.filter((r) => r.state !== 'completed').length +
      (inputs.tenants.length - syncs.length) +
      (inputs.tenants.length - sendRows.length),
    unfinishedJobs: rows
      .filter((r) => r.state !== 'completed')
      .slice(0, 5)
      .map((r) => `${r.name}:${r.data.connectionId}:${r.state}`),
    syncJobs: syncs.length,
    sendJobs: sendRows.length,
    tenantsSynced: new Set(syncs.filter((r) => r.started_on).map((r) => r.data.connectionId)).size,
    syncsStartedWithinHour: syncStartDelays.filter((d) => d < inputs.syncIntervalMs).length,
    syncStartDelayP95SimulatedSeconds: seconds(p95(syncStartDelays) ?? Number.NaN),
    syncStartDelayMaxSimulatedSeconds: seconds(Math.max(...syncStartDelays)),
    syncP95SimulatedSeconds: seconds(p95(syncMs) ?? Number.NaN),
    sendP95SimulatedSeconds: seconds(p95(sendMs) ?? Number.NaN),
    sendsStartedWhileSyncRan: duringSync,
    maxRequestsPer5sPerTenant: maxPer5s,
    fortnoxRequests: requests,
  };
}
