import type { ComponentProps, ReactNode } from 'react';
import type { BackendErrorDetail } from '../client/fortnox-backend-error.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { errorText } from '../i18n/messages.js';

/**
 * A themed button. `busy` keeps it focusable (aria-disabled, clicks ignored) so keyboard
 * focus stays put while an action runs; `disabled` is for "not possible now".
 */
export function Button({
  variant = 'primary',
  busy = false,
  onClick,
  ...props
}: ComponentProps<'button'> & {
  variant?: 'primary' | 'secondary' | 'danger';
  busy?: boolean;
}) {
  return (
    <button
      type="button"
      className="fnx-button"
      data-variant={variant}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      {...props}
      onClick={(event) => {
        // Also stops a busy submit button from submitting again.
        if (busy) return event.preventDefault();
        onClick?.(event);
      }}
    />
  );
}

/** An error with its readable reason, announced at once (role="alert"), with an optional action. */
export function ErrorAlert({
  error,
  format,
  action,
}: {
  error: BackendErrorDetail;
  format?: (reason: string) => string;
  action?: ReactNode;
}) {
  const { messages } = useFortnoxContext();
  const reason = errorText(messages, error);
  return (
    <div className="fnx-alert fnx-row" role="alert">
      <p>{format ? format(reason) : reason}</p>
      {action}
    </div>
  );
}

/** A polite live region: status changes are read out without moving focus. */
export function LiveStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" aria-live="polite" className="fnx-muted">
      {children}
    </p>
  );
}
