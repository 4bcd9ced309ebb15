import { HOW_PRICES_REACH_FORTNOX } from './how-prices-reach-fortnox.js';
import { entry } from './metadata-entry.js';
import type { SettingMetadata } from './metadata-types.js';

const whenOn = (key: 'includeServiceObjectOnRow' | 'sortByActions') =>
  ({ kind: 'settingOn', key }) as const;

/** Settings that shape rows, prices and delivery. */
export const rowSettingsMetadata: readonly SettingMetadata[] = [
  entry(
    'sortByActions',
    1,
    'rowsAndPrices',
    ['Sortera på åtgärder', 'Sort by actions'],
    [
      'Orderraderna sorteras på åtgärder och datum. Varje datum får en summering av åtgärder och artiklar som använts den dagen.',
      'Rows are sorted by action and date. Each date gets a summary of the actions and articles used that day.',
    ],
  ),
  entry(
    'includeActionDate',
    2,
    'rowsAndPrices',
    ['Ta med datum på åtgärd', 'Include the action date'],
    ['Åtgärdens datum skrivs före åtgärden.', "The action's date is written before it."],
  ),
  entry(
    'technicianInActionSummary',
    41,
    'rowsAndPrices',
    ['Ta med teknikerns namn på åtgärdersummeringen', "Technician's name in the action summary"],
    [
      'Teknikernas namn skrivs i summeringen för varje datum.',
      "The technicians' names are written in each date's summary.",
    ],
    { visibleWhen: whenOn('sortByActions') },
  ),
  entry(
    'includeServiceObjectOnRow',
    4,
    'rowsAndPrices',
    ['Ta med serviceobjekt på orderrad', 'Service object on rows'],
    [
      'Serviceobjektets namn (och serienummer) skrivs på raderna som hör till det.',
      "The service object's name (and serial number) is written on the rows that belong to it.",
    ],
  ),
  entry(
    'includeServiceObjectMachineNumber',
    5,
    'rowsAndPrices',
    ['Ta med serviceobjektets maskinnummer', "Service object's machine number"],
    ['Maskinnumret skrivs också.', 'Its machine number is written too.'],
    { visibleWhen: whenOn('includeServiceObjectOnRow') },
  ),
  entry(
    'serviceObjectPrefix',
    34,
    'rowsAndPrices',
    ['Serviceobjektsprefix', 'Service object prefix'],
    [
      'Text före serviceobjektets namn: ”Maskin :” + ATLAS COPCO GA 10 blir ”Maskin :ATLAS COPCO GA 10”.',
      'Text put before the service object\'s name: "Maskin :" + ATLAS COPCO GA 10 becomes "Maskin :ATLAS COPCO GA 10".',
    ],
    { control: 'text', example: 'Maskin :', visibleWhen: whenOn('includeServiceObjectOnRow') },
  ),
  entry(
    'serialNumberMaxLength',
    31,
    'rowsAndPrices',
    [
      'Maximalt antal tecken vid visning av serviceobjektets serienummer',
      'Maximum serial number length',
    ],
    [
      'Serienummer kortas till så många tecken. 0 eller tomt = hela serienumret.',
      'Serial numbers are cut to this many characters. 0 or empty = the whole number.',
    ],
    { control: 'number', visibleWhen: whenOn('includeServiceObjectOnRow') },
  ),
  entry(
    'includeServiceObjectComment',
    26,
    'rowsAndPrices',
    ['Ta med serviceobjektskommentar', 'Service object comment'],
    ['Serviceobjektets kommentar skrivs med.', "The service object's comment is written."],
  ),
  entry(
    'includeTechnicianOnRows',
    12,
    'rowsAndPrices',
    ['Ta med teknikerns namn på orderrader', "Technician's name on rows"],
    [
      'Namnet på teknikern som utfört åtgärden eller lagt till artikeln skrivs på raden.',
      'The name of the technician who did the action or added the article is written on the row.',
    ],
  ),
  entry(
    'sortArticlesByDate',
    13,
    'rowsAndPrices',
    ['Sortera artiklar på datum', 'Sort articles by date'],
    ['Artikelraderna ordnas efter datum.', 'Article rows are ordered by date.'],
  ),
  entry(
    'excludeHiddenArticles',
    15,
    'rowsAndPrices',
    ['Ta ej med gömda artiklar på order', 'Leave out hidden articles'],
    [
      'Artiklar som satts till ”Dölj för inloggad kund och vid utskrift” tas inte med.',
      'Articles marked "hide for logged-in customer and on print" are left out.',
    ],
  ),
  entry(
    'sumArticleRows',
    25,
    'rowsAndPrices',
    ['Summera artikelrader', 'Sum article rows'],
    [
      'Rader med samma artikelnummer (och samma pris och kostnadsställe) läggs ihop till en rad.',
      'Rows with the same article number (and the same price and cost center) are merged into one.',
    ],
  ),
  entry(
    'setPricesOnRows',
    11,
    'rowsAndPrices',
    ['Sätt priser på orderrader', 'Set prices on rows'],
    [
      'Priset från systemet används på varje rad i stället för standardpriset i Fortnox.',
      "The host's price is used on every row instead of Fortnox's default price.",
    ],
    {
      warnings: [
        {
          id: 'setPricesOnRows.howPricesReachFortnox',
          severity: 'info',
          when: 'always',
          text: HOW_PRICES_REACH_FORTNOX,
        },
      ],
    },
  ),
  entry(
    'includeUserCostCenterOnRows',
    20,
    'rowsAndPrices',
    ['Ta med användarens kostnadsställe på rader', "User's cost center on rows"],
    [
      'Varje rad får kostnadsstället för användaren som lade till den.',
      'Each row carries the cost center of the user who added it.',
    ],
  ),
  entry(
    'costCenter',
    21,
    'rowsAndPrices',
    ['Lägg till kostnadsställe', 'Cost center'],
    [
      'Kostnadsställe som sätts på ordern. Det måste finnas i Fortnox (Register → Kostnadsställe).',
      'A cost center code put on the order. It must exist in Fortnox (Register → Cost centers).',
    ],
    {
      control: 'code',
      example: 'SERV',
      usedBy: ['mapping', 'send', 'timeReport'],
      warnings: [
        {
          id: 'costCenter.mustExist',
          severity: 'caution',
          when: 'always',
          text: {
            sv: 'OBS! Kostnadsstället måste finnas i Fortnox; det kontrolleras när du sparar och innan en order skickas.',
            en: 'The cost center must exist in Fortnox; it is checked when you save and before an order is sent.',
          },
        },
      ],
    },
  ),
  entry(
    'customerNameAsDeliveryName',
    39,
    'delivery',
    ['Sätt kundnamn i leveransnamn', 'Customer name as delivery name'],
    ['Kundens namn skickas som leveransnamn.', "The customer's name is sent as delivery name."],
  ),
  entry(
    'customerAddressAsDeliveryAddress',
    40,
    'delivery',
    ['Använd kundens adress som leveransadress', "Customer's address as delivery address"],
    [
      'Kundens adress skickas som leveransadress.',
      "The customer's address is sent as delivery address.",
    ],
  ),
];
