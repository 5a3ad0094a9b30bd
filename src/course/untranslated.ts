// Text a translator left in the source language. Pure: used by the content check at build
// time and by the UI-string check, and tested on its own.

/**
 * Strings that may rightly be the same in two languages: numbers, codes, short words such as
 * "Base" or "USD". Anything with two words, or five letters or more, should differ.
 */
function couldBeTranslated(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 2 || letters >= 5;
}

/** True when `translated` is still the source text, and the source text is something a translation changes. */
export const isUntranslated = (source: string, translated: string) =>
  source.trim() === translated.trim() && couldBeTranslated(source);

/** Every string under `value`, with its path. */
function leaves(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

/**
 * Paths (`scenes[2].choices[0].text`) of the word fields of `translated` that hold the very
 * same text as in `source`. `words` names the fields that hold words for the learner; ids
 * and answers are meant to be equal and are not looked at.
 */
export function untranslatedFields(source: unknown, translated: unknown, words: ReadonlySet<string>, path = ''): string[] {
  if (Array.isArray(source) && Array.isArray(translated)) {
    return source.flatMap((item, i) => untranslatedFields(item, translated[i], words, `${path}[${i}]`));
  }
  if (typeof source !== 'object' || source === null || typeof translated !== 'object' || translated === null) return [];
  const other = translated as Record<string, unknown>;
  return Object.entries(source).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (!words.has(key)) return untranslatedFields(value, other[key], words, at);
    const theirs = new Map(leaves(other[key], at));
    return leaves(value, at)
      .filter(([where, text]) => isUntranslated(text, theirs.get(where) ?? ''))
      .map(([where]) => where);
  });
}

/** The prose paragraphs of an MDX body: no components, imports or blank lines. */
const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '' && !p.startsWith('<') && !p.startsWith('import '));

/** Paragraphs of a translated lesson body that are the same as a paragraph of the source, cut short for a message. */
export function untranslatedParagraphs(source: string, translated: string): string[] {
  const original = new Set(paragraphs(source));
  return paragraphs(translated)
    .filter((p) => original.has(p) && couldBeTranslated(p))
    .map((p) => (p.length > 60 ? `${p.slice(0, 57)}…` : p));
}
