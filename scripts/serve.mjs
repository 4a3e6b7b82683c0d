#!/usr/bin/env node
// Serves the repository on localhost so that examples/ can load the built bundles, the way a
// municipal web server would serve static files. Usage: node scripts/serve.mjs [--port N]
// (or PORT=N). Prints the demo's URL.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : (process.env.PORT ?? 8080));
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Resolves a URL path inside the repository (or `base`), or null when it would leave it. */
export function resolvePath(urlPath, base = root) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const top = base.endsWith(sep) ? base : base + sep;
  const file = normalize(join(top, decoded));
  if (file !== top.replace(/[\\/]$/, '') && !file.startsWith(top)) return null;
  if (file.split(sep).includes('node_modules') || file.split(sep).includes('.git')) return null;
  return file;
}

/**
 * Starts the static server. Options for tests: `root` serves another folder; `injectHead` is
 * HTML put right after `<head>` of every HTML page (the end-to-end tests' probe script);
 * `onResponse(status, url)` sees every answer.
 */
export function startServer({
  port: p = port,
  host: h = host,
  root: base = root,
  injectHead,
  onResponse,
  pageHeaders = () => ({}),
} = {}) {
  const server = createServer((req, res) => {
    if (onResponse) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, ...rest) => {
        onResponse(status, req.url);
        return writeHead(status, ...rest);
      };
    }
    let file = resolvePath(req.url ?? '/', base);
    if (base === root && (req.url === '/' || req.url === '')) {
      res.writeHead(302, { location: '/examples/' });
      res.end();
      return;
    }
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !statSync(file).isFile()) throw new Error('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 – hittades inte / not found\n');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (injectHead && extname(file) === '.html') {
      const html = readFileSync(file, 'utf8').replace(/<head(\s[^>]*)?>/i, (m) => `${m}${injectHead}`);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...pageHeaders(req.url ?? '/') });
      res.end(html);
      return;
    }
    const extra = extname(file) === '.html' ? pageHeaders(req.url ?? '/') : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...extra });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, h, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  startServer()
    .then((server) => {
      const { port: actual } = server.address();
      console.log(`asf-kit demo: http://localhost:${actual}/examples/   (Ctrl+C to stop)`);
    })
    .catch((error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use: try "PORT=8081 npm start".`
          : `Could not start the server: ${error.message}`,
      );
      process.exit(1);
    });
}
