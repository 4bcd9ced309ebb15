import type { IntegrationSettingsInput } from '@fortnox-kit/core';
import { baseSettings } from './host-data.js';
import type { Localized } from './i18n/text.js';

/** A scenario: which order is sent under which settings, and why. */
export interface SendScenario {
  orderId: string;
  title: Localized;
  settings: IntegrationSettingsInput;
  /** The settings turned on, as a user reads them in the form (label, #number). */
  highlights: { sv: string[]; en: string[] };
}

/** The three sends of the demo: one per order kind, each under different settings. */
export const sendScenarios: SendScenario[] = [
  {
    orderId: 'so-1001',
    title: {
      sv: 'Serviceorder SO-1001 → Fortnox-order',
      en: 'service order SO-1001 → a Fortnox order',
    },
    settings: {
      ...baseSettings,
      sortByActions: true,
      includeActionDate: true,
      technicianInActionSummary: true,
      includeDescriptionAndFault: true,
      includeServiceObjectOnRow: true,
      includeServiceObjectMachineNumber: true,
      serviceObjectPrefix: 'Maskin :',
      serialNumberMaxLength: 8,
      includeFacilityName: true,
      assigneeAsOurReference: true,
      costCenter: 'SERV',
    },
    highlights: {
      sv: [
        '#1 Sortera på åtgärder',
        '#2 Ta med datum på åtgärd',
        '#41 Teknikerns namn i åtgärdssummeringen',
        '#3 Beskrivning och fel/orsak',
        '#4 #5 #34 Serviceobjekt "Maskin :" med maskinnummer',
        '#17 Anläggningsnamn',
        '#29 Tilldelad som vår referens',
        '#21 Kostnadsställe SERV',
      ],
      en: [
        '#1 Sort by actions',
        '#2 Include the action date',
        "#41 The technician's name in the action summary",
        '#3 Description and fault/cause',
        '#4 #5 #34 Service object "Maskin :" with machine number',
        '#17 Facility name',
        '#29 Assignee as our reference',
        '#21 Cost center SERV',
      ],
    },
  },
  {
    orderId: 'ao-2001',
    title: {
      sv: 'Arbetsorder AO-2001 → Fortnox-faktura direkt',
      en: 'work order AO-2001 → a Fortnox invoice directly',
    },
    settings: {
      ...baseSettings,
      createInvoiceDirectly: true,
      sumArticleRows: true,
      setPricesOnRows: true,
      orderNumberAsYourOrderNumber: true,
      requesterAsYourReference: true,
      includeContactPhoneInYourReference: true,
      includeUserCostCenterOnRows: true,
      noPriceArticleNumbers: 'RESA',
    },
    highlights: {
      sv: [
        '#14 Skapa faktura direkt',
        '#25 Summera artikelrader',
        '#11 Sätt priser på orderrader (#46 utom RESA)',
        '#10 AO-nr i Ert ordernummer',
        '#43 #38 Beställare med telefon som er referens',
        '#20 Användarens kostnadsställe på rader',
      ],
      en: [
        '#14 Create the invoice directly',
        '#25 Sum article rows',
        '#11 Set prices on order rows (#46 except RESA)',
        '#10 Work order no. as your order number',
        '#43 #38 Requester with phone as your reference',
        "#20 The user's cost center on rows",
      ],
    },
  },
  {
    orderId: 'fo-3001',
    title: {
      sv: 'Försäljningsorder FO-3001 → Fortnox-order',
      en: 'sales order FO-3001 → a Fortnox order',
    },
    settings: {
      ...baseSettings,
      orderTextOnTop: true,
      summaryInOrderText: true,
      includeSalesOrderStatus: true,
      customerNameAsDeliveryName: true,
      customerAddressAsDeliveryAddress: true,
      excludeHiddenArticles: true,
      includeComments: true,
      orderNumberInComment: true,
    },
    highlights: {
      sv: [
        '#6 #7 Ordertexten överst, sammanfattning i ordertextrutan',
        '#16 Status på försäljningsorder',
        '#39 #40 Kundens namn och adress som leverans',
        'Leveransvillkor FK / Leveranssätt P från egna fält',
        '#15 Gömda artiklar (RESA) tas inte med',
        '#27 #32 Kommentarer med ordernummer',
      ],
      en: [
        '#6 #7 Order text on top, summary in the order text box',
        '#16 Sales order status',
        "#39 #40 The customer's name and address as delivery",
        'Terms of delivery FK / way of delivery P from own fields',
        '#15 Hidden articles (RESA) left out',
        '#27 #32 Comments with the order number',
      ],
    },
  },
];
