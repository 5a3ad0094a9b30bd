import { describe, expect, it } from 'vitest';
import { courseCharacters } from '../../src/build/characters.ts';
import { parseUnicodeRange, shownText, subsetsFor } from '../../src/build/font-subsets.ts';

describe('the characters the course font holds', () => {
  const characters = courseCharacters(['Péče o interní zákazníky — „rychle“', 'Operação 80 %\n\tfim']);

  it('holds every character of the texts, once, and no control character', () => {
    for (const c of 'Péčoízáký—„“çã%') expect(characters).toContain(c);
    expect(new Set(characters).size).toBe([...characters].length);
    expect(characters).not.toMatch(/[\n\t]/);
  });

  it('holds what a learner may type in a name: every Latin letter of Europe', () => {
    for (const c of 'ŁłŐőŘřŞşĳÆøßÿ') expect(characters).toContain(c);
  });

  it('holds the spaces and signs Intl puts in numbers and dates', () => {
    for (const c of '\u00a0\u202f\u2212€') expect(characters).toContain(c);
  });
});

describe('the font files a page preloads', () => {
  const ranges = { latin: 'U+0000-00FF, U+0131, U+2000-206F', 'latin-ext': 'U+0100-02BA, U+1E00-1E9F' };

  it('reads a CSS unicode-range, single code points and spans', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
    ]);
    expect(() => parseUnicodeRange('U+4??')).toThrow(/U\+4\?\?/);
  });

  it('takes the text a page shows, not its scripts, styles or markup', () => {
    const html = '<p title="Čeština">Hello <b>world</b></p><script type="application/json">{"name":"Čeština"}</script><style>p::after{content:"č"}</style>';
    expect(shownText(html).trim().split(/\s+/)).toEqual(['Hello', 'world']);
  });

  it('names each subset the text has a character in: Latin for English, Latin Extended too for Czech', () => {
    expect(subsetsFor('Who are your customers?', ranges)).toEqual(['latin']);
    expect(subsetsFor('Kdo jsou vaši zákazníci?', ranges)).toEqual(['latin', 'latin-ext']);
    expect(subsetsFor('Português, Español, Italiano', ranges)).toEqual(['latin']);
    expect(subsetsFor('', ranges)).toEqual([]);
  });
});
