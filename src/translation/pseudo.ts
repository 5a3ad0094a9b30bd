// A pseudo-translation, for developers: every letter accented, vowels doubled and a little
// padding so the text runs about 35 % longer than English, in brackets so a cut end shows.
// Text the pipeline does not reach stays plain English and stands out. Every character is in
// Latin-1 or Latin Extended-A, which the course's font holds, so widths are real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFor, sourceUnits } from './documents.ts';
import { numberCodes, plainText, type Inline } from './inline.ts';
import { writeTargets } from './write.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ'].map((c, i) => [c, [...'åçďéĝĥîĵķļñöŕšţûŵýžÅÇĎÉĜĤÎĴĶĻÑÖŔŠŢÛŴÝŽ'][i]!]),
);

/** Letters accented, vowels doubled: a word stays a word, only longer. */
export const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => (/[aeiouAEIOU]/.test(c) ? ACCENTED[c] ?? c : '') + (ACCENTED[c] ?? c));

/** How much longer than English the pseudo-locale runs, at least. */
export const EXPANSION = 0.35;

/** A unit's words pseudo-translated, its codes untouched. Names (`bare`) are only accented, so they stay names. */
export function pseudoTranslate(content: readonly Inline[], bare = false): Inline[] {
  const walk = (parts: readonly Inline[]): Inline[] => parts.map((p) => (typeof p === 'string' ? accent(p) : p.kind === 'pc' ? { ...p, content: walk(p.content) } : p));
  const accented = walk(content);
  if (bare) return accented;
  const english = plainText(content).length;
  const padding = Math.max(0, Math.ceil(english * (1 + EXPANSION)) - plainText(accented).length - 2);
  const tail = padding <= 0 ? '' : padding === 1 ? '~' : ` ${'~'.repeat(padding - 1)}`;
  return ['[', ...accented, `${tail}]`];
}

/** A unit of a document pseudo-translated: the cast's names are only accented, so they stay names a role can begin with. */
export const pseudoTarget = (document: string, unit: string, source: readonly Inline[]) => pseudoTranslate(source, document === 'cast' && unit.endsWith('.name'));

/** The files of a pseudo-locale, generated from the English as if translated: path → text. */
export function pseudoLocaleFiles(root: string, sourceLocale: string, locale: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const document of documentsFor(root, sourceLocale, locale)) {
    const english = readFileSync(join(root, document.source), 'utf8');
    const targets = new Map(
      sourceUnits(document, english, locale).map((unit) => [unit.id, pseudoTarget(document.id, unit.id, numberCodes(unit.content))] as const),
    );
    files.set(document.target, writeTargets(document, english, undefined, locale, targets));
  }
  return files;
}
