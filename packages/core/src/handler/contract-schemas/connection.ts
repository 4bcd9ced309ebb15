import * as z from 'zod/mini';
import { FortnoxErrorCode } from './errors.js';
import { HttpUrl, IsoDateTime } from './formats.js';

// The handler contract: the connection routes (state, connect, OAuth popup).

/** A subgroup the host offers (branch or company inside the group). */
export const Subgroup = z.object({ id: z.string(), name: z.string() });
export type Subgroup = z.infer<typeof Subgroup>;

/** `GET /connection`. Never contains a token or key. */
export const ConnectionState = z.object({
  status: z.enum(['not_connected', 'connected', 'reconnect_needed']),
  /** The Fortnox company (from `/3/companyinformation`) once connected. */
  company: z.nullable(z.object({ name: z.string(), organisationNumber: z.string() })),
  /** The subgroup the integration applies to; null = all groups. */
  subgroup: z.nullable(z.string()),
  /** The host's subgroups; null when the host does not use subgroups (hide the field). */
  subgroups: z.nullable(z.array(Subgroup)),
  connectedAt: z.nullable(IsoDateTime),
});
export type ConnectionState = z.infer<typeof ConnectionState>;

/** `POST /connection/connect` (admin). */
export const ConnectRequest = z.object({
  subgroup: z._default(z.nullable(z.string()), null),
  /** `redirect`: the callback redirects to `returnTo`; `popup`: it posts a message and closes. */
  mode: z._default(z.enum(['redirect', 'popup']), 'redirect'),
  /** Where to send the browser after the callback (same origin as the host app). */
  returnTo: z.optional(z.string()),
});
export type ConnectRequest = z.input<typeof ConnectRequest>;

/** Response of `POST /connection/connect`: the browser goes to Fortnox's consent page. */
export const ConnectResponse = z.object({ authorizeUrl: HttpUrl });
export type ConnectResponse = z.infer<typeof ConnectResponse>;

/** What the popup-mode callback page posts to `window.opener` (target origin: the host's). */
export const OAuthPopupMessage = z.object({
  type: z.literal('fortnox-kit:oauth'),
  status: z.enum(['connected', 'error']),
  code: z.optional(FortnoxErrorCode),
});
export type OAuthPopupMessage = z.infer<typeof OAuthPopupMessage>;
