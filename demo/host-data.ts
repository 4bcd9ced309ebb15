import type {
  ArticleInput,
  CustomerInput,
  FacilityInput,
  IntegrationSettingsInput,
  OrderInput,
  ServiceObject,
  User,
} from '@fortnox-kit/core';

/**
 * The demo host: a small Swedish service company's own registers and three finished
 * orders. Some customers and articles exist in the emulator's seeded Fortnox company too
 * (matched by organisation number or article number), some exist only here and are
 * created in Fortnox by the sync.
 */
export const hostCustomers: CustomerInput[] = [
  {
    id: 'kund-sodra',
    name: 'Södra Måleri AB',
    // The same company as Fortnox customer 1: matched by organisation number, never by name.
    organisationNumber: '551048-6482',
    email: 'peter.strom@sodramaleriab.se',
    phone: '033-726669',
    address: { street: 'Björkvägen 103', zipCode: '503 99', city: 'Borås' },
  },
  {
    id: 'kund-berg',
    name: 'Bergs Fastigheter AB',
    organisationNumber: '556677-8899',
    email: 'faktura@bergsfastigheter.se',
    phone: '08-123 456 78',
    address: { street: 'Sveavägen 12', zipCode: '111 57', city: 'Stockholm' },
    deliveryAddress: { street: 'Lagergatan 4', zipCode: '126 30', city: 'Hägersten' },
    customFields: { 'Er referens': 'Anna Berg' },
  },
  {
    id: 'kund-vasa',
    name: 'Vasa Bageri HB',
    organisationNumber: '969712-3454',
    email: 'info@vasabageri.se',
    address: { street: 'Vasagatan 8', zipCode: '411 24', city: 'Göteborg' },
  },
];

export const hostArticles: ArticleInput[] = [
  // Articles 1 and 15 exist in the seeded Fortnox company (seed 1, size 50) too.
  { id: 'art-1', articleNumber: '1', description: 'Kopparrör 22 mm', unit: 'm', price: 233 },
  {
    id: 'art-15',
    articleNumber: '15',
    description: 'Arbetstid montör',
    unit: 'h',
    price: 670,
    type: 'service',
  },
  {
    id: 'art-serv',
    articleNumber: 'SERV-100',
    description: 'Service kylaggregat',
    unit: 'st',
    price: 1450,
    type: 'service',
  },
  {
    id: 'art-filt',
    articleNumber: 'FILT-20',
    description: 'Luftfilter F7 592x592',
    unit: 'st',
    price: 289,
  },
  {
    id: 'art-kopp',
    articleNumber: 'KOPP-12',
    description: 'Kopparrör 12 mm',
    unit: 'm',
    price: 74,
  },
  {
    id: 'art-resa',
    articleNumber: 'RESA',
    description: 'Resekostnad',
    unit: 'st',
    price: 395,
    type: 'service',
    hidden: true,
  },
  // Inactive in the host: the sync leaves it alone.
  {
    id: 'art-old',
    articleNumber: 'R22-GAS',
    description: 'Köldmedium R22 (utgått)',
    unit: 'kg',
    price: 900,
    active: false,
  },
];

export const hostUsers: User[] = [
  { id: 'u-lisa', name: 'Lisa Ek', costCenter: 'SERV', employmentNumber: '12' },
  { id: 'u-omar', name: 'Omar Haddad', costCenter: 'PROJ', employmentNumber: '14' },
  { id: 'u-karin', name: 'Karin Sjö' },
];

export const hostFacilities: FacilityInput[] = [
  {
    id: 'anl-lager',
    name: 'Lager Hägersten',
    customerId: 'kund-berg',
    address: { street: 'Lagergatan 4', zipCode: '126 30', city: 'Hägersten' },
  },
];

export const hostServiceObjects: ServiceObject[] = [
  {
    id: 'obj-kyl',
    name: 'ATLAS COPCO GA 10',
    machineNumber: 'M-4471',
    serialNumber: 'API-2219-88431-XK',
    comment: 'Bytt remskiva 2025',
    operatingHours: 18250,
    facilityId: 'anl-lager',
  },
];

/** The three orders the demo sends: one of each kind. */
export const hostOrders: OrderInput[] = [
  {
    id: 'so-1001',
    kind: 'service',
    number: 'SO-1001',
    customerId: 'kund-berg',
    facilityId: 'anl-lager',
    orderDate: '2026-11-24',
    description: 'Årlig service av kylaggregat',
    faultCause: 'Larm högt tryck, igensatt filter',
    assigneeId: 'u-lisa',
    signedById: 'u-karin',
    contactPerson: { name: 'Anna Berg', phone: '070-111 22 33' },
    serviceObjectIds: ['obj-kyl'],
    actions: [
      {
        date: '2026-11-24',
        userId: 'u-lisa',
        description: 'Felsökning och filterbyte',
        hours: 2,
        serviceObjectId: 'obj-kyl',
      },
      {
        date: '2026-11-25',
        userId: 'u-omar',
        description: 'Läcksökning och kontroll av tryck',
        hours: 1.5,
        serviceObjectId: 'obj-kyl',
      },
    ],
    articleRows: [
      {
        articleNumber: 'SERV-100',
        quantity: 1,
        date: '2026-11-24',
        userId: 'u-lisa',
        serviceObjectId: 'obj-kyl',
      },
      { articleNumber: 'FILT-20', quantity: 2, date: '2026-11-24', userId: 'u-lisa' },
      { articleNumber: '15', quantity: 1.5, date: '2026-11-25', userId: 'u-omar' },
    ],
    readyForInvoicing: true,
  },
  {
    id: 'ao-2001',
    kind: 'work',
    number: 'AO-2001',
    customerId: 'kund-sodra',
    orderDate: '2026-11-20',
    customerOrderNumber: 'INK-5531',
    description: 'Byte av kopparrör i pannrum',
    assigneeId: 'u-omar',
    requester: { name: 'Peter Ström', phone: '033-726669' },
    articleRows: [
      {
        articleNumber: 'KOPP-12',
        quantity: 6,
        unitPrice: 69,
        userId: 'u-omar',
        date: '2026-11-20',
      },
      { articleNumber: '15', quantity: 3, userId: 'u-omar', date: '2026-11-20' },
      {
        articleNumber: 'KOPP-12',
        quantity: 4,
        unitPrice: 69,
        userId: 'u-omar',
        date: '2026-11-21',
      },
      { articleNumber: '15', quantity: 2, userId: 'u-omar', date: '2026-11-21' },
      { articleNumber: 'RESA', quantity: 1, userId: 'u-omar', date: '2026-11-21' },
    ],
    readyForInvoicing: true,
  },
  {
    id: 'fo-3001',
    kind: 'sales',
    number: 'FO-3001',
    customerId: 'kund-vasa',
    orderDate: '2026-11-26',
    deliveryDate: '2026-12-03',
    status: 'Levererad',
    customerOrderNumber: 'VB-118',
    contactPerson: { name: 'Sara Lind', phone: '031-22 33 44' },
    customFields: { Leveransvillkor: 'FK', Leveranssätt: 'P', 'Er referens': 'Sara Lind' },
    comments: [{ text: 'Leverans via bakdörren, ring 30 min innan.', author: 'Karin Sjö' }],
    articleRows: [
      { articleNumber: 'FILT-20', quantity: 10 },
      { articleNumber: '1', quantity: 3 },
      { articleNumber: 'RESA', quantity: 1 },
    ],
    readyForInvoicing: true,
  },
];

/** Settings every scenario starts from (also the defaults before an admin saves any). */
export const baseSettings: IntegrationSettingsInput = {
  orderText: 'Tack för att ni anlitar Fjäll Kyl & Värme!',
  syncPrices: true,
};
