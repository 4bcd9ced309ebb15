import type { Localized } from '../settings/semicolon-list.js';

/** What kind of change a warning reports. */
export type MappingWarningCode =
  /** Characters Fortnox rejects were replaced by look-alikes or dropped. */
  | 'characters-replaced'
  /** A text was cut to fit a Fortnox limit (the rest is not on the document). */
  | 'text-shortened'
  /** A text too long for its field continues in extra text rows. */
  | 'text-split'
  /** A value was moved to another place on the document (named in the message). */
  | 'value-moved'
  /** A row or value was left out (e.g. hidden article, invalid code). */
  | 'value-dropped'
  /** The host has no price for a row while prices are to be set. */
  | 'price-missing'
  /** Rows with no price anywhere (none on the row, none for the article in Fortnox): 0 kr. */
  | 'no-price'
  /** A referenced user, article or service object is not in the context. */
  | 'lookup-missing'
  /** The internal invoicing customer replaced the order's customer. */
  | 'internal-invoice-customer';

/** A change the mapping made so the document fits Fortnox, or chose because of a setting. */
export interface MappingWarning {
  code: MappingWarningCode;
  /** The Fortnox field, e.g. `YourReference` or `OrderRows[4].Description`. */
  field: string;
  /** English, for logs and the send dialog. */
  message: string;
  /**
   * For the user, in Swedish and English, where the code and field alone say too little
   * (which of several reasons); otherwise `warningUserMessage` builds it from them.
   */
  userMessage?: Localized;
}

/** Collects warnings during one `mapOrder` call. */
export class WarningList {
  readonly items: MappingWarning[] = [];

  add(code: MappingWarningCode, field: string, message: string, userMessage?: Localized): void {
    this.items.push(userMessage ? { code, field, message, userMessage } : { code, field, message });
  }
}
