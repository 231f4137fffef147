import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types of the files a built site holds. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** A running static server; `close()` stops it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without trailing slash. */
  origin: string;
  /** Paths requested, in order, with their status. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Options of {@link serveStatic}. */
export interface ServeStaticOptions {
  /** Extra response headers for every file (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

/**
 * Serves a folder on 127.0.0.1 at a random port, as a static host would: `/x/` → `/x/index.html`,
 * correct content types (unknown extensions as `application/octet-stream`), `404.html` with
 * status 404 for anything missing, and nothing outside the folder.
 *
 * @param root The folder to serve, e.g. a built `dist/`.
 */
export async function serveStatic(root: string, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer(async (request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed escape is a bad request, not a server error.
      response.writeHead(400).end('bad request');
      requests.push({ path: request.url ?? '', status: 400 });
      return;
    }
    let file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let status = 200;
    const inside = file === base || file.startsWith(`${base}${path.sep}`);
    const found = inside && (await stat(file).then((info) => info.isFile(), () => false));
    if (!found) {
      status = 404;
      file = path.join(base, '404.html');
      if (!(await stat(file).then((info) => info.isFile(), () => false))) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        requests.push({ path: pathname, status });
        return;
      }
    }
    requests.push({ path: pathname, status });
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', ...options.headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
