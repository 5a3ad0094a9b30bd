// An LMS serves the package from a path nobody knows in advance: a single root-absolute URL
// ("/assets/…") breaks the course there. Scan everything the build wrote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../support/preview.ts';

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('packages'));
const ofType = (...types: string[]) => files.filter((f) => types.includes(extname(f)));

/** `/x` but not `//host`: a URL that leaves the package's folder for the server's root. */
const ROOT_ABSOLUTE = String.raw`\/(?!\/)`;

function rootAbsoluteIn(file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const found: string[] = [];
  const type = extname(file);
  if (type === '.html') {
    const attr = new RegExp(String.raw`\s(href|src|srcset|action|poster|data|component-url|renderer-url|content)="(${ROOT_ABSOLUTE}[^"]*)"`, 'g');
    for (const m of text.matchAll(attr)) found.push(`${m[1]}="${m[2]}"`);
  }
  if (type === '.html' || type === '.css') {
    for (const m of text.matchAll(new RegExp(String.raw`url\(\s*["']?(${ROOT_ABSOLUTE}[^)"']*)`, 'g'))) found.push(`url(${m[1]})`);
    for (const m of text.matchAll(new RegExp(String.raw`@import\s+["'](${ROOT_ABSOLUTE}[^"']*)`, 'g'))) found.push(`@import ${m[1]}`);
  }
  if (type === '.js' || type === '.html') {
    // Any string literal naming a built file from the root, and any import from the root.
    for (const m of text.matchAll(/["'`](\/(?!\/)[^"'`\s]*)["'`]/g)) {
      const path = m[1] ?? '';
      const target = path.split(/[?#]/)[0]!.slice(1);
      if (target && existsSync(join(dist, target))) found.push(path);
    }
    for (const m of text.matchAll(new RegExp(String.raw`(?:import|from)\s*\(?\s*["'](${ROOT_ABSOLUTE}[^"']*)`, 'g'))) found.push(`import ${m[1]}`);
  }
  return [...new Set(found)];
}

describe('a fully relative build', () => {
  it('has pages, styles and scripts to scan', () => {
    expect(ofType('.html').length).toBeGreaterThan(5);
    expect(ofType('.css').length).toBeGreaterThan(0);
    expect(ofType('.js').length).toBeGreaterThan(0);
  });

  it.each(ofType('.html', '.css', '.js'))('%s has no root-absolute URL', (file) => {
    expect(rootAbsoluteIn(file)).toEqual([]);
  });
});
