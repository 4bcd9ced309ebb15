/**
 * How prices reach Fortnox: the settings form's hint beside "Sätt priser på orderrader" and
 * the end of the send warning about rows without a price (issue 20).
 */
export const HOW_PRICES_REACH_FORTNOX = {
  sv: 'Priser kommer till Fortnox på tre sätt: slå på "Sätt priser på orderrader" (systemets pris skrivs på varje rad), slå på "Synka priser" (artikelns pris förs till Fortnox prislista), eller lägg in priset på artikeln i Fortnox. Annars blir raderna 0 kr.',
  en: 'Prices reach Fortnox in three ways: turn on "Sätt priser på orderrader" (the host\'s price is written on every row), turn on "Synka priser" (the article\'s price goes to Fortnox\'s price list), or set the article\'s price in Fortnox. Otherwise the rows come out at 0.',
} as const;
