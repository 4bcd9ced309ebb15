/** Fortnox reads `lastmodified` in Swedish local time (fortnox-api.md §3). */
export const FORTNOX_TIME_ZONE = 'Europe/Stockholm';

function parts(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/**
 * A point in time as Fortnox's `YYYY-MM-DD`, in Swedish local time.
 *
 * @example formatFortnoxDate(new Date('2026-01-05T23:30:00Z')) // '2026-01-06'
 */
export function formatFortnoxDate(date: Date | number, timeZone = FORTNOX_TIME_ZONE): string {
  const p = parts(new Date(date), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * A point in time as the `lastmodified` parameter: `YYYY-MM-DD HH:MM`, Swedish local time,
 * minute precision (round down, so the boundary minute is fetched again; sync de-duplicates).
 *
 * @example formatLastModified(new Date('2026-01-05T08:00:00Z')) // '2026-01-05 09:00'
 */
export function formatLastModified(date: Date | number, timeZone = FORTNOX_TIME_ZONE): string {
  const p = parts(new Date(date), timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
