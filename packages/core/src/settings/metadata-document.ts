import { entry } from './metadata-entry.js';
import type { SettingMetadata } from './metadata-types.js';

const subgroupsOnly = { kind: 'hostUsesSubgroups' } as const;

/** General settings (SPEC §6) and the settings that shape texts and references. */
export const documentSettingsMetadata: readonly SettingMetadata[] = [
  entry(
    'orderText',
    null,
    'general',
    ['Ordertext', 'Order text'],
    [
      'Text som följer med på samtliga ordrar som skapas.',
      'Text that goes with every order created.',
    ],
    { control: 'textarea' },
  ),
  entry(
    'internalInvoiceCustomer',
    null,
    'general',
    ['Internfakturerad kund', 'Internal invoicing customer'],
    [
      'Kund (kundnummer i Fortnox) som används när ni fakturerar mellan bolag i olika undergrupper. Endast en kund kan anges.',
      'Customer (Fortnox customer number) used to invoice between companies in different subgroups. Only one customer.',
    ],
    { control: 'customer', visibleWhen: subgroupsOnly },
  ),
  entry(
    'subgroup',
    null,
    'general',
    ['Undergrupp', 'Subgroup'],
    [
      'Vilken undergrupp integrationen gäller. Ingen vald = samtliga grupper.',
      'Which subgroup the integration applies to. None = all groups.',
    ],
    { control: 'subgroup', visibleWhen: subgroupsOnly, usedBy: ['mapping', 'sync'] },
  ),
  entry(
    'includeDescriptionAndFault',
    3,
    'texts',
    ['Ta med beskrivning och fel/orsak', 'Include description and fault/cause'],
    [
      'Orderns beskrivning och fel/orsak skickas som textrader.',
      "The order's description and fault/cause are sent as text rows.",
    ],
  ),
  entry(
    'orderTextOnTop',
    6,
    'texts',
    ['Lägg ordertexten överst', 'Put the order text on top'],
    [
      'Ordertexten placeras som textrader överst på ordern i stället för i rutan för ordertext. Varje rad blir en egen textrad; styckeformatering följer inte med.',
      'The order text becomes text rows at the top instead of the order text box. Each line becomes its own row; paragraph formatting is lost.',
    ],
    {
      warnings: [
        {
          id: 'orderTextOnTop.formatting',
          severity: 'info',
          when: 'always',
          text: {
            sv: 'Behöver ni formatering, använd även ”Lägg en sammanfattning i ordertextrutan” och/eller ”Lägg till beskrivning och fel/orsak i ordertextrutan”.',
            en: 'If you need formatting, also use "Summary in the order text box" and/or "Description and fault/cause in the order text box".',
          },
        },
      ],
    },
  ),
  entry(
    'summaryInOrderText',
    7,
    'texts',
    ['Lägg en sammanfattning i ordertextrutan', 'Summary in the order text box'],
    [
      'En sammanfattning av ordern, med ordernumret, läggs i ordertextrutan.',
      'A summary of the order, including the order number, goes in the order text box.',
    ],
  ),
  entry(
    'descriptionAndFaultInOrderText',
    8,
    'texts',
    [
      'Lägg till beskrivning och fel/orsak i ordertextrutan',
      'Description and fault/cause in the order text box',
    ],
    [
      'Beskrivning och fel/orsak läggs i ordertextrutan.',
      'Description and fault/cause go in the order text box.',
    ],
  ),
  entry(
    'includeSalesOrderStatus',
    16,
    'texts',
    ['Ta med status på försäljningsorder', 'Include the sales order status'],
    [
      'Försäljningsorderns status skrivs som en textrad.',
      "The sales order's status is written as a text row.",
    ],
  ),
  entry(
    'includeFacilityName',
    17,
    'texts',
    ['Ta med anläggningsnamn', 'Include the facility name'],
    ['Anläggningens namn skrivs som en textrad.', "The facility's name is written as a text row."],
  ),
  entry(
    'includeComments',
    27,
    'texts',
    ['Ta med kommentarer', 'Include comments'],
    [
      'Orderns kommentarer skickas till Fortnox (internt fält, max 1024 tecken; längre kortas av med varning).',
      "The order's comments go to Fortnox (internal field, max 1024 characters; longer ones are cut, with a warning).",
    ],
  ),
  entry(
    'orderNumberInComment',
    32,
    'texts',
    ['Ta med ordernummer i kommentar vid överföring', 'Order number in the comments'],
    [
      'Ordernumret skrivs först i kommentarsfältet (inte med 9).',
      'The order number is written first in the comments (not with 9).',
    ],
  ),
  entry(
    'includeOperatingHoursInOrderText',
    37,
    'texts',
    [
      'Ta med serviceobjektens drifttid i ordertext',
      "Service objects' operating hours in the order text",
    ],
    [
      'Drifttiden för orderns serviceobjekt läggs i ordertextrutan.',
      "The operating hours of the order's service objects go in the order text box.",
    ],
  ),
  entry(
    'doNotSendOrderNumber',
    9,
    'references',
    ['Skicka inte ordernummer', 'Do not send the order number'],
    [
      'Ert eget ordernummer skickas ingenstans (Vår referens, Ert ordernummer, sammanfattning, extern referens, kommentar); går före 10 och 32. Kundens ordernummer kommer fortsatt med.',
      "Your own order number is sent nowhere (OurReference, YourOrderNumber, summary, external reference, comments); wins over 10 and 32. The customer's order number is still sent.",
    ],
  ),
  entry(
    'orderNumberAsYourOrderNumber',
    10,
    'references',
    [
      'Flytta AO/SO:nr från Vår referens till Ert ordernummer',
      'Move the order number from OurReference to YourOrderNumber',
    ],
    [
      'Ordernumret skickas i Ert ordernummer i stället för Vår referens.',
      'Our order number goes in YourOrderNumber instead of OurReference.',
    ],
  ),
  entry(
    'assigneeAsOurReference',
    29,
    'references',
    ['Lägg tilldelad i vår referens', 'Assignee as OurReference'],
    [
      'Namnet på den som är tilldelad ordern läggs in som Vår referens.',
      'The name of the assigned user goes in OurReference.',
    ],
  ),
  entry(
    'signerAsOurReference',
    30,
    'references',
    ['Sätt signerad som vår referens', 'Signer as OurReference'],
    [
      'Namnet på den som signerat ordern läggs in som Vår referens (går före tilldelad om båda är valda).',
      'The name of the user who signed the order goes in OurReference (wins over the assignee when both are on).',
    ],
  ),
  entry(
    'includeContactPhoneInYourReference',
    38,
    'references',
    [
      'Ta med kontaktpersons telefonnummer på er referens',
      "Contact person's phone in YourReference",
    ],
    [
      'Telefonnumret läggs till efter namnet i Er referens.',
      'The phone number is added after the name in YourReference.',
    ],
  ),
  entry(
    'requesterAsYourReference',
    43,
    'references',
    ['Sätt beställare som er referens', 'Requester as YourReference'],
    [
      'Beställaren skickas som Er referens i stället för kontaktpersonen. Är beställaren tom skickas kontaktpersonen.',
      'The requester, not the contact person, is sent as YourReference. If there is no requester, the contact person is.',
    ],
  ),
];
