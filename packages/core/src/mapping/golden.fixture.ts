import { Article } from '../host/article.js';
import { Customer } from '../host/customer.js';
import { Facility, ServiceObject } from '../host/facility.js';
import { Order, type OrderInput } from '../host/order.js';
import { User } from '../host/people.js';
import { createMappingContext, type MappingContext, type MappingContextInput } from './context.js';

// Test fixture: one work order that exercises every setting, and its lookups.

export const customer = Customer.parse({
  id: 'c1',
  fortnoxCustomerNumber: '1001',
  name: 'Kyl & Värme i Västerås AB',
  address: {
    street: 'Industrigatan 4',
    street2: 'Port 2',
    zipCode: '721 30',
    city: 'Västerås',
    countryCode: 'SE',
  },
  subgroup: 'vasteras',
});

export const facility = Facility.parse({ id: 'f1', name: 'Lager Norr', customerId: 'c1' });

export const users = [
  User.parse({ id: 'u1', name: 'Anna Berg', costCenter: 'SERV', employmentNumber: '17' }),
  User.parse({ id: 'u2', name: 'Bo Ek', costCenter: 'ADM' }),
  User.parse({ id: 'u3', name: 'Cilla Holm' }),
  User.parse({ id: 'u4', name: 'Dan Ny' }),
];

export const articles = [
  Article.parse({ id: 'a12', articleNumber: '12', description: 'Filter', unit: 'st', price: 149 }),
  Article.parse({
    id: 'a20',
    articleNumber: '20',
    description: 'Arbetstid',
    unit: 'h',
    price: 650,
    type: 'service',
  }),
  Article.parse({
    id: 'a99',
    articleNumber: '99',
    description: 'Förbrukning',
    price: 10,
    hidden: true,
  }),
];

export const serviceObjects = [
  ServiceObject.parse({
    id: 's1',
    name: 'ATLAS COPCO GA 10',
    machineNumber: 'M-77',
    serialNumber: 'API1234567890',
    comment: 'Står i pannrummet',
    operatingHours: 12345,
    facilityId: 'f1',
  }),
];

export const baseOrderInput: OrderInput = {
  id: 'o1',
  kind: 'work',
  number: 'AO-1043',
  customerId: 'c1',
  facilityId: 'f1',
  subgroup: 'vasteras',
  status: 'Pågående',
  customerOrderNumber: 'PO-5531',
  description: 'Kompressorn larmar',
  faultCause: 'Igensatt filter',
  orderDate: '2026-11-20',
  deliveryDate: '2026-11-25',
  contactPerson: { name: 'Eva Lind', phone: '070-123 45 67' },
  requester: { name: 'Per Sten', phone: '08-555 12' },
  assigneeId: 'u3',
  signedById: 'u4',
  comments: [
    { text: 'Ring innan ni kommer', author: 'Anna Berg', createdAt: '2026-11-19T08:00:00+01:00' },
  ],
  serviceObjectIds: ['s1'],
  actions: [
    {
      date: '2026-11-21',
      userId: 'u1',
      description: 'Bytt filter',
      hours: 2,
      serviceObjectId: 's1',
    },
    { date: '2026-11-20', userId: 'u2', description: 'Felsökning', hours: 1.5 },
  ],
  articleRows: [
    {
      articleNumber: '12',
      quantity: 1,
      unitPrice: 139,
      date: '2026-11-21',
      userId: 'u1',
      serviceObjectId: 's1',
    },
    {
      articleNumber: '20',
      quantity: 2,
      unitPrice: 650,
      unit: 'h',
      date: '2026-11-20',
      userId: 'u2',
    },
    {
      articleNumber: '12',
      quantity: 2,
      unitPrice: 139,
      date: '2026-11-20',
      userId: 'u1',
      serviceObjectId: 's1',
    },
    { articleNumber: '99', quantity: 1, date: '2026-11-21', userId: 'u1' },
  ],
};

/** The fixture order, with top-level fields replaced. */
export function fixtureOrder(overrides: Partial<OrderInput> = {}): Order {
  return Order.parse({ ...baseOrderInput, ...overrides });
}

/** The fixture context, with fields replaced. */
export function fixtureContext(overrides: Partial<MappingContextInput> = {}): MappingContext {
  return createMappingContext({
    customer,
    facility,
    users,
    articles,
    serviceObjects,
    today: '2026-11-28',
    ...overrides,
  });
}
