import { z } from 'zod';
import type { FortnoxClient } from '../client/create-fortnox-client.js';
import { type FortnoxPage, type ListParams, listSearchParams } from '../client/paginate.js';
import { FortnoxArticle, type FortnoxArticleWrite } from '../fortnox/resources/articles.js';
import {
  type FortnoxCustomer,
  FortnoxCustomerListItem,
  type FortnoxCustomerWrite,
} from '../fortnox/resources/customers.js';
import { orMissing } from '../fortnox/resources/or-missing.js';
import { MetaInformation } from '../fortnox/schemas/meta-information.js';

/** The price list whose `FromQuantity 0` price is "the" price of an article. */
export const DEFAULT_PRICE_LIST = 'A';

/** The Fortnox calls the sync engine makes, over the client's resource modules. */
export interface FortnoxSyncApi {
  customers: {
    page(params: ListParams, page: number): Promise<FortnoxPage<FortnoxCustomer>>;
    get(number: string, signal?: AbortSignal): Promise<FortnoxCustomer | undefined>;
    create(input: FortnoxCustomerWrite, signal?: AbortSignal): Promise<FortnoxCustomer>;
    update(
      number: string,
      input: Partial<FortnoxCustomerWrite>,
      signal?: AbortSignal,
    ): Promise<FortnoxCustomer>;
    /** `DELETE`: Fortnox refuses (400) while documents use the customer. */
    remove(number: string, signal?: AbortSignal): Promise<void>;
    /** Fortnox's substring search (first page): callers compare exactly. */
    search(
      field: 'organisationnumber' | 'email',
      value: string,
      signal?: AbortSignal,
    ): Promise<FortnoxCustomer[]>;
  };
  articles: {
    page(params: ListParams, page: number): Promise<FortnoxPage<FortnoxArticle>>;
    get(number: string, signal?: AbortSignal): Promise<FortnoxArticle | undefined>;
    create(input: FortnoxArticleWrite, signal?: AbortSignal): Promise<FortnoxArticle>;
    update(
      number: string,
      input: Partial<FortnoxArticleWrite>,
      signal?: AbortSignal,
    ): Promise<FortnoxArticle>;
    /** `DELETE`: Fortnox refuses (400) while documents use the article. */
    remove(number: string, signal?: AbortSignal): Promise<void>;
  };
  prices: {
    /**
     * Sets the article's base price (price list A, from quantity 0): `PUT`, or `POST` when
     * the price row does not exist yet (`exists: false` skips the PUT attempt).
     */
    set(articleNumber: string, price: number, exists: boolean, signal?: AbortSignal): Promise<void>;
  };
}

/** The parts of the Fortnox client the sync uses. */
export type SyncClient = Pick<FortnoxClient, 'request' | 'customers' | 'articles' | 'prices'>;

/** Builds the {@link FortnoxSyncApi} over the client's resource modules. */
export function createFortnoxSyncApi(client: SyncClient): FortnoxSyncApi {
  const { request, customers, articles, prices } = client;
  const page = <S extends z.ZodType>(path: string, listKey: string, item: S) => {
    const schema = z.object({ [listKey]: z.array(item), MetaInformation });
    // One page by number, so a resumed run starts at its last committed page.
    return async (params: ListParams, pageNumber: number): Promise<FortnoxPage<z.output<S>>> => {
      const data = (await request({
        method: 'GET',
        path,
        searchParams: listSearchParams(params, pageNumber),
        schema,
        signal: params.signal,
        priority: params.priority,
      })) as Record<string, unknown> & { MetaInformation: MetaInformation };
      const meta = data.MetaInformation;
      return {
        items: data[listKey] as z.output<S>[],
        page: pageNumber,
        totalPages: meta['@TotalPages'],
        totalResources: meta['@TotalResources'],
      };
    };
  };
  const customerPage = page('customers', 'Customers', FortnoxCustomerListItem);
  return {
    customers: {
      page: customerPage,
      get: (number, signal) => orMissing(customers.get(number, { signal })),
      create: (input, signal) => customers.create(input, { signal }),
      update: (number, input, signal) => customers.update(number, input, { signal }),
      remove: (number, signal) => customers.delete(number, { signal }),
      async search(field, value, signal) {
        return (await customerPage({ search: { [field]: value }, signal }, 1)).items;
      },
    },
    articles: {
      page: page('articles', 'Articles', FortnoxArticle),
      get: (number, signal) => orMissing(articles.get(number, { signal })),
      create: (input, signal) => articles.create(input, { signal }),
      update: (number, input, signal) => articles.update(number, input, { signal }),
      remove: (number, signal) => articles.delete(number, { signal }),
    },
    prices: {
      async set(articleNumber, price, exists, signal) {
        const key = { priceList: DEFAULT_PRICE_LIST, articleNumber, fromQuantity: 0 };
        if (exists) {
          try {
            await prices.update(key, { Price: price }, { signal });
            return;
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
        }
        await prices.create(
          {
            PriceList: DEFAULT_PRICE_LIST,
            ArticleNumber: articleNumber,
            FromQuantity: 0,
            Price: price,
          },
          { signal },
        );
      },
    },
  };
}

/** A 404 from Fortnox: the record does not exist. */
export function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    (error as { status?: unknown }).status === 404
  );
}
