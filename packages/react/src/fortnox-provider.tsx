import type { Clock } from '@fortnox-kit/core/contract';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type FortnoxBrowserActions, windowBrowserActions } from './browser-actions.js';
import type { FortnoxTransport } from './client/fortnox-api.js';
import {
  createFortnoxBackendClient,
  type FortnoxBackendClient,
} from './client/fortnox-backend-client.js';
import { type FortnoxMessages, messagesFor } from './i18n/messages.js';
import { ThemeStyle } from './theme/theme-style.js';

/** Which language the components speak. Swedish is the default: the users are Swedish. */
export type FortnoxLocale = 'sv' | 'en';

/** What the current user may do: only admins change the integration (SPEC §3). */
export type FortnoxRole = 'admin' | 'user';

/** Props of {@link FortnoxProvider}. */
export interface FortnoxProviderProps {
  /**
   * Where the host backend mounts the core handler.
   * @default '/api/fortnox'
   */
  baseUrl?: string;
  /**
   * How requests reach the backend (extra headers, another origin, or the handler itself).
   * @default fetch
   */
  transport?: FortnoxTransport;
  /** @default 'sv' */
  locale?: FortnoxLocale;
  /**
   * The current user's role. Only hides or disables admin actions; the backend enforces it.
   * (Not `role`: that is an ARIA attribute to linters and readers.) @default 'user'
   */
  userRole?: FortnoxRole;
  /** @default systemClock */
  clock?: Clock;
  /** @default the real window */
  browser?: FortnoxBrowserActions;
  /** Leave out the default theme (headless use: style the `fnx-` classes yourself). @default false */
  unstyled?: boolean;
  children?: ReactNode;
}

/** The resolved provider value the components read. */
export interface FortnoxContextValue {
  baseUrl: string;
  locale: FortnoxLocale;
  role: FortnoxRole;
  client: FortnoxBackendClient;
  messages: FortnoxMessages;
  browser: FortnoxBrowserActions;
}

const FortnoxContext = createContext<FortnoxContextValue | null>(null);

/**
 * Gives every Fortnox component the host backend, the locale and the user's role.
 *
 * @example
 * <FortnoxProvider baseUrl="/api/fortnox" userRole="admin"><FortnoxSettingsForm /></FortnoxProvider>
 */
export function FortnoxProvider({
  baseUrl = '/api/fortnox',
  transport,
  locale = 'sv',
  userRole: role = 'user',
  clock,
  browser = windowBrowserActions,
  unstyled = false,
  children,
}: FortnoxProviderProps) {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const client = useMemo(
    () => createFortnoxBackendClient({ baseUrl: trimmed, transport, clock, locale }),
    [trimmed, transport, clock, locale],
  );
  const value = useMemo(
    () => ({ baseUrl: trimmed, locale, role, client, messages: messagesFor(locale), browser }),
    [trimmed, locale, role, client, browser],
  );
  return (
    <FortnoxContext.Provider value={value}>
      {unstyled ? null : <ThemeStyle />}
      {children}
    </FortnoxContext.Provider>
  );
}

/** Reads the provider value; throws a clear message when no provider is mounted. */
export function useFortnoxContext(): FortnoxContextValue {
  const value = useContext(FortnoxContext);
  if (!value) {
    throw new Error('Fortnox components must be rendered inside <FortnoxProvider baseUrl="…">.');
  }
  return value;
}
