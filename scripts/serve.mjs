// A tiny static file server for the demo (Node built-ins only): serves the project root, read-only, on localhost.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { root } from './lib.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` (default: the project root) on 127.0.0.1:port (0 = any free port); resolves with the base URL.
 * `home`: where `/` redirects (the demo). `headers`: an object, or a function of the path giving one.
 */
export function serve({ port = 8000, host = '127.0.0.1', headers = {}, dir = root, home } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (home && path === '/') {
      response.writeHead(302, { location: home }).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(typeof headers === 'function' ? headers(path) : headers),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, host, () =>
      resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${server.address().port}` }),
    );
  });
}
