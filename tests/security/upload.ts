import { request as httpRequest } from 'node:http';

/** How an upload of {@link upload} ended. */
export interface UploadOutcome {
  /** The server's answer, if one arrived before the connection closed. */
  status: number | undefined;
  /** Bytes written before the server answered or closed. */
  sentBytes: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x61); // one reused buffer: the client holds ~64 KB

/**
 * POSTs (or PUTs) `totalBytes` to `url` as a stream, chunked unless `declareLength`, and
 * stops writing as soon as the server answers or closes: what an attacker's upload looks
 * like to the server, without the client holding the body in memory.
 */
export function upload(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    totalBytes: number;
    declareLength?: boolean;
  },
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    let sentBytes = 0;
    let status: number | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sentBytes });
    };
    const headers = { ...options.headers };
    if (options.declareLength) headers['content-length'] = String(options.totalBytes);
    const req = httpRequest(url, { method: options.method ?? 'POST', headers }, (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', finish);
      res.on('error', finish);
    });
    req.on('error', finish);
    req.on('close', () => setImmediate(finish));
    const pump = () => {
      while (!done && sentBytes < options.totalBytes) {
        sentBytes += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}
