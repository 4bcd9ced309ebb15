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
  // The lines are this call's own objects, so they are merged in place.
  const merged: ArticleLine[] = [];
  const firstByArticle = new Map<string, ArticleLine>();
  for (const line of lines) {
    const first = settings.noSumArticleNumbers.includes(line.articleNumber)
      ? undefined
      : findMergeTarget(line, firstByArticle, merged, settings);
    if (!first) {
      if (!firstByArticle.has(line.articleNumber)) firstByArticle.set(line.articleNumber, line);
      merged.push(line);
      continue;
    }
    first.quantity = addQuantities(first.quantity, line.quantity);
    if (line.date && (!first.date || line.date < first.date)) first.date = line.date;
    if (line.technicians && !first.technicians.split(', ').includes(line.technicians)) {
      first.technicians = first.technicians
        ? `${first.technicians}, ${line.technicians}`
        : line.technicians;
    }
  }
  return merged;
}

// The first earlier line this one can merge into; usually the article's first line.
function findMergeTarget(
  line: ArticleLine,
  firstByArticle: ReadonlyMap<string, ArticleLine>,
  merged: readonly ArticleLine[],
  settings: IntegrationSettings,
): ArticleLine | undefined {
  const first = firstByArticle.get(line.articleNumber);
  if (!first) return undefined;
  if (mergeable(first, line, settings)) return first;
  return merged.find(
    (c) =>
      c.articleNumber === line.articleNumber &&
      !settings.noSumArticleNumbers.includes(c.articleNumber) &&
      mergeable(c, line, settings),
  );
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
