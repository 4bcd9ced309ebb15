/**
 * Secret redaction. Every error message, error field and log line the kit builds passes
 * through here first, so an `Authorization` header, an access or refresh token, or the
 * client secret never ends up in a log, an error report or a UI.
 */

/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

// Patterns that carry credentials even when we do not know the secret's value.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\b(access_token|refresh_token|client_secret|token|accessToken|refreshToken|clientSecret)(["']?\s*[:=]\s*["']?)([^"'&\s,}]+)/gi,
];

const SECRET_KEYS = /^(authorization|access_?token|refresh_?token|client_?secret|token|password)$/i;

/**
 * Replaces every known secret and every credential-shaped substring in `text`.
 *
 * @example
 * redactText('Authorization: Bearer abc.def', []) // 'Authorization: Bearer [REDACTED]'
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(SECRET_PATTERNS[0] as RegExp, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  out = out.replace(
    SECRET_PATTERNS[1] as RegExp,
    (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`,
  );
  return out;
}

/**
 * Deeply copies `value`, redacting strings and dropping the values of credential keys
 * (`Authorization`, `access_token`, `clientSecret`, ...). Cycles are cut.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redactText(v, secrets);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v) || depth > 8) return '[Circular]';
    seen.add(v);
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    if (v instanceof Headers) return walk(Object.fromEntries(v.entries()), depth + 1);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(v)) {
      out[key] = SECRET_KEYS.test(key) && inner != null ? REDACTED : walk(inner, depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}

/** A source of the secrets currently in use (tokens change on every refresh). */
export type SecretSource = () => readonly string[];
