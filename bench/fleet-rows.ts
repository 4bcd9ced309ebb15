/** The `fleet` rows of `pnpm bench`'s table (issue 13, decisions/146): target and verdict. */
type Check = (value: unknown, target: string, pass: (n: number) => boolean) => string[];

/** One row: metric, value, target, verdict. */
export type FleetRow = [metric: string, value: string, target: string, verdict: string];

export function fleetRows(get: (path: string) => unknown, check: Check): FleetRow[] {
  const row = (key: string, target: string, pass: (n: number) => boolean): FleetRow[] => [
    [`fleet.${key}`, ...check(get(`fleet.${key}`), target, pass)] as FleetRow,
  ];
  const info = (key: string) =>
    typeof get(`fleet.${key}`) === 'number' ? row(key, '', () => true) : [];
  const tenants = get('fleet.tenants');
  const expiries = get('fleet.tokenExpiries');
  return [
    ...row('tenants', '≥ 1,000', (n) => n >= 1000),
    ...row('workers', '3', (n) => n === 3),
    ...row('simulatedSeconds', '≥ 3,600 (one hour)', (n) => n >= 3600),
    ...row('http429', '0', (n) => n === 0),
    ...row('refreshes', `= tokenExpiries (${String(expiries ?? '?')})`, (n) => n === expiries),
    ...info('tokenExpiries'),
    ...row('refreshRaces', '0', (n) => n === 0),
    ...row('lostJobs', '0', (n) => n === 0),
    ...row('duplicateDocuments', '0', (n) => n === 0),
    ...row('syncsStartedWithinHour', '= tenants', (n) => n === tenants),
    ...row('maxRequestsPer5sPerTenant', '≤ 25', (n) => n <= 25),
    ...info('sendP95SimulatedSeconds'),
    ...info('cpuSecondsPer1000Requests'),
  ];
}
