// What a page costs the learner: every script and stylesheet it loads, inline or linked,
// followed through static and dynamic imports, counted raw and gzipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  /** Preact islands on the page (Island.astro). */
  islands: number;
  js: Bytes;
  css: Bytes;
  /** Every file counted, relative to dist. */
  files: string[];
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const IMPORTS = /(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** A JS file and everything it imports, relative to dist. */
function moduleGraph(dist: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry) || !existsSync(join(dist, entry))) return;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const [, spec] of code.matchAll(IMPORTS)) {
    moduleGraph(dist, normalize(join(dirname(entry), spec ?? '')), seen);
  }
}

function sum(dist: string, files: Iterable<string>, inline: string[]): Bytes {
  let raw = 0;
  let zipped = 0;
  for (const file of files) {
    const body = readFileSync(join(dist, file));
    raw += body.length;
    zipped += gzip(body);
  }
  for (const text of inline) {
    raw += Buffer.byteLength(text);
    zipped += gzip(text);
  }
  return { raw, gzip: zipped };
}

export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const here = dirname(page);
  const local = (url: string) => normalize(join(here, url));

  const scripts = new Set<string>();
  const inlineJs: string[] = [];
  for (const [tag, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"|type="importmap"/.test(attrs)) continue;
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src) moduleGraph(dist, local(src), scripts);
    else if (body.trim()) inlineJs.push(body);
  }
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) moduleGraph(dist, local(url ?? ''), scripts);
  for (const [, url] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) moduleGraph(dist, local(url ?? ''), scripts);

  const styles = new Set<string>();
  for (const [, url] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) styles.add(local(url ?? ''));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

  return {
    page,
    islands: (html.match(/\sdata-island=/g) ?? []).length,
    js: sum(dist, scripts, inlineJs),
    css: sum(dist, styles, inlineCss),
    files: [...scripts, ...styles].map((f) => relative('.', f)).sort(),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The lesson pages of a locale in a build, one per lesson of content/lessons/<locale>/. */
export const lessonPages = (dist: string, locale: string): string[] =>
  readdirSync(join(dist, '../content/lessons', locale))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => `${locale}/${file.replace(/\.mdx$/, '.html')}`);

/** Every font file the build ships (woff2 is compressed already: raw bytes are what travels). */
export function fontWeight(dist: string): Bytes {
  const fonts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.woff2'));
  const raw = fonts.reduce((total, f) => total + readFileSync(join(dist, 'assets', f)).length, 0);
  return { raw, gzip: raw };
}
