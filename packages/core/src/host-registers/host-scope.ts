/**
 * The signed-in user behind a request, as the host's `authorize` hook resolves it
 * (`createFortnoxHandler`). `tenantId` is required so that a session of one tenant can never
 * act through another tenant's integration.
 */
export interface HandlerUser {
  id: string;
  /** The host's tenant (company, account) the user belongs to. */
  tenantId: string;
  /** May add, change or remove the integration and its settings (SPEC §3). */
  isAdmin: boolean;
}

/**
 * Whom a host callback runs for: every `HostOrders` and `HostRegisters` the kit uses is made
 * for one scope, so an implementation filters its queries by `tenantId` (decisions/058).
 *
 * @example
 * const hostOrders = ({ tenantId }: HostScope): HostOrders => ({
 *   findById: (id) => db.orders.get({ tenantId, id }),
 *   // ...
 * });
 */
export interface HostScope {
  /** The integration's tenant (`IntegrationOptions.tenantId`). Filter every query by it. */
  tenantId: string;
  /** The user behind the request; null for background work (sync, invoice status polling). */
  user: HandlerUser | null;
}
