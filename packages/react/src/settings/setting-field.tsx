import type { SettingMetadata, Subgroup } from '@fortnox-kit/core/contract';
import type { FieldError, UseFormRegister } from 'react-hook-form';
import type { FortnoxLocale } from '../fortnox-provider.js';
import type { FortnoxMessages } from '../i18n/messages.js';
import type { SettingsFormValues } from './settings-values.js';

/** Props of one rendered setting. */
export interface SettingFieldProps {
  meta: SettingMetadata;
  locale: FortnoxLocale;
  messages: FortnoxMessages;
  register: UseFormRegister<SettingsFormValues>;
  error: FieldError | undefined;
  subgroups: readonly Subgroup[];
  /** Ids of warnings shown for this field, so they are read with it. */
  describedBy: string[];
}

/** One setting: the control its metadata asks for, its label, help text and error. */
export function SettingField(props: SettingFieldProps) {
  const { meta, locale, error, describedBy } = props;
  const id = `fnx-setting-${meta.key}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [helpId, ...(error ? [errorId] : []), ...describedBy].join(' ');
  const common = {
    id,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
  } as const;
  const help = (
    <p id={helpId} className="fnx-muted">
      {meta.help[locale]}
    </p>
  );
  const errorText = error ? (
    <p id={errorId} className="fnx-error">
      {error.message}
    </p>
  ) : null;

  if (meta.control === 'checkbox') {
    return (
      <div className="fnx-check">
        <input type="checkbox" {...common} {...props.register(meta.key)} />
        <label htmlFor={id}>{meta.label[locale]}</label>
        {help}
        {errorText}
      </div>
    );
  }
  return (
    <div className="fnx-field">
      <label htmlFor={id}>{meta.label[locale]}</label>
      {help}
      <Control {...props} common={common} />
      {errorText}
    </div>
  );
}

function Control({
  meta,
  messages,
  register,
  subgroups,
  common,
}: SettingFieldProps & { common: Record<string, unknown> }) {
  if (meta.control === 'textarea') return <textarea {...common} {...register(meta.key)} />;
  if (meta.control === 'subgroup') {
    return (
      <select {...common} {...register(meta.key, { setValueAs: (v) => (v ? v : null) })}>
        <option value="">{messages.connect.allGroups}</option>
        {subgroups.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type="text"
      inputMode={meta.control === 'number' ? 'numeric' : undefined}
      placeholder={meta.example}
      autoComplete="off"
      {...common}
      {...register(meta.key)}
    />
  );
}
