// One small HTTP server for the preview LMS, the tests and the bench. Localhost only.
//   /course/…                  the static course (dist/), served from a sub-path
//   /lms/<deep path>/<zip>/…   a file inside a built package, as an LMS would serve it
//   /preview/…                 the preview LMS page (TypeScript stripped on the fly)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '../..');

/** Where packages appear, deep like a real LMS's content store. */
export const LMS_PREFIX = '/lms/acme/learning/content';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.dtd': 'application/xml-dtd',
  '.zip': 'application/zip',
};

/** A path inside `base`, or undefined if the request tries to leave it. */
function inside(base: string, path: string): string | undefined {
  const full = normalize(join(base, decodeURIComponent(path)));
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

/**
 * The course is served under the strictest policy a careful LMS could set: only its own
 * files, no inline script or style, no eval. Any break shows as a console error in tests.
 */
export const COURSE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Text is sent gzipped, as any web server an LMS runs on does; each body is compressed once. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;
const gzipped = new Map<string, Buffer>();

interface Reply {
  type?: string;
  csp?: string;
  /** Where the body came from and its version, so its gzipped form can be kept. */
  key?: string;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: string | Uint8Array, { type = 'text/plain; charset=utf-8', csp, key }: Reply = {}) {
  // Built assets carry their content's hash in their name: a browser may keep them. Pages may change.
  const cacheControl = key && /\/assets\/[^/]+\.[\w-]{8}\.\w+$/.test(key) ? 'max-age=31536000, immutable' : 'no-store';
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': cacheControl, vary: 'accept-encoding', ...(csp ? { 'content-security-policy': csp } : {}) };
  if (key && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
    body = gzipped.get(key)!;
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(status, headers);
  res.end(body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string | undefined, csp?: string) {
  const stat = file && existsSync(file) ? statSync(file) : undefined;
  if (!file || !stat?.isFile()) return send(req, res, 404, 'Not found');
  const body = extname(file) === '.ts' ? stripTypeScriptTypes(readFileSync(file, 'utf8')) : readFileSync(file);
  send(req, res, 200, body, { type: TYPES[extname(file)] ?? 'application/octet-stream', csp, key: `${file} ${stat.mtimeMs}` });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  /** The built course; defaults to dist/. */
  dist?: string;
}

export function startServer({ port = 0, dist = join(root, 'dist') }: ServerOptions = {}): Promise<RunningServer> {
  // Unzipped once per package file version, like an LMS's import step.
  const unpacked = new Map<string, { mtime: number; files: Record<string, Uint8Array> }>();
  const packageFiles = (zipPath: string) => {
    const mtime = statSync(zipPath).mtimeMs;
    const cached = unpacked.get(zipPath);
    if (cached?.mtime === mtime) return cached;
    const unzipped = { mtime, files: unzipSync(readFileSync(zipPath)) };
    unpacked.set(zipPath, unzipped);
    return unzipped;
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, 'Method not allowed');
    if (path === '/') {
      res.writeHead(302, { location: '/preview/' });
      return res.end();
    }
    if (path.startsWith('/course/')) return sendFile(req, res, inside(dist, path.slice('/course/'.length) || 'index.html'), COURSE_CSP);
    // The preview's slow LMS: a synchronous request answered after `ms`, which holds the page
    // as a real LMS's synchronous save does.
    if (path === '/preview/wait') {
      const ms = Math.min(10_000, Number(new URL(req.url ?? '', 'http://localhost').searchParams.get('ms')) || 0);
      setTimeout(() => send(req, res, 200, ''), ms);
      return;
    }
    if (path.startsWith('/preview/vendor/')) {
      return sendFile(req, res, inside(join(root, 'node_modules/scorm-again/dist/esm'), path.slice('/preview/vendor/'.length)));
    }
    if (path.startsWith('/preview/')) {
      return sendFile(req, res, inside(join(root, 'scorm/preview/page'), path.slice('/preview/'.length) || 'index.html'));
    }
    if (path.startsWith(`${LMS_PREFIX}/`)) {
      const [zipName = '', ...rest] = path.slice(LMS_PREFIX.length + 1).split('/');
      const zipPath = inside(join(dist, 'packages'), zipName);
      if (!zipPath || !zipName.endsWith('.zip') || !existsSync(zipPath)) return send(req, res, 404, 'No such package');
      const inner = decodeURIComponent(rest.join('/'));
      const { mtime, files } = packageFiles(zipPath);
      const file = files[inner];
      const key = `${zipPath} ${mtime} /${inner}`;
      return file ? send(req, res, 200, file, { type: TYPES[extname(inner)] ?? 'application/octet-stream', csp: COURSE_CSP, key }) : send(req, res, 404, 'Not in package');
    }
    send(req, res, 404, 'Not found');
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${bound}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
