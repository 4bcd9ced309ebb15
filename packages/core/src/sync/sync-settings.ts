import type { IntegrationSettings } from '../settings/index.js';

/** The settings the sync reads (SPEC §7: 22, 23, 24, 28, 42, 46 and the subgroup). */
export type SyncSettings = Pick<
  IntegrationSettings,
  | 'syncUpdatedArticles'
  | 'syncPrices'
  | 'syncUpdatedCustomers'
  | 'disableArticleCreation'
  | 'setSubgroupOnSync'
  | 'noPriceArticleNumbers'
  | 'subgroup'
>;
