import type { OrderKind } from '../host/order.js';

// Texts the mapping writes on Fortnox documents. Documents are Swedish, like the host.
export const LABELS = {
  kind: {
    service: 'Serviceorder',
    work: 'Arbetsorder',
    sales: 'Försäljningsorder',
  } satisfies Record<OrderKind, string>,
  facility: 'Anläggning',
  status: 'Status',
  description: 'Beskrivning',
  faultCause: 'Fel/orsak',
  yourOrderNumber: 'Ert ordernummer',
  orderNumber: 'Ordernummer',
  machineNumber: 'Maskinnr',
  serialNumber: 'Serienr',
  operatingHours: 'Drifttid',
  hoursUnit: 'h',
  actions: 'Åtgärder',
  articles: 'Artiklar',
  technicians: 'Tekniker',
  remarksContinued: 'Ordertext, forts.',
} as const;
