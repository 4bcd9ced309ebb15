import type { HandlerUser } from '../host-registers/host-scope.js';
import type { Integration, SendOutcome } from '../integration/create-integration.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { warningUserMessage } from '../mapping/warning-text.js';
import {
  ConnectRequest,
  HostChangeRequest,
  ImportOrderRequest,
  SettingsPutRequest,
  SyncRequest,
  type SyncStreamEvents,
} from './contract.js';
import type { NormalizedHandlerOptions } from './handler-options.js';
import { readJsonBody } from './read-body.js';
import { csvResponse, jsonResponse, pdfResponse } from './responses.js';
import type { RouteMatch } from './route-match.js';
import type { SendOrderResponse } from './send-response.js';
import { sseResponse } from './sse.js';

/** A request that passed routing, the CSRF check, authentication and the role check. */
export interface AuthorizedRequest {
  integration: Integration;
  options: NormalizedHandlerOptions;
  request: Request;
  match: RouteMatch;
  user: HandlerUser;
}

/** Runs the matched route; the only place a request body is read. */
export async function serveRoute(ctx: AuthorizedRequest): Promise<Response> {
  const { integration, options, request, match, user } = ctx;
  const orderId = match.orderId ?? '';
  const body = <S extends Parameters<typeof readJsonBody>[1]>(schema: S) =>
    readJsonBody(request, schema, options.maxBodyBytes);
  switch (match.name) {
    case 'getConnection':
      return jsonResponse(await integration.getConnectionState());
    case 'connect':
      return jsonResponse(await integration.startConnect(await body(ConnectRequest), user));
    case 'disconnect':
      await integration.disconnect();
      return new Response(null, { status: 204 });
    case 'getSettings':
      return jsonResponse(settingsBody(await integration.getSettings()));
    case 'putSettings': {
      const { settings } = await body(SettingsPutRequest);
      return jsonResponse(settingsBody(await integration.putSettings(settings)));
    }
    case 'exportArticles':
      return csvResponse(integration.exportArticlesCsv(user), 'artiklar.csv');
    case 'startSync':
      return jsonResponse(await integration.startSync(await body(SyncRequest)), 202);
    case 'getSyncStatus':
      return jsonResponse(await integration.getSyncStatus());
    case 'syncEvents':
      return syncEvents(integration, options, request);
    case 'notifyHostChange': {
      const { register, ids } = await body(HostChangeRequest);
      return jsonResponse(integration.notifyHostChange(register, ids), 202);
    }
    case 'sendOrder':
      return jsonResponse(sendResponse(await integration.sendOrder(orderId, user)));
    case 'getOrderStatus':
      return jsonResponse(await integration.getOrderStatus(orderId, user));
    case 'invoicePdf': {
      const pdf = await integration.invoicePdf(orderId, user);
      return pdfResponse(pdf.bytes, pdf.fileName);
    }
    case 'confirmationPdf': {
      const pdf = await integration.confirmationPdf(orderId, user);
      return pdfResponse(pdf.bytes, pdf.fileName);
    }
    case 'importOrder': {
      const { fortnoxOrderNumber } = await body(ImportOrderRequest);
      const imported = await integration.importOrder(fortnoxOrderNumber, user);
      const url = options.orderUrl?.(imported.orderId);
      return jsonResponse(
        { orderId: imported.orderId, orderNumber: imported.orderNumber, ...(url ? { url } : {}) },
        201,
      );
    }
    case 'getTimeReport':
      return jsonResponse(await integration.getTimeReport(orderId, user));
    case 'sendTimeReport':
      return jsonResponse(await integration.sendTimeReport(orderId, user));
    default:
      throw new WorkflowError('not_found', 'No such route.');
  }
}

function syncEvents(integration: Integration, options: NormalizedHandlerOptions, request: Request) {
  const heartbeat =
    options.heartbeatMs > 0 ? { clock: options.clock, intervalMs: options.heartbeatMs } : undefined;
  return sseResponse(
    request.signal,
    async (send) => {
      const unsubscribe = integration.sync.subscribe(({ event, data }) => send(event, data));
      send('status' satisfies keyof typeof SyncStreamEvents, await integration.getSyncStatus());
      return unsubscribe;
    },
    heartbeat,
  );
}

// The status, and what the mapping changed, each warning in the user's words (decisions/091).
function sendResponse({ status, result, timeReport }: SendOutcome): SendOrderResponse {
  const warnings = result.warnings.map((w) => ({
    code: w.code,
    field: w.field,
    message: w.message,
    userMessage: warningUserMessage(w),
  }));
  return { ...status, warnings, ...(timeReport ? { timeReport } : {}) };
}

function settingsBody(stored: { settings: unknown; updatedAt: number | null }) {
  return {
    settings: stored.settings,
    updatedAt: stored.updatedAt === null ? null : new Date(stored.updatedAt).toISOString(),
  };
}
