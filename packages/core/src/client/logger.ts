import { redactText, redactValue, type SecretSource } from '../errors/redact.js';

/** Where the kit writes diagnostics. Every method is optional; `console` fits. */
export interface FortnoxLogger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

/** A logger that writes nothing (the default). */
export const silentLogger: FortnoxLogger = {};

type Level = keyof FortnoxLogger;

/**
 * Wraps `logger` so every line and field is redacted (tokens, client secret, Authorization
 * headers) before the host's logger sees it.
 */
export function createRedactingLogger(
  logger: FortnoxLogger,
  secrets: SecretSource,
): Required<FortnoxLogger> {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    const target = logger[level];
    if (!target) return;
    const known = secrets();
    const safeFields =
      fields === undefined ? undefined : (redactValue(fields, known) as Record<string, unknown>);
    target.call(logger, redactText(message, known), safeFields);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
