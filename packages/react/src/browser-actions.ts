/**
 * What the components ask of the browser window: leave for Fortnox's consent page, open a
 * popup, show a downloaded file. Injected through the provider so tests and Storybook can
 * record these instead of navigating away.
 */
export interface FortnoxBrowserActions {
  /** Redirect flow: go to Fortnox to log in and approve. */
  navigate(url: string): void;
  /**
   * Popup flow: opens an empty popup at once (inside the click, so it is not blocked) and
   * returns a handle to send it to Fortnox later; null when the browser blocked it.
   */
  openPopup(): PopupHandle | null;
  /** Shows a PDF (new tab) or saves a CSV. */
  openFile(file: Blob, fileName: string): void;
}

/** The popup window, as far as the components need it. */
export interface PopupHandle {
  navigate(url: string): void;
  close(): void;
  readonly closed: boolean;
}

/** The real window: `location.assign`, `window.open`, object URLs. */
export const windowBrowserActions: FortnoxBrowserActions = {
  navigate: (url) => window.location.assign(url),
  openPopup() {
    const popup = window.open('about:blank', 'fortnox-connect', 'popup,width=520,height=720');
    if (!popup) return null;
    return {
      navigate: (url) => popup.location.assign(url),
      close: () => popup.close(),
      get closed() {
        return popup.closed;
      },
    };
  },
  openFile(file, fileName) {
    const url = URL.createObjectURL(file);
    if (file.type === 'application/pdf') {
      window.open(url, '_blank', 'noopener');
    } else {
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
    }
    // Give the new tab time to read the file before the URL is revoked.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
