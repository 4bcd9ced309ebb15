import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from './node-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  port: number;
}

let server: Server;
let base: string;
let seen: Seen[];
let closed: number;
const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      port: req.socket.remotePort ?? 0,
    });
    res.on('close', () => {
      if (!res.writableFinished) closed++;
    });
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes.set('/json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
    res.end(JSON.stringify({ Customer: { CustomerNumber: '1', Name: 'Åsa' } }));
  });
  routes.set('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(gzipSync(JSON.stringify({ Articles: ['a', 'b'] })));
  });
  routes.set('/pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
  });
  routes.set('/empty', (_req, res) => res.writeHead(204).end());
  routes.set('/echo', (_req, res) => res.writeHead(201).end('created'));
  routes.set('/moved', (_req, res) => res.writeHead(303, { location: '/json' }).end());
  routes.set('/never', () => {});
  routes.set('/half', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"Customers": [');
  });
  routes.set('/odd', (_req, res) => res.writeHead(999).end());
  routes.set('/limited', (_req, res) => res.writeHead(429, { 'retry-after': '5' }).end('{}'));
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  seen = [];
  closed = 0;
});

describe('createNodeFetch', () => {
  it('answers a standard Response with the status, headers and JSON body', async () => {
    const fetch = createNodeFetch();
    const response = await fetch(`${base}/json?page=2`, {
      headers: { Accept: 'application/json' },
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/json?page=2`);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(await response.json()).toEqual({ Customer: { CustomerNumber: '1', Name: 'Åsa' } });
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/json?page=2' });
    expect(seen[0]?.headers.accept).toBe('application/json');
  });

  it('sends the method, headers and body of a Request, as ky hands it over', async () => {
    const fetch = createNodeFetch();
    const request = new Request(`${base}/echo`, {
      method: 'PUT',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ Customer: { Name: 'Örn' } }),
    });
    const response = await fetch(request, {});
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('created');
    expect(seen[0]).toMatchObject({ method: 'PUT', body: '{"Customer":{"Name":"Örn"}}' });
    expect(seen[0]?.headers).toMatchObject({
      authorization: 'Bearer t',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength('{"Customer":{"Name":"Örn"}}')),
    });
  });

  it('sends a form body (the OAuth token request) with its content type', async () => {
    const fetch = createNodeFetch();
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'r/1' });
    await fetch(new Request(`${base}/echo`, { method: 'POST', body: form }));
    await fetch(`${base}/echo`, { method: 'POST', body: form });
    for (const request of seen) {
      expect(request.body).toBe('grant_type=refresh_token&refresh_token=r%2F1');
      expect(request.headers['content-type']).toBe(
        'application/x-www-form-urlencoded;charset=UTF-8',
      );
    }
    expect(seen).toHaveLength(2);
  });

  it('applies init on top of a Request, as fetch(request, init) does', async () => {
    const fetch = createNodeFetch();
    const request = new Request(`${base}/echo`, { method: 'POST', body: 'first' });
    await fetch(request, { method: 'PUT', body: 'second' });
    expect(seen[0]).toMatchObject({ method: 'PUT', body: 'second' });
    expect(seen[0]?.headers['content-type']).toBe('text/plain;charset=UTF-8');
  });

  it('decodes a gzip answer and asks for compressed answers', async () => {
    const response = await createNodeFetch()(`${base}/gzip`);
    expect(await response.json()).toEqual({ Articles: ['a', 'b'] });
    expect(seen[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('returns binary bodies byte for byte', async () => {
    const response = await createNodeFetch()(`${base}/pdf`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([
      0x25, 0x50, 0x44, 0x46, 0x00, 0xff,
    ]);
  });

  it('answers a 204 with a null body and an error status without throwing', async () => {
    const fetch = createNodeFetch();
    const empty = await fetch(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const limited = await fetch(`${base}/limited`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
  });

  it('follows a 303 with a GET, unless redirect is manual', async () => {
    const fetch = createNodeFetch();
    const followed = await fetch(`${base}/moved`, { method: 'POST', body: 'x' });
    expect(followed.status).toBe(200);
    expect(followed.redirected).toBe(true);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /moved', 'GET /json']);
    const manual = await fetch(`${base}/moved`, { redirect: 'manual' });
    expect(manual.status).toBe(303);
    await expect(fetch(`${base}/moved`, { redirect: 'error' })).rejects.toThrow(TypeError);
  });

  it('rejects with the reason and closes the request when the signal aborts', async () => {
    const fetch = createNodeFetch();
    const controller = new AbortController();
    const pending = fetch(`${base}/never`, { signal: controller.signal });
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const reason = new DOMException('stop', 'TimeoutError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    while (closed === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(closed).toBe(1);
    await expect(fetch(`${base}/json`, { signal: controller.signal })).rejects.toBe(reason);
    expect(seen).toHaveLength(1);
  });

  it('rejects with the reason when the signal aborts while the body is arriving', async () => {
    const controller = new AbortController();
    const pending = createNodeFetch()(`${base}/half`, { signal: controller.signal });
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort('cancelled');
    await expect(pending).rejects.toBe('cancelled');
  });

  it('uses the signal of init over the signal of a Request', async () => {
    const fetch = createNodeFetch();
    const controller = new AbortController();
    const request = new Request(`${base}/never`, { signal: new AbortController().signal });
    const pending = fetch(request, { signal: controller.signal });
    controller.abort('gone');
    await expect(pending).rejects.toBe('gone');
  });

  it('rejects with a TypeError on a status fetch cannot represent', async () => {
    await expect(createNodeFetch()(`${base}/odd`)).rejects.toThrow('fetch failed');
  });

  it('rejects with a TypeError, as fetch does, when nothing listens', async () => {
    const error = await createNodeFetch()('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect((error as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('reuses one kept-alive connection for sequential requests', async () => {
    const fetch = createNodeFetch();
    for (let i = 0; i < 5; i++) await (await fetch(`${base}/json`)).text();
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => s.port)).size).toBe(1);
  });

  it('closes a connection left idle longer than keepAliveTimeoutMs', async () => {
    const fetch = createNodeFetch({ keepAliveTimeoutMs: 20 });
    await (await fetch(`${base}/json`)).text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await (await fetch(`${base}/json`)).text();
    expect(new Set(seen.map((s) => s.port)).size).toBe(2);
  });

  it('keeps a slow answer waiting past keepAliveTimeoutMs: it bounds idleness only', async () => {
    routes.set('/late', (_req, res) => {
      setTimeout(() => res.writeHead(200).end('late'), 100);
    });
    const response = await createNodeFetch({ keepAliveTimeoutMs: 20 })(`${base}/late`);
    expect(await response.text()).toBe('late');
  });
});
