import { ImportOrderRequest, type ImportOrderResponse } from '@fortnox-kit/core/contract';
import { type FormEvent, useId, useState } from 'react';
import type { FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useResource } from '../hooks/use-resource.js';
import { errorText } from '../i18n/messages.js';
import { Button, ErrorAlert } from './parts.js';

/** Props of {@link FetchOrderFromFortnox}. */
export interface FetchOrderFromFortnoxProps {
  /** Called with the new host order, e.g. to navigate to it. */
  onImported?: (order: ImportOrderResponse) => void;
}

/**
 * "Hämta order": creates a host order from an order made in Fortnox, by its Fortnox order
 * number (setting 35, "Skapa order från referens").
 *
 * @example
 * <FetchOrderFromFortnox onImported={(order) => router.push(`/orders/${order.orderId}`)} />
 */
export function FetchOrderFromFortnox({ onImported }: FetchOrderFromFortnoxProps) {
  const { messages, client } = useFortnoxContext();
  const t = messages.fetchOrder;
  const settings = useResource(client.settings);
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<FortnoxBackendError>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<ImportOrderResponse>();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  if (settings.data && settings.data.settings.createOrderFromReference !== true) {
    return (
      <div className="fnx">
        <p className="fnx-muted">{t.disabled}</p>
      </div>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setCreated(undefined);
    const parsed = ImportOrderRequest.safeParse({ fortnoxOrderNumber: value });
    if (!parsed.success) return setFieldError(t.invalid);
    setFieldError(undefined);
    setBusy(true);
    try {
      const order = await client.api.importOrder(parsed.data.fortnoxOrderNumber);
      setCreated(order);
      setValue('');
      onImported?.(order);
    } catch (caught) {
      const apiError = toBackendError(caught);
      if (apiError.field === 'fortnoxOrderNumber') setFieldError(errorText(messages, apiError));
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="fnx fnx-panel" onSubmit={(event) => void submit(event)} noValidate>
      <div className="fnx-field">
        <label htmlFor={inputId}>{t.label}</label>
        <p id={hintId} className="fnx-muted">
          {t.hint}
        </p>
        <div className="fnx-row">
          <input
            id={inputId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${hintId} ${errorId}` : hintId}
          />
          <Button type="submit" busy={busy}>
            {busy ? t.fetching : t.button}
          </Button>
        </div>
        {fieldError ? (
          <p id={errorId} className="fnx-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {created ? (
          <p>
            {t.created(created.orderNumber)}{' '}
            {created.url ? <a href={created.url}>{t.openOrder}</a> : null}
          </p>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
    </form>
  );
}
