import type { z } from 'zod';
import { Order } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';

/** `articleRows[1].quantity` from zod's `['articleRows', 1, 'quantity']`. */
function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}

function describe(issue: z.core.$ZodIssue | undefined): { path: string; message: string } {
  return { path: pathText(issue?.path ?? []) || 'order', message: issue?.message ?? 'invalid' };
}

/**
 * The host's order as the `Order` schema reads it, before anything is mapped or written:
 * required fields present, numbers finite and within bounds, decimal text read as numbers.
 * A host order that does not parse is refused with `validation_failed` naming the first
 * field at fault (`articleRows[2].quantity`), so no row is ever sent without its quantity
 * or dropped on the way.
 *
 * @example const order = parseHostOrder(await hostOrders.findById('o1'));
 */
export function parseHostOrder(input: unknown): Order {
  const parsed = Order.safeParse(input);
  if (parsed.success) return parsed.data;
  const { path, message } = describe(parsed.error.issues[0]);
  const number = (input as { number?: unknown } | null)?.number;
  const which = typeof number === 'string' ? `Order ${number}` : 'The order';
  throw new WorkflowError('validation_failed', `${which}: ${path}: ${message}`, {
    field: path,
    userMessage: {
      sv: `${which === 'The order' ? 'Ordern' : `Order ${String(number)}`} kan inte skickas: fältet ${path} är ogiltigt (${message}).`,
      en: `${which} cannot be sent: the field ${path} is invalid (${message}).`,
    },
    cause: parsed.error,
  });
}
