/**
 * The host backend: an integration for one company, its handler mounted in Express at
 * /api/fortnox, and a session check. This is what docs/host-guide.md §2-§3 describe, put
 * together; copy it and replace host-data.ts with your own data.
 */
import {
  createFortnoxHandler,
  createIntegration,
  type HandlerUser,
  toNodeListener,
} from '@fortnox-kit/core';
import { createSqliteStateStore } from '@fortnox-kit/core/sqlite';
import express from 'express';
import { hostOrders, registers, sessions } from './host-data.js';

/** What the host needs to know about Fortnox and where to keep the kit's state. */
export interface MinimalHostOptions {
  fortnox: {
    clientId: string;
    clientSecret: string;
    /** `https://<your host>/api/fortnox/oauth/callback`, as registered with Fortnox. */
    redirectUri: string;
    /** Only for the emulator; real Fortnox is the default. */
    apiBaseUrl?: string;
    authBaseUrl?: string;
  };
  /** The SQLite file for tokens, links, sync runs and the send journal. */
  database: string;
  /** 32 random bytes, base64 (`generateEncryptionKey()`), from your secret store. */
  encryptionKey: string;
}

export function createMinimalHost(options: MinimalHostOptions) {
  const integration = createIntegration({
    fortnox: options.fortnox,
    tenantId: 'acme',
    store: createSqliteStateStore({
      database: options.database,
      encryptionKey: options.encryptionKey,
    }),
    registers: () => registers,
    hostOrders: () => hostOrders,
  });

  const handler = createFortnoxHandler(integration, {
    basePath: '/api/fortnox',
    authorize: (request) => userOf(request.headers.get('cookie')),
    orderUrl: (orderId) => `/orders/${orderId}`,
    onError: (error) => console.error('fortnox-kit:', error),
  });

  const app = express();
  app.use('/api/fortnox', toNodeListener(handler));
  app.get('/', (_req, res) => {
    res.type('text').send('Your app. The Fortnox integration answers under /api/fortnox.');
  });
  return { app, integration };
}

/** Your authentication: the signed-in user behind the session cookie, or null. */
function userOf(cookieHeader: string | null): HandlerUser | null {
  const id = /(?:^|;\s*)session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  const session = id ? sessions.get(id) : undefined;
  return session
    ? { id: session.userId, tenantId: session.tenantId, isAdmin: session.isAdmin }
    : null;
}
