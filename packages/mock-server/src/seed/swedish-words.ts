/** Word lists for the deterministic Swedish dataset. */
export const FIRST_NAMES = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Kerstin',
  'Ingrid',
  'Linnéa',
  'Lars',
  'Mikael',
  'Anders',
  'Johan',
  'Erik',
  'Per',
  'Karl',
  'Peter',
  'Jonas',
  'Björn',
  'Åsa',
  'Öivind',
  'Sören',
  'Märta',
  'Göran',
  'Håkan',
  'Ängla',
  'Jörgen',
  'Linus',
  'Elsa',
] as const;

export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Lindström',
  'Åberg',
  'Öberg',
  'Ström',
  'Sjöberg',
  'Söderberg',
  'Holmqvist',
  'Nyström',
  'Björk',
  'Wallin',
  'Ek',
] as const;

export const COMPANY_TRADES = [
  'Bygg',
  'El',
  'VVS',
  'Måleri',
  'Städ',
  'Transport',
  'Fastighetsservice',
  'Trädgård',
  'Snickeri',
  'Plåt',
  'Golv',
  'Kyl & Värme',
  'Låssmed',
  'Mark & Anläggning',
  'Tak',
] as const;

export const COMPANY_PREFIXES = [
  'Norra',
  'Södra',
  'Västra',
  'Östra',
  'Stor',
  'Nya',
  'Gamla',
  'Mälardalens',
  'Skånes',
  'Dalarnas',
  'Göta',
  'Svea',
  'Fjäll',
  'Kust',
  'Skogs',
] as const;

export const COMPANY_FORMS = ['AB', 'AB', 'AB', 'HB', 'KB', 'Ekonomisk förening'] as const;

export const CITIES = [
  { city: 'Stockholm', zip: '111', phone: '08' },
  { city: 'Göteborg', zip: '411', phone: '031' },
  { city: 'Malmö', zip: '211', phone: '040' },
  { city: 'Uppsala', zip: '753', phone: '018' },
  { city: 'Västerås', zip: '722', phone: '021' },
  { city: 'Örebro', zip: '702', phone: '019' },
  { city: 'Linköping', zip: '582', phone: '013' },
  { city: 'Helsingborg', zip: '252', phone: '042' },
  { city: 'Jönköping', zip: '553', phone: '036' },
  { city: 'Norrköping', zip: '602', phone: '011' },
  { city: 'Lund', zip: '222', phone: '046' },
  { city: 'Umeå', zip: '903', phone: '090' },
  { city: 'Gävle', zip: '802', phone: '026' },
  { city: 'Borås', zip: '503', phone: '033' },
  { city: 'Sundsvall', zip: '852', phone: '060' },
  { city: 'Luleå', zip: '972', phone: '0920' },
  { city: 'Karlstad', zip: '652', phone: '054' },
  { city: 'Växjö', zip: '352', phone: '0470' },
] as const;

export const STREETS = [
  'Storgatan',
  'Drottninggatan',
  'Kungsgatan',
  'Vasagatan',
  'Sveavägen',
  'Järnvägsgatan',
  'Skolgatan',
  'Kyrkogatan',
  'Ringvägen',
  'Industrivägen',
  'Björkvägen',
  'Tallvägen',
  'Ängsvägen',
  'Östra Långgatan',
  'Hamngatan',
  'Torggatan',
  'Åsgatan',
  'Södra vägen',
] as const;

/** Goods: description stem, unit, typical price range (SEK, excl. VAT). */
export const GOODS = [
  { name: 'Skruv rostfri', variants: ['4x40', '5x50', '5x70', '6x100'], unit: 'st', price: [1, 9] },
  { name: 'Kabel EKK', variants: ['3G1,5', '3G2,5', '5G1,5', '5G2,5'], unit: 'm', price: [9, 45] },
  {
    name: 'Kopparrör',
    variants: ['12 mm', '15 mm', '22 mm', '28 mm'],
    unit: 'm',
    price: [60, 240],
  },
  { name: 'Väggfärg vit', variants: ['1 l', '3 l', '10 l'], unit: 'st', price: [150, 1200] },
  { name: 'Gipsskiva', variants: ['900x2400', '1200x2500'], unit: 'st', price: [90, 160] },
  { name: 'Eluttag dubbelt', variants: ['vit', 'grå', 'svart'], unit: 'st', price: [60, 180] },
  {
    name: 'Blandare kök',
    variants: ['standard', 'med diskmaskinsavstängning'],
    unit: 'st',
    price: [900, 3500],
  },
  { name: 'Golvbrunn', variants: ['plast', 'rostfri'], unit: 'st', price: [450, 1800] },
  { name: 'Regel furu', variants: ['45x70', '45x95', '45x120'], unit: 'm', price: [18, 45] },
  {
    name: 'Isolering mineralull',
    variants: ['45 mm', '95 mm', '145 mm'],
    unit: 'paket',
    price: [250, 700],
  },
] as const;

/** Services, sold by the hour. */
export const SERVICES = [
  'Arbetstid montör',
  'Arbetstid elektriker',
  'Arbetstid rörmokare',
  'Arbetstid målare',
  'Servicebesök',
  'Jourtillägg',
  'Resetid',
  'Projektledning',
  'Felsökning',
  'Besiktning',
] as const;

/** Swedish letters to ASCII, for e-mail addresses. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '');
}
