// Which files a language is made of, and the units of each. The English file of a document
// is its source; the language's file, where it exists, holds the current translation.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainText } from './inline.ts';
import { jsonUnits, uiPlaces, uiUnits } from './json.ts';
import { mdxUnits, type FoundUnit } from './mdx.ts';

export type Format = 'mdx' | 'json' | 'ui';

export interface Document {
  /** The XLIFF file id: `lessons.payroll-case`, `ui`. */
  id: string;
  format: Format;
  /** The English file, relative to the repository. */
  source: string;
  /** This language's file. */
  target: string;
  /** What the document is, for notes: “Lesson”, “Question payroll-domino”. */
  what: string;
  /** Fields holding words in this document only. */
  moreWords?: string[];
}

/** The folders of content written per language, one file per item: `content/<kind>/<locale>/<id>.<ext>`. */
const PER_ITEM: ReadonlyArray<[kind: string, ext: string, what: string]> = [
  ['lessons', 'mdx', 'Lesson'],
  ['questions', 'json', 'Question'],
  ['scenarios', 'json', 'Scenario'],
  ['final-test', 'json', 'Final test question'],
  ['workshop', 'json', 'Workshop card'],
];

/** Every document of a language, in a stable order: the English folders decide what exists. */
export function documentsFor(root: string, sourceLocale: string, locale: string): Document[] {
  const documents: Document[] = [];
  for (const [kind, ext, what] of PER_ITEM) {
    for (const name of readdirSync(join(root, 'content', kind, sourceLocale)).filter((f) => f.endsWith(`.${ext}`)).sort()) {
      const item = name.slice(0, -ext.length - 1);
      documents.push({
        id: `${kind}.${item}`,
        format: ext === 'mdx' ? 'mdx' : 'json',
        source: `content/${kind}/${sourceLocale}/${name}`,
        target: `content/${kind}/${locale}/${name}`,
        what: `${what} ${item}`,
      });
    }
  }
  documents.push(
    { id: 'glossary', format: 'json', source: `content/glossary/${sourceLocale}.json`, target: `content/glossary/${locale}.json`, what: 'Glossary' },
    { id: 'cast', format: 'json', source: `content/cast/${sourceLocale}.json`, target: `content/cast/${locale}.json`, what: 'The course’s people (names and roles)', moreWords: ['role'] },
    { id: 'ui', format: 'ui', source: `locales/${sourceLocale}/ui.json`, target: `locales/${locale}/ui.json`, what: 'Interface' },
  );
  return documents;
}

/** The units of the English file, as the language needs them (a plural key has the language's forms). */
export function sourceUnits(document: Document, text: string, locale: string): FoundUnit[] {
  if (document.format === 'mdx') return mdxUnits(text, document.source);
  if (document.format === 'ui') return uiUnits(text, locale);
  return jsonUnits(text, document.source, document.what, document.moreWords);
}

/** The units of the language's file, by id. */
export function targetUnits(document: Document, text: string): Map<string, FoundUnit> {
  if (document.format === 'ui') return uiPlaces(text, document.target);
  const units = document.format === 'mdx' ? mdxUnits(text, document.target) : jsonUnits(text, document.target, document.what, document.moreWords);
  return new Map(units.map((unit) => [unit.id, unit]));
}

/** A lesson's title, for the notes of its units. */
export const titleOf = (units: readonly FoundUnit[]) => plainText(units.find((u) => u.id === 'title')?.content ?? []);
