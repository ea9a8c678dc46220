import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { normaliseBase } from '../urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on a free loopback port, as a static host would (directory index, 404
 * page). A site built under a `base` (`/explainers/border/`) is served there, as it will be
 * published: its pages and assets link to addresses under the base, and nothing outside it exists.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const under = normaliseBase(base);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const within = `${url.pathname}/`.startsWith(under) ? `/${url.pathname.slice(under.length)}` : undefined;
    let path = within === undefined ? undefined : normalize(join(root, decodeURIComponent(within)));
    if (path !== undefined && !path.startsWith(root + sep) && path !== root) {
      res.writeHead(403).end();
      return;
    }
    if (path !== undefined && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (path === undefined || !existsSync(path)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((e) => {
          if (e) reject(e);
          else resolve();
        }),
      ),
  };
}
