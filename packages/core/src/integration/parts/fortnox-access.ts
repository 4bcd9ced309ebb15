import { createFortnoxClient } from '../../client/create-fortnox-client.js';
import { createFortnoxConnection } from '../../connection/fortnox-connection.js';
import type { Clock } from '../../env/clock.js';
import { createStateStoreTokenStore } from '../../store/token-store-adapter.js';
import { createFortnoxGateway } from '../create-fortnox-gateway.js';
import { DEFAULT_SCOPES, type IntegrationOptions } from '../integration-options.js';

/**
 * The integration's way into Fortnox: the OAuth connection (tokens in the state store), the
 * client on top of it (rate limited per connection key) and the workflows' gateway.
 */
export function createFortnoxAccess(
  options: IntegrationOptions,
  clock: Clock,
  connectionId: string,
) {
  const { store } = options;
  const connection = createFortnoxConnection({
    clientId: options.fortnox.clientId,
    clientSecret: options.fortnox.clientSecret,
    connectionId,
    redirectUri: options.fortnox.redirectUri,
    scopes: options.fortnox.scopes ?? DEFAULT_SCOPES,
    mode: options.fortnox.mode,
    tenantId: options.fortnox.tenantId,
    tokenStore: createStateStoreTokenStore(store, { clock }),
    lock: options.lock,
    clock,
    fetch: options.fetch,
    authBaseUrl: options.fortnox.authBaseUrl,
    logger: options.logger,
  });
  const client = createFortnoxClient({
    auth: connection,
    baseUrl: options.fortnox.apiBaseUrl,
    fetch: options.fetch,
    clock,
    logger: options.logger,
    rateLimiter:
      options.rateLimiter ?? store.createRateLimiter?.(connection.connectionKey, { clock }),
  });
  const gateway = createFortnoxGateway(client.request);
  return { connection, client, gateway };
}
