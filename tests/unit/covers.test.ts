// Every lesson opens with a hero picture: one for each cover a lesson can choose, decoration
// only, with no words to translate, no colour a dark theme could not change, and small.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heroSvg } from '../../src/components/covers/scenes.ts';
import { coverMotifs } from '../../src/schemas/lesson.ts';

const lessons = resolve(import.meta.dirname, '../../content/lessons');
const coversInUse = readdirSync(lessons).flatMap((locale) =>
  readdirSync(join(lessons, locale)).map((file) => ({
    lesson: `${locale}/${file}`,
    cover: /^cover:\s*(\S+)\s*$/m.exec(readFileSync(join(lessons, locale, file), 'utf8'))?.[1],
  })),
);

describe('lesson heroes', () => {
  it('exist for the cover every lesson chooses', () => {
    expect(coversInUse.length).toBeGreaterThan(50);
    expect(coversInUse.filter(({ cover }) => !(coverMotifs as readonly (string | undefined)[]).includes(cover))).toEqual([]);
  });

  it.each(coverMotifs)('%s: hidden from assistive technology, with no text and no fixed colour', (motif) => {
    const svg = heroSvg(motif);
    expect(svg).toMatch(/^<svg class="hero-art" viewBox="[\d ]+" aria-hidden="true" focusable="false">/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<(text|title|desc|image|use|foreignObject)\b/);
    // Colours come from tone classes only: no fill, stroke or style attribute, no colour value.
    expect(svg).not.toMatch(/\s(fill|stroke|style|href)=|#[\da-f]{3}|rgb\(/i);
    expect(svg.match(/class="[^"]*"/g)?.every((c) => /^class="(hero-art|a-[a-z\d-]+( a-[a-z\d-]+)?)"$/.test(c))).toBe(true);
    expect(svg.length).toBeLessThanOrEqual(4096);
  });

  it('are each drawn differently', () => {
    expect(new Set(coverMotifs.map(heroSvg)).size).toBe(coverMotifs.length);
  });
});
