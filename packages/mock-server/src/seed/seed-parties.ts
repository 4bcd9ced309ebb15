import type { ArticleRecord } from '../schemas/article.js';
import type { CustomerRecord } from '../schemas/customer.js';
import { luhnDigit, type Random } from './random.js';
import {
  asciiFold,
  CITIES,
  COMPANY_FORMS,
  COMPANY_PREFIXES,
  COMPANY_TRADES,
  FIRST_NAMES,
  GOODS,
  LAST_NAMES,
  SERVICES,
  STREETS,
} from './swedish-words.js';

/** A Swedish organisation number (55xxxx-xxxx, valid Luhn check digit). */
export function orgNumber(random: Random): string {
  const body = `55${random.int(1000000, 9999999)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

/** A customer: mostly companies, some private persons, in Swedish cities. */
export function makeCustomer(random: Random, n: number): CustomerRecord {
  const place = random.pick(CITIES);
  const isCompany = random.chance(0.8);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const name = isCompany
    ? `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_TRADES)} ${random.pick(COMPANY_FORMS)}`
    : `${first} ${last}`;
  const domain = isCompany ? `${asciiFold(name).slice(0, 20)}.se` : 'exempel.se';
  return {
    CustomerNumber: String(n),
    Name: name,
    Type: isCompany ? 'COMPANY' : 'PRIVATE',
    OrganisationNumber: isCompany ? orgNumber(random) : '',
    Address1: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    ZipCode: `${place.zip} ${random.int(10, 99)}`,
    City: place.city,
    Email: `${asciiFold(first)}.${asciiFold(last)}@${domain}`,
    Phone1: `${place.phone}-${random.int(100000, 999999)}`,
    YourReference: isCompany ? `${first} ${last}` : '',
    TermsOfPayment: random.pick(['10', '20', '30']),
    Active: random.chance(0.95),
  };
}

/** An article (goods or an hourly service) and its base price. */
export function makeArticle(random: Random, n: number): { article: ArticleRecord; price: number } {
  if (random.chance(0.2)) {
    return {
      article: {
        ArticleNumber: String(n),
        Description: random.pick(SERVICES),
        Unit: 'h',
        Type: 'SERVICE',
      },
      price: random.int(45, 95) * 10,
    };
  }
  const goods = random.pick(GOODS);
  const price = random.int(goods.price[0], goods.price[1]);
  return {
    article: {
      ArticleNumber: String(n),
      Description: `${goods.name} ${random.pick(goods.variants)}`,
      Unit: goods.unit,
      Type: 'STOCK',
      PurchasePrice: Math.round(price * 0.6),
      QuantityInStock: random.int(0, 500),
      EAN: `73${String(random.int(10000000000, 99999999999)).padStart(11, '0')}`,
    },
    price,
  };
}
