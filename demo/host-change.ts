import type { Customer } from '@fortnox-kit/core';
import type { DemoServer } from './demo-server.js';
import type { HostApi } from './host-api.js';
import type { Lang } from './i18n/text.js';
import type { Terminal } from './terminal.js';

/**
 * Host-side "at once" (setting 24): the host app saves a customer and tells the kit with
 * `POST /sync/host-changes` (what `integration.notifyHostChange` serves); the debounced
 * delta run writes it to Fortnox without waiting for the hourly sync.
 */
export async function showHostChange(
  demo: DemoServer,
  api: HostApi,
  term: Terminal,
  lang: Lang,
  hostId: string,
): Promise<void> {
  await api.put('/settings', { settings: { syncUpdatedCustomers: true } });
  const customer = (await demo.registers.customers.findById(hostId)) as Customer;
  const name = `${customer.name} (nytt namn)`;
  await demo.registers.customers.upsert({ ...customer, name });
  await api.post('/sync/host-changes', { register: 'customers', ids: [hostId] });
  await demo.integration.hostChanges.idle();
  const number = customer.fortnoxCustomerNumber ?? '?';
  const inFortnox = (await demo.integration.client.customers.get(number)).Name;
  term.ok(
    lang === 'sv'
      ? `Kund ${number} ändrad i värden → i Fortnox direkt: ${inFortnox}`
      : `Customer ${number} changed in the host → in Fortnox at once: ${inFortnox}`,
  );
}
