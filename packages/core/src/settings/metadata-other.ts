import { entry } from './metadata-entry.js';
import type { SettingMetadata } from './metadata-types.js';

/** Settings for invoicing, sync, time reports and the `;`-lists. */
export const otherSettingsMetadata: readonly SettingMetadata[] = [
  entry(
    'createInvoiceDirectly',
    14,
    'invoicing',
    ['Skapa faktura direkt', 'Create an invoice directly'],
    [
      'En faktura skapas i Fortnox i stället för en order.',
      'An invoice is created in Fortnox instead of an order.',
    ],
    { usedBy: ['mapping', 'send'] },
  ),
  entry(
    'markInvoicedOnSend',
    18,
    'invoicing',
    ['Sätt som fakturerad vid sändning', 'Mark as invoiced when sent'],
    [
      'Av: ordern blir fakturerad först när Fortnox rapporterar att fakturan skickats. På: direkt när den skickas till Fortnox.',
      'Off: the order becomes invoiced only when Fortnox reports the invoice sent. On: at once when sent to Fortnox.',
    ],
    { usedBy: ['send'] },
  ),
  entry(
    'allowSendBeforeReady',
    19,
    'invoicing',
    [
      'Möjliggör sändning av order innan den är klar för fakturering',
      'Allow sending before ready for invoicing',
    ],
    [
      'En order kan skickas på nytt för att komplettera ändringar (Fortnox-ordern uppdateras; inte efter fakturering).',
      'An order can be sent again to add later changes (the Fortnox order is updated; refused once invoiced).',
    ],
    { usedBy: ['send'] },
  ),
  entry(
    'sendInvoiceAfterTransfer',
    36,
    'invoicing',
    ['Skicka fakturan direkt efter sändning', 'Send the invoice right after transfer'],
    [
      'Fakturan går direkt från Fortnox. Som standard skickar ni själva fakturan från Fortnox.',
      'The invoice leaves Fortnox at once. By default you send it from Fortnox yourself.',
    ],
    { usedBy: ['send'] },
  ),
  entry(
    'createOrderFromReference',
    35,
    'invoicing',
    ['Skapa order från referens', 'Create order from reference'],
    [
      'Gör det möjligt att hämta en order som skapats i Fortnox med ”Hämta order”.',
      'Enables "Hämta order": fetch an order made in Fortnox by its number.',
    ],
    { usedBy: ['send', 'ui'] },
  ),
  entry(
    'syncUpdatedArticles',
    22,
    'sync',
    ['Synka uppdaterade artiklar', 'Sync updated articles'],
    [
      'En artikel som ändras på ena stället uppdateras direkt på det andra.',
      'An article changed on either side is updated on the other at once.',
    ],
    { usedBy: ['sync'] },
  ),
  entry(
    'syncPrices',
    23,
    'sync',
    ['Synka priser', 'Sync prices'],
    ['Prisändringar går åt båda hållen.', 'Price changes flow both ways.'],
    {
      usedBy: ['sync'],
      warnings: [
        {
          id: 'syncPrices.backup',
          severity: 'danger',
          when: 'turningOn',
          action: 'exportArticleRegisterCsv',
          text: {
            sv: 'VIKTIGT! Ta ut en export av artikelregistret som backup INNAN du aktiverar Synka priser. En artikel utan pris i Fortnox kan annars skriva över priset här (kitet ersätter aldrig ett satt pris med ett tomt).',
            en: 'IMPORTANT: export the article register as a backup BEFORE turning on Sync prices. An article without a price in Fortnox could otherwise overwrite the price here (the kit never replaces a set price with an empty one).',
          },
        },
      ],
    },
  ),
  entry(
    'syncUpdatedCustomers',
    24,
    'sync',
    ['Synka uppdaterade kunder', 'Sync updated customers'],
    [
      'Inget händer förrän: Synk klickas (allt från Fortnox skriver över), en kund uppdateras i Fortnox (skriver över här) eller här (skriver över i Fortnox).',
      'Nothing happens until: "Synk" is clicked (Fortnox overwrites all customers here), a customer changes in Fortnox (overwrites here) or here (overwrites Fortnox).',
    ],
    {
      usedBy: ['sync'],
      warnings: [
        {
          id: 'syncUpdatedCustomers.overwrite',
          severity: 'caution',
          when: 'turningOn',
          text: {
            sv: 'Alla fält skrivs över vid synkning.',
            en: 'Every field is overwritten when syncing.',
          },
        },
      ],
    },
  ),
  entry(
    'disableArticleCreation',
    28,
    'sync',
    ['Inaktivera artikelskapande', 'Disable article creation'],
    [
      'Artiklar som läggs till eller ändras här skickas inte till Fortnox.',
      'Articles added or changed here are not sent to Fortnox.',
    ],
    { usedBy: ['sync'] },
  ),
  entry(
    'setSubgroupOnSync',
    42,
    'sync',
    ['Sätt undergrupp vid synkning', 'Set subgroup on sync'],
    [
      'Kunder som synkas från Fortnox får integrationens undergrupp.',
      "Customers synced from Fortnox get this integration's subgroup.",
    ],
    { usedBy: ['sync'], visibleWhen: { kind: 'hostUsesSubgroups' } },
  ),
  entry(
    'sendTimeReport',
    33,
    'timeReport',
    ['Skicka tidsrapport', 'Send time report'],
    [
      'Teknikernas tid skickas till Fortnox. Kräver orsakskod från Fortnox och anställningsnummer på användarna.',
      "Technicians' time goes to Fortnox. Needs a cause code from Fortnox and employment numbers on users.",
    ],
    { usedBy: ['timeReport'] },
  ),
  entry(
    'timeReportCauseCode',
    null,
    'timeReport',
    ['Orsakskod för arbetad tid', 'Cause code for worked time'],
    [
      'Orsakskoden i Fortnox lön som tiden rapporteras på (standard TID).',
      'The Fortnox payroll cause code the time is reported on (default TID).',
    ],
    {
      control: 'code',
      example: 'TID',
      usedBy: ['timeReport'],
      visibleWhen: { kind: 'settingOn', key: 'sendTimeReport' },
    },
  ),
  entry(
    'noSumArticleNumbers',
    44,
    'lists',
    ['Ignorera summering av artikelrader för', 'Never sum these article numbers'],
    [
      'Artikelnummer som inte ska summeras. Separera med ; (semikolon).',
      'Article numbers that are never merged. Separate with ; (semicolon).',
    ],
    {
      control: 'list',
      example: '12;13;14',
      visibleWhen: { kind: 'settingOn', key: 'sumArticleRows' },
    },
  ),
  entry(
    'ignoredRowCostCenters',
    45,
    'lists',
    [
      'Ignorera kostnadsställen vid autoifyllning på artikelrader',
      'Cost centers never put on rows',
    ],
    [
      'Kostnadsställen som inte ska skickas med på artikelrader. Separera med ; (semikolon).',
      'Cost centers never put on article rows. Separate with ; (semicolon).',
    ],
    {
      control: 'list',
      example: '12;13;14',
      visibleWhen: { kind: 'settingOn', key: 'includeUserCostCenterOnRows' },
    },
  ),
  entry(
    'noPriceArticleNumbers',
    46,
    'lists',
    ['Sätt inte pris för artikelnummer', 'No price for article numbers'],
    [
      'Artiklar vars pris endast sätts i Fortnox. Separera med ; (semikolon).',
      'Articles whose price is set only in Fortnox. Separate with ; (semicolon).',
    ],
    { control: 'list', example: '12;13;14', usedBy: ['mapping', 'sync'] },
  ),
];
