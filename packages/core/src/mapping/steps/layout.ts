import type { Order } from '../../host/order.js';
import type { Action } from '../../host/order-parts.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { LABELS } from '../labels.js';
import type { WarningList } from '../warnings.js';
import type { ArticleLine } from './article-lines.js';
import { lookupServiceObject, serviceObjectText } from './service-objects.js';

/** A row before the final Fortnox checks: free text, or an article line. */
export type DraftRow =
  | {
      kind: 'text';
      text: string;
      serviceObjectId?: string | undefined;
      /** Set once the text is known to be one valid row as it is (repeated headings). */
      clean?: boolean;
    }
  | ArticleLine;

function userName(
  userId: string | undefined,
  context: MappingContext,
  warnings: WarningList,
): string | undefined {
  if (!userId) return undefined;
  const user = context.users.get(userId);
  if (!user)
    warnings.add('lookup-missing', 'OrderRows', `user ${userId} is not in the mapping context`);
  return user?.name;
}

// 2 and 12 on an action's own row.
function actionText(
  action: Action,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): string {
  let text = action.description.trim();
  if (settings.includeActionDate) text = `${action.date} ${text}`;
  const name = settings.includeTechnicianOnRows
    ? userName(action.userId, context, warnings)
    : undefined;
  return name ? `${text} – ${name}` : text;
}

function quantityText(line: ArticleLine): string {
  return line.unit ? `${line.quantity} ${line.unit}` : `${line.quantity}`;
}

// 1 + 41: "2026-11-20 Åtgärder: a; b. Artiklar: Filter (2 st). Tekniker: Anna".
function dateSummary(
  date: string,
  actions: Action[],
  lines: ArticleLine[],
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): string {
  const parts: string[] = [];
  const done = actions.map((a) => a.description.trim()).filter(Boolean);
  if (done.length > 0) parts.push(`${LABELS.actions}: ${done.join('; ')}`);
  if (lines.length > 0)
    parts.push(
      `${LABELS.articles}: ${lines.map((l) => `${l.description ?? l.articleNumber} (${quantityText(l)})`).join(', ')}`,
    );
  if (settings.technicianInActionSummary) {
    const names = [
      ...new Set(
        actions.map((a) => userName(a.userId, context, warnings)).filter((n) => n !== undefined),
      ),
    ];
    if (names.length > 0) parts.push(`${LABELS.technicians}: ${names.join(', ')}`);
  }
  return parts.length > 0 ? `${date} ${parts.join('. ')}` : date;
}

function groupByDate<T extends { date?: string | undefined }>(
  items: readonly T[],
  groups: Map<string, { actions: Action[]; lines: ArticleLine[] }>,
  pick: (g: { actions: Action[]; lines: ArticleLine[] }) => T[],
): void {
  for (const item of items) {
    if (!item.date) continue;
    let group = groups.get(item.date);
    if (!group) {
      group = { actions: [], lines: [] };
      groups.set(item.date, group);
    }
    pick(group).push(item);
  }
}

function layoutByDate(
  order: Order,
  lines: ArticleLine[],
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): DraftRow[] {
  const groups = new Map<string, { actions: Action[]; lines: ArticleLine[] }>();
  groupByDate(order.actions, groups, (g) => g.actions);
  groupByDate(lines, groups, (g) => g.lines);
  const rows: DraftRow[] = [];
  for (const date of [...groups.keys()].sort()) {
    const day = groups.get(date) ?? { actions: [], lines: [] };
    rows.push({
      kind: 'text',
      text: dateSummary(date, day.actions, day.lines, settings, context, warnings),
    });
    for (const line of day.lines) rows.push(line);
  }
  for (const line of lines) if (!line.date) rows.push(line);
  return rows;
}

function layoutPlain(
  order: Order,
  lines: ArticleLine[],
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): DraftRow[] {
  const rows: DraftRow[] = [];
  for (const action of order.actions) {
    if (!action.description.trim()) continue;
    rows.push({
      kind: 'text',
      text: actionText(action, settings, context, warnings),
      serviceObjectId: action.serviceObjectId,
    });
  }
  for (const line of lines) rows.push(line);
  return rows;
}

// 4/26: a service object's line before each run of rows that belong to it.
function withServiceObjectLines(
  rows: DraftRow[],
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): DraftRow[] {
  if (!settings.includeServiceObjectOnRow && !settings.includeServiceObjectComment) return rows;
  const out: DraftRow[] = [];
  // One heading row per object, reused for each of its runs.
  const headings = new Map<string, DraftRow | null>();
  let current: string | undefined;
  for (const row of rows) {
    const id = row.serviceObjectId;
    if (id !== current) {
      current = id;
      let heading = id ? headings.get(id) : null;
      if (heading === undefined && id) {
        const object = lookupServiceObject(id, context, warnings);
        const text = object ? serviceObjectText(object, settings) : '';
        heading = text ? { kind: 'text', text } : null;
        headings.set(id, heading);
      }
      if (heading) out.push(heading);
    }
    out.push(row);
  }
  return out;
}

/**
 * The order's own rows (decisions/026): actions then articles, or with setting 1 one
 * group per date headed by its summary; service object lines before their rows.
 */
export function layoutBody(
  order: Order,
  lines: ArticleLine[],
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): DraftRow[] {
  const rows = settings.sortByActions
    ? layoutByDate(order, lines, settings, context, warnings)
    : layoutPlain(order, lines, settings, context, warnings);
  return withServiceObjectLines(rows, settings, context, warnings);
}
