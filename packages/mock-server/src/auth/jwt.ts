/** Claims of the emulator's access tokens (JWT-shaped, like Fortnox's). */
export interface AccessTokenClaims {
  tenantId: number;
  clientId: string;
  scope: string;
  /** Issued at, seconds. */
  iat: number;
  /** Expires, seconds. */
  exp: number;
  jti: string;
}

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random URL-safe string. */
export function randomToken(bytes = 24): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const byte of random) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Encodes claims as `header.payload.signature`. The signature is random: the emulator
 * checks tokens by looking them up, so clients can decode the claims but not forge one.
 */
export function encodeJwt(claims: AccessTokenClaims): string {
  return `${base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64Url(JSON.stringify(claims))}.${randomToken(32)}`;
}

/** Reads the claims of a JWT-shaped token without checking it. */
export function decodeJwt(token: string): Partial<AccessTokenClaims> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Partial<AccessTokenClaims>;
  } catch {
    return undefined;
  }
}
