import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { ArticleLine } from './article-lines.js';

// Sums of decimal quantities (0.1 + 0.2) without binary noise.
function addQuantities(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

function mergeKey(line: ArticleLine, settings: IntegrationSettings): string {
  // Only rows that would be identical Fortnox rows apart from the quantity are merged, so
  // summing never changes an amount; per machine with 4, per date with 1 (decisions/026).
  const serviceObject = settings.includeServiceObjectOnRow ? (line.serviceObjectId ?? '') : '';
  const date = settings.sortByActions ? (line.date ?? '') : '';
  return [
    line.articleNumber,
    line.price ?? '',
    line.unit ?? '',
    line.costCenter ?? '',
    serviceObject,
    date,
  ].join('\u0000');
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
  const merged: ArticleLine[] = [];
  const byKey = new Map<string, ArticleLine>();
  for (const line of lines) {
    if (settings.noSumArticleNumbers.includes(line.articleNumber)) {
      merged.push(line);
      continue;
    }
    const key = mergeKey(line, settings);
    const first = byKey.get(key);
    if (!first) {
      const copy = { ...line, technicians: [...line.technicians] };
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    first.quantity = addQuantities(first.quantity, line.quantity);
    if (line.date && (!first.date || line.date < first.date)) first.date = line.date;
    for (const name of line.technicians)
      if (!first.technicians.includes(name)) first.technicians.push(name);
  }
  return merged;
}

/** Setting 13: article rows by date (stable; rows without a date last). */
export function sortArticleLines(
  lines: ArticleLine[],
  settings: IntegrationSettings,
): ArticleLine[] {
  if (!settings.sortArticlesByDate) return lines;
  return [...lines].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  });
}
