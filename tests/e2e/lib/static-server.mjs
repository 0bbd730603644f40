// A small static file server for the e2e tests: serves one folder on
// 127.0.0.1 at a free port, with the MIME types the reader needs (wasm as
// application/wasm) and no caching, so files the tests change on disk are
// seen at once.
//
// Options: `mount` serves the folder under a sub-path (`/docs/guide/`:
// anything outside it is a 404); `fallback` answers requests for paths
// that do not exist with that file (history routing's rewrite rule).
// `requests` records every path asked for, for tests that need to know
// what reached the network.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Start serving `root`. Resolves to `{ url, origin, requests, close }`:
 * `url` is the mount's URL (ending in `/`).
 */
export function startServer({ root, mount = '/', fallback = null } = {}) {
  root = path.resolve(root);
  const requests = [];

  function send(res, status, text) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(text);
  }

  async function serveFile(req, res, file) {
    const stat = await fs.stat(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    requests.push(pathname);
    if (!pathname.startsWith(mount)) {
      if (pathname + '/' === mount) {
        res.writeHead(301, { location: mount, 'cache-control': 'no-store' });
        return res.end();
      }
      return send(res, 404, 'not found\n');
    }
    const inside = pathname.slice(mount.length - 1);
    let file = path.join(root, inside);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden\n');
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: pathname + '/', 'cache-control': 'no-store' });
          return res.end();
        }
        file = path.join(file, 'index.html');
      }
      await serveFile(req, res, file);
    } catch {
      if (fallback) {
        try {
          return await serveFile(req, res, path.join(root, fallback));
        } catch {
          // fall through to the 404
        }
      }
      send(res, 404, 'not found\n');
    }
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: origin + mount, origin, requests, close, server });
    });
  });
}
