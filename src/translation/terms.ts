// The key terms a unit holds, for the translator's notes: the English term from the source
// termbase and, where the language has one, its agreed rendering.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termbaseSchema, type Termbase } from '../schemas/termbase.ts';
import { parseFile } from '../schemas/parse-file.ts';

export interface Terms {
  source: Termbase['terms'];
  target: Map<string, Termbase['terms'][number]>;
}

function termbase(root: string, locale: string): Termbase | undefined {
  const path = `content/termbase/${locale}.json`;
  if (!existsSync(join(root, path))) return undefined;
  return parseFile(termbaseSchema, JSON.parse(readFileSync(join(root, path), 'utf8')), path);
}

export function loadTerms(root: string, sourceLocale: string, locale: string): Terms {
  return {
    source: termbase(root, sourceLocale)?.terms ?? [],
    target: new Map((termbase(root, locale)?.terms ?? []).map((t) => [t.id, t])),
  };
}

/** One note per key term in the English text: the term, and how this language writes it. */
export function termNotes(english: string, terms: Terms): string[] {
  return terms.source
    .filter((term) => new RegExp(`(^|[^\\p{L}])${RegExp.escape(term.term)}`, 'iu').test(english))
    .map((term) => {
      const theirs = terms.target.get(term.id);
      return theirs
        ? `Key term “${term.term}”: write “${theirs.term}”${theirs.note ? ` (${theirs.note})` : ''}.`
        : `Key term “${term.term}”: choose one rendering and keep it everywhere.`;
    });
}
