import {
  type ConnectionState,
  FortnoxErrorCode,
  OAuthPopupMessage,
} from '@fortnox-kit/core/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PopupHandle } from '../browser-actions.js';
import { FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useResource } from './use-resource.js';

/** How the user goes to Fortnox: the whole page, or a popup that closes itself. */
export type ConnectMode = 'redirect' | 'popup';

/** What {@link useFortnoxConnection} returns. */
export interface FortnoxConnectionHook {
  connection: ConnectionState | undefined;
  loading: boolean;
  /** Loading failed. */
  error: FortnoxBackendError | undefined;
  /** The running action, if any. */
  pending: 'connect' | 'disconnect' | null;
  /** The last action failed (or the popup was blocked: code `internal`, see `popupBlocked`). */
  actionError: FortnoxBackendError | undefined;
  popupBlocked: boolean;
  /** The last action's outcome, for the live region. */
  notice: 'connected' | 'disconnected' | null;
  reload(): Promise<void>;
  connect(options: { subgroup: string | null; mode: ConnectMode }): Promise<void>;
  disconnect(): Promise<void>;
}

const POPUP_POLL_MS = 1_000;

// Fortnox's refusal, by redirect or popup message: its error code, or none (= denied).
function refusal(code: FortnoxErrorCode = 'oauth_denied'): FortnoxBackendError {
  return new FortnoxBackendError({ status: 400, code, message: '' });
}

/** Connection state and the connect/disconnect actions (headless part of `FortnoxConnect`). */
export function useFortnoxConnection(): FortnoxConnectionHook {
  const { client, browser } = useFortnoxContext();
  const state = useResource(client.connection);
  const [pending, setPending] = useState<'connect' | 'disconnect' | null>(null);
  const [actionError, setActionError] = useState<FortnoxBackendError>();
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [notice, setNotice] = useState<'connected' | 'disconnected' | null>(null);
  const popupWatch = useRef<AbortController | null>(null);

  const reload = useCallback(() => client.connection.load(), [client]);

  // Back from the redirect flow: the callback appended `?fortnox=connected|error&code=…`.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const outcome = params.get('fortnox');
    if (outcome === 'connected') setNotice('connected');
    if (outcome === 'error')
      setActionError(refusal(FortnoxErrorCode.safeParse(params.get('code')).data));
  }, []);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      const message = OAuthPopupMessage.safeParse(event.data);
      if (!message.success) return;
      popupWatch.current?.abort();
      setPending(null);
      if (message.data.status === 'connected') setNotice('connected');
      else setActionError(refusal(message.data.code));
      void client.connection.load();
    }
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      popupWatch.current?.abort();
    };
  }, [client]);

  async function watchPopup(popup: PopupHandle): Promise<void> {
    popupWatch.current?.abort();
    const watch = new AbortController();
    popupWatch.current = watch;
    while (!popup.closed && !watch.signal.aborted) {
      await client.clock.sleep(POPUP_POLL_MS, watch.signal).catch(() => undefined);
    }
    if (watch.signal.aborted) return;
    setPending(null);
    await client.connection.load();
  }

  async function connect({ subgroup, mode }: { subgroup: string | null; mode: ConnectMode }) {
    setActionError(undefined);
    setPopupBlocked(false);
    setNotice(null);
    const popup = mode === 'popup' ? browser.openPopup() : null;
    if (mode === 'popup' && !popup) return setPopupBlocked(true);
    setPending('connect');
    try {
      const returnTo = mode === 'redirect' ? window.location.href : undefined;
      const { authorizeUrl } = await client.api.connect({ subgroup, mode, returnTo });
      if (popup) {
        popup.navigate(authorizeUrl);
        void watchPopup(popup);
      } else {
        browser.navigate(authorizeUrl);
      }
    } catch (error) {
      popup?.close();
      setPending(null);
      setActionError(toBackendError(error));
    }
  }

  async function disconnect() {
    setActionError(undefined);
    setNotice(null);
    setPending('disconnect');
    try {
      await client.api.disconnect();
      await client.connection.load();
      setNotice('disconnected');
    } catch (error) {
      setActionError(toBackendError(error));
    } finally {
      setPending(null);
    }
  }

  return {
    connection: state.data,
    loading: !state.data && !state.error,
    error: state.error,
    pending,
    actionError,
    popupBlocked,
    notice,
    reload,
    connect,
    disconnect,
  };
}
