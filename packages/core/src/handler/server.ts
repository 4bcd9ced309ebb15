export {
  createFortnoxHandler,
  type FortnoxHandler,
  type FortnoxHandlerOptions,
  type HandlerUser,
} from './create-fortnox-handler.js';
export { toNodeListener } from './node-adapter.js';
export { oauthPopupPage, oauthRedirect } from './oauth-callback-page.js';
export { csvResponse, errorResponse, jsonResponse, pdfResponse } from './responses.js';
export { matchRoute, type RouteMatch } from './route-match.js';
export { formatSseEvent, sseResponse } from './sse.js';
