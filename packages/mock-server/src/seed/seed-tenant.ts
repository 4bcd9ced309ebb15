import { priceKey } from '../schemas/code-registers.js';
import type { Tenant } from '../store/tenant.js';
import { stockholmDate } from '../time.js';
import { createRandom } from './random.js';
import { seedCodeRegisters } from './seed-code-registers.js';
import { seedDocuments } from './seed-documents.js';
import { makeArticle, makeCustomer } from './seed-parties.js';
import { asciiFold, FIRST_NAMES, LAST_NAMES } from './swedish-words.js';

/** Registers the seed fills with `size` records each. */
export type SeedRegister =
  | 'customers'
  | 'articles'
  | 'orders'
  | 'invoices'
  | 'employees'
  | 'attendanceTransactions';

/** How many records to seed: one number for every register, or per register. */
export type SeedSize = number | Partial<Record<SeedRegister, number>>;

const DAY = 86_400_000;

/**
 * Fills `tenant` with a realistic Swedish dataset that depends only on `seed` and `size`
 * (and `now`, for dates): the code registers, then customers, articles with prices,
 * orders, invoices, employees and attendance.
 */
export function seedTenant(tenant: Tenant, seed: number, size: SeedSize, now: number): void {
  const count = (register: SeedRegister) =>
    typeof size === 'number' ? size : (size[register] ?? 10);
  const random = createRandom(seed * 7919 + tenant.tenantId);
  const past = () => now - random.int(1, 90) * DAY;
  seedCodeRegisters(tenant, now);
  const priceDate = stockholmDate(now - 100 * DAY);
  for (let i = 1; i <= count('customers'); i++) {
    tenant.customers.set(String(i), makeCustomer(random, i), past());
  }
  for (let i = 1; i <= count('articles'); i++) {
    const { article, price } = makeArticle(random, i);
    tenant.articles.set(article.ArticleNumber, article, past());
    tenant.prices.set(
      priceKey('A', article.ArticleNumber, 0),
      {
        PriceList: 'A',
        ArticleNumber: article.ArticleNumber,
        FromQuantity: 0,
        Price: price,
        Percent: 0,
        Date: priceDate,
      },
      now,
    );
  }
  seedDocuments(tenant, random, count('orders'), count('invoices'), now, past);
  for (let i = 1; i <= count('employees'); i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    tenant.employees.set(
      String(i),
      {
        EmployeeId: String(i),
        FirstName: first,
        LastName: last,
        Email: `${asciiFold(first)}.${asciiFold(last)}@exempel.se`,
        JobTitle: 'Tekniker',
        Inactive: false,
        HourlyPay: random.int(180, 320),
        CostCenter: 'SERV',
      },
      past(),
    );
  }
  const employees = count('employees');
  for (let i = 1; employees > 0 && i <= count('attendanceTransactions'); i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    tenant.attendanceTransactions.set(
      id,
      {
        id,
        EmployeeId: String(random.int(1, employees)),
        CauseCode: 'TID',
        Date: stockholmDate(now - random.int(1, 60) * DAY),
        Hours: random.int(2, 8),
      },
      past(),
    );
  }
}
