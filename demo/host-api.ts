import type { Localized } from './i18n/text.js';

/** A failure the demo reports in one clear line, in the run's language (and exits non-zero). */
export class DemoError extends Error {
  override name = 'DemoError';
  readonly userMessage: Localized;
  /** The host API's HTTP status and error code, when the failure is its answer. */
  readonly status?: number;
  readonly code?: string;

  constructor(userMessage: Localized, answer?: { status: number; code?: string }) {
    super(userMessage.en);
    this.userMessage = userMessage;
    this.status = answer?.status;
    this.code = answer?.code;
  }
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

/** The handler's error code (language-neutral) stands in for its English message. */
async function toError(method: string, path: string, response: Response): Promise<DemoError> {
  const text = await response.text();
  let detail = text.slice(0, 200);
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    if (code) detail = code;
  } catch {
    // not JSON: keep the text
  }
  const status = response.status;
  return new DemoError(
    {
      sv: `${method} ${path} svarade ${status} (${detail})`,
      en: `${method} ${path} answered ${status} (${detail})`,
    },
    { status, ...(code ? { code } : {}) },
  );
}
