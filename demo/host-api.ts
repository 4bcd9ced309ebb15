/** A failure the demo reports in one clear line (and exits non-zero). */
export class DemoError extends Error {
  override name = 'DemoError';
}

/**
 * Calls the host app's Fortnox handler over HTTP, as the React components do, and turns
 * its JSON error bodies (`{ error: { code, message } }`) into a {@link DemoError}.
 */
export function createHostApi(apiUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await toError(method, path, response);
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.arrayBuffer()) as T;
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    /** A binary response (PDF) with its content type. */
    async download(path: string) {
      const response = await fetch(`${apiUrl}${path}`);
      if (!response.ok) throw await toError('GET', path, response);
      return {
        contentType: response.headers.get('content-type') ?? '',
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    },
  };
}

/** The host API client of {@link createHostApi}. */
export type HostApi = ReturnType<typeof createHostApi>;

async function toError(method: string, path: string, response: Response): Promise<DemoError> {
  const text = await response.text();
  let detail = text.slice(0, 300);
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    if (body.error) detail = `${body.error.code}: ${body.error.message}`;
  } catch {
    // not JSON: keep the text
  }
  return new DemoError(`${method} ${path} answered ${response.status} (${detail})`);
}
