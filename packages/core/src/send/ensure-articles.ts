import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { replaceInvalidCharacters } from '../fortnox/text-rules.js';
import type { Article } from '../host/index.js';
import type { HostRegisters } from '../host-registers/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { StateStore } from '../store/state-store.js';

/** Dependencies of {@link ensureArticles}. */
export interface ArticleDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  registers: HostRegisters;
  now: () => number;
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
 * Creates the given articles in Fortnox under their own numbers (so a repeated create
 * cannot duplicate one: Fortnox refuses the number, and the article is then read back)
 * and links them.
 */
export async function createArticles(
  deps: ArticleDeps,
  articles: readonly Article[],
): Promise<void> {
  for (const article of articles) {
    try {
      await deps.gateway.createArticle(articleBody(article));
    } catch (error) {
      if (
        !(
          isFortnoxApiError(error) &&
          error.status === 400 &&
          (await deps.gateway.getArticle(article.articleNumber))
        )
      ) {
        throw error;
      }
    }
    await deps.store.putLinks([
      {
        connectionId: deps.connectionId,
        register: 'articles',
        hostId: article.id,
        fortnoxNumber: article.articleNumber,
        syncedAt: deps.now(),
      },
    ]);
  }
}

/** The Fortnox article created for a host article (checked first by `validateBeforeSend`). */
export function articleBody(a: Article): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ArticleNumber: a.articleNumber,
    Description: replaceInvalidCharacters(a.description || a.articleNumber).text.slice(0, 200),
    Unit: a.unit,
    Type: a.type === 'service' ? 'SERVICE' : 'STOCK',
    VAT: a.vat,
    PurchasePrice: a.purchasePrice ?? undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
