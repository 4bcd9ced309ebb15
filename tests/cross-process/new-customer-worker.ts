/**
 * One host process of the new-customer test (`new-customer.test.ts`): an integration with
 * default options on the shared store, against the emulator's HTTP server. Its host side
 * (in memory, its own) holds the new customer, the article and the ten orders.
 */
import {
  createIntegration,
  createMemoryHostOrders,
  createMemoryHostRegisters,
  systemClock,
} from '../../packages/core/src/index.js';
import {
  FILTER_ARTICLE,
  NEW_CUSTOMER,
  NEW_CUSTOMER_ORDERS,
  type NewCustomerCommand,
  type NewCustomerReply,
} from './new-customer-protocol.js';
import { openRaceStore } from './refresh-race-protocol.js';

type Integration = ReturnType<typeof createIntegration>;
let integration: Integration | undefined;
let closeStore: (() => Promise<void>) | undefined;

const reply = (message: NewCustomerReply) => process.send?.(message);

async function handle(command: NewCustomerCommand): Promise<NewCustomerReply> {
  switch (command.type) {
    case 'init': {
      const { store, close } = await openRaceStore(command.store, systemClock);
      closeStore = close;
      const registers = createMemoryHostRegisters({
        customers: [NEW_CUSTOMER],
        articles: [FILTER_ARTICLE],
      });
      const orders = createMemoryHostOrders({ orders: NEW_CUSTOMER_ORDERS });
      integration = createIntegration({
        fortnox: command.fortnox,
        connectionId: command.connectionId,
        tenantId: command.connectionId,
        store,
        registers: () => registers,
        hostOrders: () => orders,
      });
      return { type: 'ok' };
    }
    case 'send': {
      const target = integration;
      if (!target) throw new Error('worker: not initialised');
      const results = await Promise.allSettled(command.orderIds.map((id) => target.sendOrder(id)));
      return {
        type: 'sent',
        documentNumbers: results.flatMap((r) =>
          r.status === 'fulfilled' ? [r.value.result.documentNumber] : [],
        ),
        errors: results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])),
      };
    }
    case 'exit':
      await integration?.stop();
      await closeStore?.();
      setImmediate(() => process.exit(0));
      return { type: 'ok' };
  }
}

process.on('message', (command: NewCustomerCommand) => {
  handle(command).then(reply, (error: unknown) => reply({ type: 'error', message: String(error) }));
});
reply({ type: 'ok' });
