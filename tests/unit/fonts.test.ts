import { describe, expect, it } from 'vitest';
import { courseCharacters } from '../../src/build/characters.ts';

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
