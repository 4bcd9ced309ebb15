import { createContext, type ReactNode, useContext, useMemo } from 'react';

/** Which language the components speak. Swedish is the default: the users are Swedish. */
export type FortnoxLocale = 'sv' | 'en';

/** What the current user may do: only admins change the integration (SPEC §3). */
export type FortnoxRole = 'admin' | 'user';

/** Props of {@link FortnoxProvider}. */
export interface FortnoxProviderProps {
  /** Base URL of the host backend that mounts the core handler, e.g. `/api/fortnox`. */
  baseUrl: string;
  /** @default 'sv' */
  locale?: FortnoxLocale;
  /** @default 'user' */
  role?: FortnoxRole;
  children?: ReactNode;
}

/** The resolved provider value the components read. */
export interface FortnoxContextValue {
  baseUrl: string;
  locale: FortnoxLocale;
  role: FortnoxRole;
}

const FortnoxContext = createContext<FortnoxContextValue | null>(null);

/**
 * Gives every Fortnox component the host backend's address, the locale and the user's role.
 *
 * @example
 * <FortnoxProvider baseUrl="/api/fortnox" role="admin"><FortnoxSettingsForm /></FortnoxProvider>
 */
export function FortnoxProvider({
  baseUrl,
  locale = 'sv',
  role = 'user',
  children,
}: FortnoxProviderProps) {
  const value = useMemo(
    () => ({ baseUrl: baseUrl.replace(/\/+$/, ''), locale, role }),
    [baseUrl, locale, role],
  );
  return <FortnoxContext.Provider value={value}>{children}</FortnoxContext.Provider>;
}

/** Reads the provider value; throws a clear message when no provider is mounted. */
export function useFortnoxContext(): FortnoxContextValue {
  const value = useContext(FortnoxContext);
  if (!value) {
    throw new Error('Fortnox components must be rendered inside <FortnoxProvider baseUrl="…">.');
  }
  return value;
}
