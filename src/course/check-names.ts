// One name per character, in every language. Where the English of a file names one of the
// course's people, the same file in another language names them as that language's cast does
// (`content/cast/<locale>.json`), declined as the language declines names, and never by the
// English name when the language has another. Pure: used by the content check at build time
// and tested on its own.

/** A person's names, by language: id → name. */
export type Names = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface NamedText {
  locale: string;
  /** Path from the project root. */
  file: string;
  /** Everything a learner reads in the file. */
  text: string;
}

/** The name as a whole word. */
const word = (name: string) => new RegExp(`(?<!\\p{L})${RegExp.escape(name)}(?!\\p{L})`, 'u');

/**
 * The name as the start of a word, its last vowel free: Czech writes Rita, Ritu, Ritě; Italian
 * and Portuguese keep it whole. Names of three letters or fewer are matched whole.
 */
function declined(name: string): RegExp {
  const stem = name.length > 3 ? name.replace(/[aeiouyáéíóúýåéîöû]$/iu, '') : name;
  return new RegExp(`(?<!\\p{L})${RegExp.escape(stem)}\\p{L}*`, 'u');
}

/** One line per file that names a person otherwise than its language's cast, or not at all where the English does. */
export function nameProblems(source: string, names: Names, texts: readonly NamedText[]): string[] {
  const problems: string[] = [];
  const english = new Map(texts.filter((t) => t.locale === source).map((t) => [t.file, t.text]));
  const sourceNames = names.get(source) ?? new Map<string, string>();
  for (const entry of texts) {
    if (entry.locale === source) continue;
    const original = english.get(entry.file.replace(new RegExp(`(^|/)${RegExp.escape(entry.locale)}(/|\\.json$)`), `$1${source}$2`));
    const theirs = names.get(entry.locale);
    if (original === undefined || !theirs) continue;
    for (const [id, name] of sourceNames) {
      if (!word(name).test(original)) continue;
      const local = theirs.get(id);
      if (!local) continue;
      if (!declined(local).test(entry.text)) problems.push(`${entry.file}: names no “${local}” (${id} in content/cast/${entry.locale}.json), where the ${source} text names ${name}`);
      if (local !== name && word(name).test(entry.text)) problems.push(`${entry.file}: calls ${id} “${name}”, the ${source} name; in ${entry.locale} they are “${local}”`);
    }
  }
  return problems;
}
