import { isFortnoxApiError } from '../../errors/fortnox-api-error.js';

/**
 * Resolves `undefined` when Fortnox answers 404 instead of throwing; other errors pass.
 *
 * @example const order = await orMissing(client.orders.get('7')); // undefined if gone
 */
export async function orMissing<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isFortnoxApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}
