// The layers of DEVELOPERS.md, checked: only src/lms talks SCORM; content/ holds no code;
// src/state knows neither the DOM nor SCORM.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const filesUnder = (dir: string, ext: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
const code = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

const SCORM = /API_1484_11|\bLMS(Initialize|Finish|GetValue|SetValue|Commit|GetLastError)\b|["'`]cmi\.|\b(Initialize|Terminate|GetValue|SetValue)\(['"]/;

describe('layers', () => {
  it('keeps SCORM calls and element names inside src/lms', () => {
    const outside = filesUnder('src', /\.(ts|tsx|astro)$/).filter((f) => !relative('src', f).startsWith('lms'));
    expect(outside.length).toBeGreaterThan(10);
    expect(outside.filter((f) => SCORM.test(code(f)))).toEqual([]);
    // The pattern does find SCORM where it belongs.
    expect(filesUnder('src/lms', /\.ts$/).filter((f) => SCORM.test(code(f))).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps src/state free of the DOM and of the LMS', () => {
    const offenders = filesUnder('src/state', /\.ts$/).filter((f) =>
      /\b(document|window|localStorage)\b|from ['"]\.\.\/(lms|shell|components)\//.test(code(f)),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps content/ as data: no imports in lessons', () => {
    const lessons = filesUnder('content', /\.mdx$/);
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.filter((f) => /^\s*(import|export)\s/m.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});
