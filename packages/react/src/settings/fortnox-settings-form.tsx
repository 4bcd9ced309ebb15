import {
  type IntegrationSettings,
  isSettingVisible,
  SETTING_GROUPS,
  type SettingMetadata,
  settingGroupLabels,
  settingsMetadata,
} from '@fortnox-kit/core/contract';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { Button, ErrorAlert, LiveStatus } from '../components/parts.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useResource } from '../hooks/use-resource.js';
import { errorText } from '../i18n/messages.js';
import { SettingField } from './setting-field.js';
import { SettingWarnings } from './setting-warnings.js';
import { type SettingsFormValues, settingsResolver, toFormValues } from './settings-values.js';

/** Props of {@link FortnoxSettingsForm}. */
export interface FortnoxSettingsFormProps {
  /** Called after a successful save. */
  onSaved?: () => void;
}

/**
 * Every integration setting, rendered from the core settings metadata and validated with
 * the core `IntegrationSettings` schema: grouped, with help text, shown only when they
 * apply, read-only for non-admins, with server errors at the right field.
 *
 * @example
 * <FortnoxProvider userRole="admin"><FortnoxSettingsForm /></FortnoxProvider>
 */
export function FortnoxSettingsForm({ onSaved }: FortnoxSettingsFormProps) {
  const { client, messages, locale } = useFortnoxContext();
  const settings = useResource(client.settings);
  const connection = useResource(client.connection);
  const headingId = useId();

  if (!settings.data || !connection.data) {
    const error = settings.error ?? connection.error;
    return (
      <section className="fnx fnx-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{messages.settings.title}</h2>
        {error ? (
          <ErrorAlert
            error={error}
            action={
              <Button
                onClick={() => void Promise.all([client.settings.load(), client.connection.load()])}
              >
                {messages.retry}
              </Button>
            }
          />
        ) : (
          <LiveStatus>{messages.loading}</LiveStatus>
        )}
      </section>
    );
  }
  return (
    <SettingsForm
      key={locale}
      headingId={headingId}
      saved={settings.data.settings}
      subgroups={connection.data.subgroups}
      onSaved={onSaved}
    />
  );
}

function SettingsForm({
  headingId,
  saved,
  subgroups,
  onSaved,
}: {
  headingId: string;
  saved: Record<string, unknown>;
  subgroups: { id: string; name: string }[] | null;
  onSaved: (() => void) | undefined;
}) {
  const { client, messages, locale, role } = useFortnoxContext();
  const t = messages.settings;
  const readOnly = role !== 'admin';
  const savedValues = useMemo(() => toFormValues(settingsMetadata, saved), [saved]);
  const form = useForm<SettingsFormValues, unknown, IntegrationSettings>({
    defaultValues: savedValues,
    resolver: settingsResolver(locale),
  });
  const { formState, register, handleSubmit, reset, setError, setFocus, watch } = form;
  const values = watch();
  const [serverError, setServerError] = useState<FortnoxBackendError>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => reset(savedValues), [reset, savedValues]);

  const environment = { usesSubgroups: subgroups !== null };
  const visible = settingsMetadata.filter((meta) =>
    isSettingVisible(meta, values as Record<string, boolean>, environment),
  );

  const submit = handleSubmit(async (output) => {
    setServerError(undefined);
    setNotice(undefined);
    try {
      client.settings.set(await client.api.putSettings(output));
      setNotice(t.saved);
      onSaved?.();
    } catch (caught) {
      const error = toBackendError(caught);
      const field = error.field && settingsMetadata.some((m) => m.key === error.field);
      if (error.field && field) {
        setError(error.field, { type: 'server', message: errorText(messages, error) });
        setFocus(error.field);
      } else {
        setServerError(error);
      }
    }
  });

  return (
    <form
      className="fnx fnx-panel"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={headingId}>{t.title}</h2>
      {readOnly ? <p className="fnx-warning">{t.readOnly}</p> : null}
      <fieldset disabled={readOnly} className="fnx-panel" style={{ border: 0, padding: 0 }}>
        {SETTING_GROUPS.map((group) => {
          const fields = visible.filter((meta) => meta.group === group);
          if (fields.length === 0) return null;
          return (
            <fieldset key={group}>
              <legend>{settingGroupLabels[group][locale]}</legend>
              {fields.map(renderSetting)}
            </fieldset>
          );
        })}
      </fieldset>
      {readOnly ? null : (
        <div className="fnx-sticky fnx-panel">
          <LiveStatus>{formState.isDirty ? t.unsaved : notice}</LiveStatus>
          {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 ? (
            <p className="fnx-error" role="alert">
              {t.invalid}
            </p>
          ) : null}
          {serverError ? <ErrorAlert error={serverError} /> : null}
          <div className="fnx-row">
            <Button type="submit" busy={formState.isSubmitting} disabled={!formState.isDirty}>
              {formState.isSubmitting ? t.saving : t.save}
            </Button>
            <Button
              variant="secondary"
              disabled={!formState.isDirty || formState.isSubmitting}
              onClick={() => {
                reset(savedValues);
                setServerError(undefined);
              }}
            >
              {t.cancel}
            </Button>
          </div>
        </div>
      )}
    </form>
  );

  // A plain function, not a component: a component defined here would remount (and lose
  // focus) on every keystroke.
  function renderSetting(meta: SettingMetadata) {
    const warnings = (meta.warnings ?? []).filter(
      (w) => w.when === 'always' || (values[meta.key] === true && savedValues[meta.key] !== true),
    );
    return (
      <div key={meta.key} className="fnx-panel" style={{ gap: '0.4rem' }}>
        <SettingField
          meta={meta}
          locale={locale}
          messages={messages}
          register={register}
          error={formState.errors[meta.key]}
          subgroups={subgroups ?? []}
          describedBy={warnings.map((w) => `fnx-warning-${w.id}`)}
        />
        <SettingWarnings warnings={warnings} readOnly={readOnly} onExported={setNotice} />
      </div>
    );
  }
}
