/** An OAuth error body (`{error, error_description}`), as `/oauth-v1/*` answers. */
export function oauthError(status: number, error: string, description: string): Response {
  return new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Reads `Authorization: Basic base64(id:secret)`. */
export function readBasicAuth(
  request: Request,
): { clientId: string; clientSecret: string } | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match?.[1]) return undefined;
  try {
    const decoded = atob(match[1]);
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

/** Reads an `application/x-www-form-urlencoded` body (and tolerates a missing one). */
export async function readForm(request: Request): Promise<URLSearchParams> {
  if (request.method === 'GET') return new URL(request.url).searchParams;
  return new URLSearchParams(await request.text());
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
