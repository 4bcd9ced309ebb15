import type { FortnoxErrorCode } from '../handler/contract.js';
import type { Localized } from '../settings/semicolon-list.js';

/**
 * What a user is told for each workflow error code when the code that throws has nothing
 * more specific to say: the problem and what to do, in Swedish and English. A `Record` over
 * every code, so a new code cannot be added without its text (decisions/093).
 */
export const WORKFLOW_USER_MESSAGES: Readonly<Record<FortnoxErrorCode, Localized>> = {
  bad_request: {
    sv: 'Förfrågan var felaktig. Ladda om sidan och försök igen.',
    en: 'The request was malformed. Reload the page and try again.',
  },
  validation_failed: {
    sv: 'Några uppgifter är ogiltiga. Rätta de markerade fälten och försök igen.',
    en: 'Some values are invalid. Correct the marked fields and try again.',
  },
  payload_too_large: {
    sv: 'Förfrågan var för stor. Korta texterna och försök igen.',
    en: 'The request was too large. Shorten the texts and try again.',
  },
  csrf_refused: {
    sv: 'Förfrågan kom inte från appen och avvisades. Ladda om sidan och försök igen.',
    en: 'The request did not come from the app and was refused. Reload the page and try again.',
  },
  unauthenticated: { sv: 'Logga in och försök igen.', en: 'Sign in and try again.' },
  forbidden: {
    sv: 'Det här kräver administratörsbehörighet. Be en administratör om hjälp.',
    en: 'This needs an administrator. Ask an administrator for help.',
  },
  not_found: {
    sv: 'Det efterfrågade hittades inte. Ladda om sidan och kontrollera att det finns kvar.',
    en: 'What was asked for was not found. Reload the page and check that it still exists.',
  },
  not_connected: {
    sv: 'Fortnox är inte anslutet. Be en administratör ansluta Fortnox i inställningarna.',
    en: 'Fortnox is not connected. Ask an administrator to connect Fortnox in the settings.',
  },
  reconnect_needed: {
    sv: 'Anslutningen till Fortnox har upphört. Be en administratör ansluta Fortnox igen.',
    en: 'The Fortnox connection has ended. Ask an administrator to connect Fortnox again.',
  },
  oauth_state_mismatch: {
    sv: 'Inloggningen i Fortnox kunde inte verifieras. Starta anslutningen igen.',
    en: 'The Fortnox sign-in could not be verified. Start connecting again.',
  },
  oauth_denied: {
    sv: 'Anslutningen avbröts i Fortnox. Starta den igen och godkänn åtkomsten.',
    en: 'The connection was cancelled in Fortnox. Start it again and grant access.',
  },
  sync_in_progress: {
    sv: 'Det pågår redan en körning. Vänta en stund och försök igen.',
    en: 'A run is already in progress. Wait a moment and try again.',
  },
  send_in_progress: {
    sv: 'Ordern skickas till Fortnox just nu. Försök igen om en stund.',
    en: 'The order is being sent to Fortnox right now. Try again in a moment.',
  },
  order_not_ready: {
    sv: 'Ordern är inte klar för fakturering. Markera den som klar och skicka igen.',
    en: 'The order is not ready for invoicing. Mark it ready and send again.',
  },
  already_invoiced: {
    sv: 'Ordern är redan fakturerad i Fortnox. Gör ändringar direkt i Fortnox.',
    en: 'The order is already invoiced in Fortnox. Make changes in Fortnox itself.',
  },
  resend_not_allowed: {
    sv: 'Ordern är redan skickad till Fortnox. Öppna den i Fortnox för att ändra den.',
    en: 'The order is already in Fortnox. Open it in Fortnox to change it.',
  },
  missing_fortnox_code: {
    sv: 'En kod som ordern använder finns inte i Fortnox. Lägg upp koden i Fortnox och skicka igen.',
    en: 'A code the order uses does not exist in Fortnox. Add it in Fortnox and send again.',
  },
  invoice_not_found: {
    sv: 'Det finns ingen faktura för ordern ännu. Försök igen när den är fakturerad.',
    en: 'The order has no invoice yet. Try again once it is invoiced.',
  },
  feature_disabled: {
    sv: 'Funktionen är avstängd i inställningarna. Be en administratör slå på den.',
    en: 'This is turned off in the settings. Ask an administrator to turn it on.',
  },
  fortnox_order_not_found: {
    sv: 'Ordern finns inte i Fortnox. Kontrollera numret i Fortnox.',
    en: 'The order does not exist in Fortnox. Check the number in Fortnox.',
  },
  already_imported: {
    sv: 'Den ordern är redan hämtad. Öppna den befintliga ordern.',
    en: 'That order has already been fetched. Open the existing order.',
  },
  fortnox_error: {
    sv: 'Fortnox svarade med ett fel. Försök igen om en stund.',
    en: 'Fortnox answered with an error. Try again in a while.',
  },
  rate_limited: {
    sv: 'Fortnox är upptaget just nu. Försök igen om en minut.',
    en: 'Fortnox is busy right now. Try again in a minute.',
  },
  internal: {
    sv: 'Något gick fel. Försök igen; kontakta supporten om det upprepas.',
    en: 'Something went wrong. Try again; contact support if it happens again.',
  },
};
