// Which characters the course's font must hold: those of the text it ships, and those a
// learner may type (names, notes) in the course's languages and their neighbours.

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * Printable ASCII, Latin-1 and Latin Extended-A (every letter of the languages of Europe that
 * write in Latin script), the punctuation Intl puts in numbers and dates (no-break and narrow
 * no-break spaces, the minus sign), and every character of the given texts.
 */
export function courseCharacters(texts: readonly string[]): string {
  const characters = new Set(range(0x20, 0x7e) + range(0xa0, 0x17f) + '\u2009\u202f\u2212\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u20ac');
  for (const text of texts) for (const character of text) if (character >= ' ') characters.add(character);
  return [...characters].sort().join('');
}
