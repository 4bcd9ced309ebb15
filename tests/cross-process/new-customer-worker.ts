/**
 * One host process of the new-customer test (`new-customer.test.ts`): an integration with
 * default options on the shared store, against the emulator's HTTP server. Its host side
 * (in memory, its own) holds the new customer, the article and the ten orders.
 */
import {
  createMemoryHostOrders,
  createMemoryHostRegisters,
} from '../../packages/core/src/index.js';
import {
  FILTER_ARTICLE,
  NEW_CUSTOMER,
  NEW_CUSTOMER_ORDERS,
  type NewCustomerCommand,
  type NewCustomerReply,
} from './new-customer-protocol.js';
import { openWorkerIntegration, serveCommands, type WorkerIntegration } from './worker-host.js';

let opened: WorkerIntegration | undefined;

async function handle(command: NewCustomerCommand): Promise<NewCustomerReply> {
  switch (command.type) {
    case 'init':
      opened = await openWorkerIntegration(command, {
        registers: createMemoryHostRegisters({
          customers: [NEW_CUSTOMER],
          articles: [FILTER_ARTICLE],
        }),
        hostOrders: createMemoryHostOrders({ orders: NEW_CUSTOMER_ORDERS }),
      });
      return { type: 'ok' };
    case 'send': {
      const integration = opened?.integration;
      if (!integration) throw new Error('worker: not initialised');
      const results = await Promise.allSettled(
        command.orderIds.map((id) => integration.sendOrder(id)),
      );
      return {
        type: 'sent',
        documentNumbers: results.flatMap((r) =>
          r.status === 'fulfilled' ? [r.value.result.documentNumber] : [],
        ),
        errors: results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])),
      };
    }
    case 'exit':
      await opened?.integration.stop();
      await opened?.close();
      setImmediate(() => process.exit(0));
      return { type: 'ok' };
  }
}

serveCommands(handle);
