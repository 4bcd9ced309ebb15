import { FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { OrderComment } from '../../host/order-parts.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import { LABELS } from '../labels.js';
import { charLength, cleanText, splitHead } from '../text.js';
import type { WarningList } from '../warnings.js';

function commentLine(comment: OrderComment): string {
  const date = comment.createdAt?.slice(0, 10);
  const who = [date, comment.author?.trim()].filter(Boolean).join(' ');
  return who ? `${who}: ${comment.text.trim()}` : comment.text.trim();
}

/**
 * Fortnox `Comments` (internal): the order number first (32, unless 9), then the order's comments
 * (27), within 1024 characters. What does not fit is cut with a warning; it is not moved
 * to printed rows, since comments are internal (decisions/028).
 */
export function buildComments(
  order: Order,
  settings: IntegrationSettings,
  warnings: WarningList,
): string | undefined {
  const lines: string[] = [];
  // 9 wins over 32: our number is sent nowhere (decisions/090).
  if (settings.orderNumberInComment && !settings.doNotSendOrderNumber)
    lines.push(`${LABELS.orderNumber}: ${order.number}`);
  if (settings.includeComments) {
    for (const comment of order.comments) if (comment.text.trim()) lines.push(commentLine(comment));
  }
  if (lines.length === 0) return undefined;
  const text = cleanText(lines.join('\n'), 'Comments', warnings);
  if (charLength(text) <= FORTNOX_LIMITS.comments) return text;
  const [head] = splitHead(text, FORTNOX_LIMITS.comments);
  warnings.add(
    'text-shortened',
    'Comments',
    `comments cut from ${charLength(text)} to ${charLength(head)} characters (Fortnox allows ${FORTNOX_LIMITS.comments})`,
  );
  return head;
}
