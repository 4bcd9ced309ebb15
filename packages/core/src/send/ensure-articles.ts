import { type Clock, systemClock } from '../env/clock.js';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import type { FortnoxArticleWrite } from '../fortnox/resources/articles.js';
import { replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { Article } from '../host/index.js';
import type { HostRegisters } from '../host-registers/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { partyLock } from '../store/party-lock.js';
import type { StateStore } from '../store/state-store.js';
import { createJournaled } from './journaled-create.js';

/** Dependencies of {@link ensureArticles}. */
export interface ArticleDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  registers: HostRegisters;
  now: () => number;
  /** Times the cross-process lock's waits. @default systemClock */
  clock?: Clock;
}

/** Article numbers that are missing in Fortnox, with their host articles, found without writing. */
export async function findMissingArticles(
  deps: ArticleDeps,
  articleNumbers: readonly string[],
  creationDisabled: boolean,
): Promise<Article[]> {
  const missing: Article[] = [];
  for (const number of new Set(articleNumbers)) {
    if (await deps.gateway.getArticle(number)) continue;
    if (creationDisabled) {
      throw new WorkflowError(
        'missing_fortnox_code',
        `Article ${number} does not exist in Fortnox, and article creation is turned off ("Inaktivera artikelskapande"). Create it in Fortnox and send again.`,
        {
          field: 'disableArticleCreation',
          userMessage: {
            sv: `Artikel ${number} finns inte i Fortnox, och artikelskapande är avstängt ("Inaktivera artikelskapande"). Lägg upp artikeln i Fortnox (eller slå på artikelskapande) och skicka igen.`,
            en: `Article ${number} does not exist in Fortnox, and article creation is turned off ("Inaktivera artikelskapande"). Add the article in Fortnox (or turn article creation on) and send again.`,
          },
        },
      );
    }
    const article = await deps.registers.articles.findByNumber(number);
    if (!article) {
      throw new WorkflowError(
        'not_found',
        `Article ${number} is neither in Fortnox nor in the article register.`,
        {
          field: 'articleRows',
          userMessage: {
            sv: `Artikel ${number} finns varken i Fortnox eller i artikelregistret. Lägg upp artikeln (eller ta bort raden) och skicka igen.`,
            en: `Article ${number} is neither in Fortnox nor in the article register. Add the article (or remove the row) and send again.`,
          },
        },
      );
    }
    missing.push(article);
  }
  return missing;
}

/**
 * Creates the given articles in Fortnox under their own numbers, exactly once each: under
 * the store's lock for the host article (another send may have created it meanwhile),
 * through the create journal (a create whose answer was lost is looked up by its number
 * before anything is written again; decisions/110), and links them.
 */
export async function createArticles(
  deps: ArticleDeps,
  articles: readonly Article[],
): Promise<void> {
  const { lock, key } = partyLock(deps.store, deps.clock);
  for (const article of articles) {
    const number = article.articleNumber;
    await lock.withLock(key(deps.connectionId, 'articles', article.id), async () => {
      if (!(await deps.gateway.getArticle(number))) {
        await createJournaled(
          { store: deps.store, clock: deps.clock ?? systemClock },
          {
            key: { connectionId: deps.connectionId, register: 'articles', hostId: article.id },
            reference: number,
            create: () => createArticle(deps.gateway, article),
            lookup: async (entry) =>
              (await deps.gateway.getArticle(entry.reference)) ? entry.reference : undefined,
          },
        );
      }
      await deps.store.putLinks([
        {
          connectionId: deps.connectionId,
          register: 'articles',
          hostId: article.id,
          fortnoxNumber: number,
          syncedAt: deps.now(),
        },
      ]);
    });
  }
}

/** POSTs the article; one that Fortnox refuses because its number exists (made by anyone) is taken. */
async function createArticle(gateway: FortnoxGateway, article: Article): Promise<string> {
  try {
    return (await gateway.createArticle(articleBody(article))).ArticleNumber;
  } catch (error) {
    const exists =
      isFortnoxApiError(error) &&
      error.status === 400 &&
      (await gateway.getArticle(article.articleNumber));
    if (!exists) throw error;
    return article.articleNumber;
  }
}

/** The Fortnox article created for a host article (checked first by `validateBeforeSend`). */
export function articleBody(a: Article): FortnoxArticleWrite {
  const body: Record<string, unknown> = {
    ArticleNumber: a.articleNumber,
    Description: replaceInvalidCharacters(a.description || a.articleNumber).text.slice(0, 200),
    Unit: a.unit,
    Type: a.type === 'service' ? 'SERVICE' : 'STOCK',
    VAT: a.vat,
    PurchasePrice: a.purchasePrice ?? undefined,
  };
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => v !== undefined),
  ) as FortnoxArticleWrite;
}
