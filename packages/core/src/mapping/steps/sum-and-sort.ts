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
  const byArticle = new Map<string, ArticleLine[]>();
  for (const line of lines) {
    if (settings.noSumArticleNumbers.includes(line.articleNumber)) {
      merged.push(line);
      continue;
    }
    const candidates = byArticle.get(line.articleNumber);
    const first = candidates?.find((c) => mergeable(c, line, settings));
    if (!first) {
      if (candidates) candidates.push(line);
      else byArticle.set(line.articleNumber, [line]);
      merged.push(line);
      continue;
    }
    first.quantity = addQuantities(first.quantity, line.quantity);
    if (line.date && (!first.date || line.date < first.date)) first.date = line.date;
    for (const name of line.technicians)
      if (!first.technicians.includes(name)) first.technicians.push(name);
  }
  return merged;
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
  // The lines are this call's own array; Array#sort is stable.
  return lines.sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  });
}
