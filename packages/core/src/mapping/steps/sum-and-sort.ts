import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { ArticleLine } from './article-lines.js';

// Sums of decimal quantities (0.1 + 0.2) without binary noise.
function addQuantities(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

// Only rows that would be identical Fortnox rows apart from the quantity are merged, so
// summing never changes an amount; per machine with 4, per date with 1 (decisions/026).
function mergeable(a: ArticleLine, b: ArticleLine, settings: IntegrationSettings): boolean {
  return (
    a.price === b.price &&
    a.unit === b.unit &&
    a.costCenter === b.costCenter &&
    (!settings.includeServiceObjectOnRow || a.serviceObjectId === b.serviceObjectId) &&
    (!settings.sortByActions || a.date === b.date)
  );
}

/**
 * Setting 25 with 44: rows of the same article merged into the first one (quantities
 * added, earliest date, all technicians), except article numbers listed in 44.
 */
export function sumArticleLines(
  lines: ArticleLine[],
  settings: IntegrationSettings,
): ArticleLine[] {
  if (!settings.sumArticleRows) return lines;
  // The lines are this call's own objects, so they are merged in place. Candidates are
  // kept per article number: usually one line, a list once prices (etc.) differ.
  const merged: ArticleLine[] = [];
  const candidates = new Map<string, ArticleLine | ArticleLine[]>();
  for (const line of lines) {
    if (settings.noSumArticleNumbers.includes(line.articleNumber)) {
      merged.push(line);
      continue;
    }
    const known = candidates.get(line.articleNumber);
    const first = findMergeTarget(line, known, settings);
    if (first) {
      mergeInto(first, line);
      continue;
    }
    if (known === undefined) candidates.set(line.articleNumber, line);
    else if (Array.isArray(known)) known.push(line);
    else candidates.set(line.articleNumber, [known, line]);
    merged.push(line);
  }
  return merged;
}

function findMergeTarget(
  line: ArticleLine,
  known: ArticleLine | ArticleLine[] | undefined,
  settings: IntegrationSettings,
): ArticleLine | undefined {
  if (known === undefined) return undefined;
  if (!Array.isArray(known)) return mergeable(known, line, settings) ? known : undefined;
  for (const candidate of known) if (mergeable(candidate, line, settings)) return candidate;
  return undefined;
}

function mergeInto(first: ArticleLine, line: ArticleLine): void {
  first.quantity = addQuantities(first.quantity, line.quantity);
  if (line.date && (!first.date || line.date < first.date)) first.date = line.date;
  if (line.technicians && !first.technicians.split(', ').includes(line.technicians)) {
    first.technicians = first.technicians
      ? `${first.technicians}, ${line.technicians}`
      : line.technicians;
  }
}

function isSortedByDate(lines: readonly ArticleLine[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]?.date;
    const date = lines[i]?.date;
    if (before === undefined ? date !== undefined : date !== undefined && date < before)
      return false;
  }
  return true;
}

/** Setting 13: article rows by date (stable; rows without a date last). */
export function sortArticleLines(
  lines: ArticleLine[],
  settings: IntegrationSettings,
): ArticleLine[] {
  if (!settings.sortArticlesByDate || isSortedByDate(lines)) return lines;
  // Bucket by date and sort the few distinct dates: stable, and cheaper than sorting rows.
  const byDate = new Map<string, ArticleLine[]>();
  const undated: ArticleLine[] = [];
  for (const line of lines) {
    if (line.date === undefined) {
      undated.push(line);
      continue;
    }
    const bucket = byDate.get(line.date);
    if (bucket) bucket.push(line);
    else byDate.set(line.date, [line]);
  }
  const sorted: ArticleLine[] = [];
  for (const date of [...byDate.keys()].sort()) sorted.push(...(byDate.get(date) ?? []));
  sorted.push(...undated);
  return sorted;
}
