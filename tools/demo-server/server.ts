import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../hosting/csp';

/**
 * The demo's static server: serves the production build from dist/ and `/config.json` (docs/contracts.md §2).
 * It is also what the e2e tests and benchmarks load pages from.
 */
export interface DemoServerOptions {
  port: number;
  distDir: string;
  graphBaseUrl: string;
  host?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export async function startDemoServer(options: DemoServerOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const root = resolve(options.distDir);
  const host = options.host ?? '127.0.0.1';
  // The production policy with the emulator in place of Graph, so the demo runs under the same rules as a tenant.
  const security = {
    'content-security-policy': contentSecurityPolicy({ connect: [new URL(options.graphBaseUrl).origin], frameAncestors: [] }),
    'x-content-type-options': 'nosniff',
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/config.json') {
      const origin = `http://${req.headers.host ?? `${host}:${options.port}`}`;
      const config = { mode: 'demo', graphBaseUrl: options.graphBaseUrl, clientId: null, authority: null, origin };
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store', ...security });
      res.end(JSON.stringify(config));
      return;
    }
    const relative = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        ...security,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    }
  });
  await new Promise<void>((done) => server.listen(options.port, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
