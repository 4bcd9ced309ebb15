/**
 * Fortnox speaks Swedish local time: `lastmodified` and dates are Europe/Stockholm.
 */
const FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

// Intl formatting is slow; seeding and busy requests format the same second many times.
const cache = new Map<number, string>();

/** `YYYY-MM-DD HH:MM:SS` in Stockholm time. */
export function stockholmDateTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  const cached = cache.get(second);
  if (cached !== undefined) return cached;
  const p: Record<string, string> = {};
  for (const part of FORMAT.formatToParts(second * 1000)) p[part.type] = part.value;
  const formatted = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  if (cache.size >= 4096) cache.clear();
  cache.set(second, formatted);
  return formatted;
}

/** `YYYY-MM-DD` in Stockholm time. */
export function stockholmDate(ms: number): string {
  return stockholmDateTime(ms).slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T12:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

const LAST_MODIFIED = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses a `lastmodified` value to epoch milliseconds, or `undefined` when it is malformed
 * or names a time that does not exist (`2000-13-45 25:61`). Fortnox documents
 * `YYYY-MM-DD HH:MM` and `YYYY-MM-DD`, and its date-time format `YYYY-MM-DD HH:MM:SS`;
 * all are Stockholm time.
 */
export function parseStockholmTime(value: string): number | undefined {
  const m = LAST_MODIFIED.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 2000-13-45 over into 2001-02-14; a real time maps back to its own parts.
  if (!sameParts(new Date(asUtc), [y, mo, d, h, mi, s])) return undefined;
  // Correct by the Stockholm offset at that instant (twice, to settle around DST changes).
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return guess;
}

/** Whether `YYYY-MM-DD` is a date that exists (`2026-02-30` does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  return sameParts(new Date(Date.UTC(y, mo - 1, d)), [y, mo, d, 0, 0, 0]);
}

function sameParts(date: Date, parts: readonly number[]): boolean {
  const actual = [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  return actual.every((part, i) => part === parts[i]);
}

function offsetAt(ms: number): number {
  const local = stockholmDateTime(ms);
  return Date.parse(`${local.replace(' ', 'T')}Z`) - Math.floor(ms / 1000) * 1000;
}

/** ISO 8601 with the Stockholm offset, as WebSocket events carry (`2017-12-28T14:59:16.500+01:00`). */
export function stockholmIso(ms: number): string {
  const local = stockholmDateTime(ms);
  const offsetMin = Math.round(offsetAt(ms) / 60_000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.replace(' ', 'T')}.${String(ms % 1000).padStart(3, '0')}${offset}`;
}
