export { createFortnoxHandler, type FortnoxHandler } from './create-fortnox-handler.js';
export { checkCsrf } from './csrf.js';
export {
  type FortnoxHandlerOptions,
  HANDLER_DEFAULTS,
  type NormalizedHandlerOptions,
} from './handler-options.js';
export { toNodeListener } from './node-adapter.js';
export { oauthPopupPage, oauthRedirect } from './oauth-callback-page.js';
export { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './read-body.js';
export { csvResponse, errorResponse, jsonResponse, pdfResponse } from './responses.js';
export { matchRoute, type RouteMatch } from './route-match.js';
export { formatSseEvent, sseResponse } from './sse.js';
