// Export and import: the course's languages as XLIFF for translators' tools, and back. Both
// work on the files under a root (the repository, or a copy in a test) and write nothing
// themselves: export returns the XLIFF, import returns the files to write, or refuses.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFor, sourceUnits, targetUnits, titleOf, type Document } from './documents.ts';
import { codesOf, keyOf, numberCodes, plainText, squeeze, type Code, type Inline } from './inline.ts';
import type { FoundUnit } from './mdx.ts';
import { termNotes, type Terms } from './terms.ts';
import { UnitError, writeTargets } from './write.ts';
import { readXliff, writeXliff, XliffError, type XliffNote, type XliffUnit } from './xliff.ts';

export interface Course {
  root: string;
  sourceLocale: string;
  version: string;
}

/** For each document, the hash of the English each translated unit was made from. */
export type TranslatedFrom = Record<string, Record<string, string>>;

export const translatedFromPath = (locale: string) => `content/translated-from/${locale}.json`;

/** A short hash of a unit's English: the same words and codes give the same hash, whatever the line breaks. */
export const sourceHash = (content: readonly Inline[]) => createHash('sha256').update(keyOf(content)).digest('hex').slice(0, 12);

const read = (root: string, path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

export function readTranslatedFrom(root: string, locale: string): TranslatedFrom {
  const text = read(root, translatedFromPath(locale));
  return text ? (JSON.parse(text) as TranslatedFrom) : {};
}

/**
 * A target's codes, given the ids of the source's codes with the same markup (the i-th `*…*` of
 * the translation is the i-th of the English). Null when the translation's markup is not the
 * English's: it cannot be offered as a target with the source's codes.
 */
function matchCodes(target: readonly Inline[], source: readonly Inline[]): Inline[] | null {
  const pool = codesOf(source);
  const used = new Set<Code>();
  const sameMarkup = (a: Code, b: Code) => a.kind === b.kind && (a.kind === 'ph' ? squeeze(a.data) === squeeze((b as typeof a).data) : a.start === (b as typeof a).start && a.end === (b as typeof a).end);
  let ok = true;
  const walk = (parts: readonly Inline[]): Inline[] =>
    parts.map((part) => {
      if (typeof part === 'string') return part;
      const match = pool.find((code) => !used.has(code) && sameMarkup(code, part));
      if (!match) {
        ok = false;
        return part;
      }
      used.add(match);
      return part.kind === 'ph' ? { ...part, id: match.id } : { ...part, id: match.id, content: walk(part.content) };
    });
  const out = walk(target);
  return ok && used.size === pool.length ? out : null;
}

/** A document's units with their English, the language's current words and the notes a translator needs. */
interface Row {
  unit: FoundUnit;
  source: Inline[];
  current?: Inline[];
  hash: string;
  stale: boolean;
  /** A translation on record, made from an earlier English. */
  outdated: boolean;
}

function rowsOf(course: Course, document: Document, locale: string, recorded: Record<string, string>): Row[] {
  const english = read(course.root, document.source)!;
  const current = read(course.root, document.target);
  const theirs = current === undefined ? new Map<string, FoundUnit>() : targetUnits(document, current);
  return sourceUnits(document, english, locale).map((unit) => {
    const source = numberCodes(unit.content);
    const hash = sourceHash(source);
    const mine = theirs.get(unit.id);
    const made = recorded[unit.id];
    return { unit, source, current: (mine && matchCodes(mine.content, source)) || undefined, hash, stale: made !== hash, outdated: made !== undefined && made !== hash };
  });
}

/** Room a short text has: the layout is tested with text 35 % longer than English, so a translation may take 40 %. */
const lengthLimit = (source: readonly Inline[]) => Math.ceil(plainText(source).length * 1.4);

function notesFor(row: Row, document: Document, title: string, terms: Terms): XliffNote[] {
  const place = document.format === 'mdx' ? `${document.what}${title ? ` “${title}”` : ''}: ${row.unit.where}` : row.unit.where;
  const notes: XliffNote[] = [{ category: 'location', text: place }];
  notes.push(...termNotes(plainText(row.source), terms).map((text) => ({ category: 'term' as const, text })));
  if (row.unit.short) notes.push({ category: 'length', text: `Shown where room is short: at most ${lengthLimit(row.source)} characters.` });
  if (row.current && row.outdated) notes.push({ category: 'status', text: 'The English changed since this was translated: the target is the translation of the earlier English.' });
  return notes;
}

export interface ExportOptions {
  locale: string;
  /** Only the units whose English changed since they were translated, or that were never translated. */
  stale?: boolean;
  terms: Terms;
}

export function exportXliff(course: Course, options: ExportOptions): { xml: string; units: number } {
  const recorded = readTranslatedFrom(course.root, options.locale);
  let count = 0;
  const files = documentsFor(course.root, course.sourceLocale, options.locale).flatMap((document) => {
    const all = rowsOf(course, document, options.locale, recorded[document.id] ?? {});
    const rows = all.filter((row) => !options.stale || row.stale || !row.current);
    if (!rows.length) return [];
    // The lesson's title names the place of each unit, whether or not the title is exported.
    const title = titleOf(all.map((r) => r.unit));
    const units = rows.map((row): XliffUnit => ({
      id: row.unit.id,
      source: row.source,
      target: row.current,
      state: row.current && !row.stale ? 'final' : 'initial',
      notes: notesFor(row, document, title, options.terms),
      sourceHash: row.hash,
    }));
    count += units.length;
    return [{ id: document.id, original: document.source, units }];
  });
  const xml = writeXliff({ srcLang: course.sourceLocale, trgLang: options.locale, courseVersion: course.version, files });
  return { xml, units: count };
}

/** Every way a translation's codes differ from the English's: missing, doubled, unknown. */
function codeProblems(target: readonly Inline[], source: readonly Inline[]): string[] {
  const wanted = new Map(codesOf(source).map((code) => [code.id, code]));
  const seen = new Map<string, number>();
  for (const code of codesOf(target)) seen.set(code.id, (seen.get(code.id) ?? 0) + 1);
  const name = (code: Code) => (code.kind === 'ph' ? (/^\{\{/.test(code.data) ? `placeholder ${code.data}` : `inline code ${code.id} (${code.data})`) : `inline code ${code.id} (${code.start}…${code.end})`);
  const problems: string[] = [];
  for (const [id, code] of wanted) {
    const times = seen.get(id) ?? 0;
    if (times === 0) problems.push(`${name(code)} is missing from the target`);
    if (times > 1) problems.push(`${name(code)} appears ${times} times in the target`);
  }
  for (const id of seen.keys()) if (!wanted.has(id)) problems.push(`inline code ${id} is not in the source`);
  for (const typed of plainText(target).match(/\{\{[^{}]*\}\}/g) ?? []) problems.push(`placeholder ${typed} was typed as text, not kept as a code`);
  return problems;
}

/** The target's codes given the English's markup, by id. */
function withSourceMarkup(target: readonly Inline[], source: readonly Inline[]): Inline[] {
  const byId = new Map(codesOf(source).map((code) => [code.id, code]));
  return target.map((part) => {
    if (typeof part === 'string') return part;
    const code = byId.get(part.id)!;
    return code.kind === 'ph' ? code : { ...code, content: withSourceMarkup((part as Extract<Code, { kind: 'pc' }>).content, code.content) };
  });
}

export interface ImportResult {
  locale: string;
  /** Files to write, by path under the root: only those that change. */
  files: Map<string, string>;
  /** Units whose words changed. */
  changed: number;
  /** Units now recorded as translated from today's English. */
  confirmed: number;
}

export class ImportError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The translation was not imported; nothing was changed:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/**
 * The files an XLIFF file's targets make. Refuses, naming each unit, a file for another
 * English (a source that is not today's), codes missing, doubled or unknown, a placeholder
 * dropped or typed, an unknown file or unit; then nothing is to be written.
 */
export function importXliff(course: Course, xml: string): ImportResult {
  let document;
  try {
    document = readXliff(xml);
  } catch (error) {
    if (error instanceof XliffError) throw new ImportError([error.message]);
    throw error;
  }
  const locale = document.trgLang;
  const problems: string[] = [];
  if (document.srcLang !== course.sourceLocale) problems.push(`the file translates from ${document.srcLang}, the course is written in ${course.sourceLocale}`);
  if (locale === course.sourceLocale) problems.push(`the file's target language is the source language, ${locale}`);
  const recorded = readTranslatedFrom(course.root, locale);
  const documents = new Map(documentsFor(course.root, course.sourceLocale, locale).map((d) => [d.id, d]));
  const files = new Map<string, string>();
  let changed = 0;
  let confirmed = 0;
  const nextRecord: typeof recorded = structuredClone(recorded);
  for (const file of document.files) {
    const doc = documents.get(file.id);
    if (!doc) {
      problems.push(`file ${file.id} is not a part of this course`);
      continue;
    }
    const rows = new Map(rowsOf(course, doc, locale, recorded[doc.id] ?? {}).map((row) => [row.unit.id, row]));
    const targets = new Map<string, Inline[]>();
    let differs = false;
    for (const unit of file.units) {
      const row = rows.get(unit.id);
      const at = `${doc.id}, unit ${unit.id}`;
      if (!row) {
        problems.push(`${at}: no such unit in ${doc.source}`);
        continue;
      }
      if (keyOf(unit.source) !== keyOf(row.source) || codesOf(unit.source).map((c) => c.id).join() !== codesOf(row.source).map((c) => c.id).join()) {
        problems.push(`${at}: the source is not today's English (the file was exported from another version; export again)`);
        continue;
      }
      if (!unit.target || plainText(unit.target).trim() === '') continue;
      const codes = codeProblems(unit.target, row.source);
      if (codes.length) {
        problems.push(...codes.map((p) => `${at}: ${p}`));
        continue;
      }
      const target = withSourceMarkup(unit.target, row.source);
      targets.set(unit.id, target);
      const changes = !row.current || keyOf(row.current) !== keyOf(target);
      if (changes) changed++;
      differs ||= changes;
      if (changes || unit.state !== 'initial') {
        (nextRecord[doc.id] ??= {})[unit.id] = row.hash;
        if (row.stale) confirmed++;
      }
    }
    // A file whose every target is already its words stays as it is, byte for byte.
    if (!differs) continue;
    try {
      const current = read(course.root, doc.target);
      const written = writeTargets(doc, read(course.root, doc.source)!, current, locale, targets);
      if (written !== current) files.set(doc.target, written);
    } catch (error) {
      if (error instanceof UnitError) problems.push(error.message);
      else throw error;
    }
  }
  if (problems.length) throw new ImportError(problems);
  const record = recordText(course, locale, nextRecord);
  if (record !== read(course.root, translatedFromPath(locale))) files.set(translatedFromPath(locale), record);
  return { locale, files, changed, confirmed };
}

/** The record as its file holds it: documents and units in the course's order, so diffs stay small. */
export function recordText(course: Course, locale: string, record: TranslatedFrom): string {
  const sorted: TranslatedFrom = {};
  for (const document of documentsFor(course.root, course.sourceLocale, locale)) {
    const units = record[document.id];
    if (!units) continue;
    const english = sourceUnits(document, read(course.root, document.source)!, locale).map((u) => u.id);
    const known = english.filter((id) => id in units);
    if (known.length) sorted[document.id] = Object.fromEntries(known.map((id) => [id, units[id]!]));
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export interface StaleUnit {
  /** The XLIFF file id of its document. */
  document: string;
  file: string;
  unit: string;
  /** Hash of today's English. */
  hash: string;
  where: string;
  /**
   * `changed`: translated from an earlier English; `unrecorded`: translated, but with no record
   * of the English it was made from; `missing`: the language's file has no translation.
   */
  reason: 'changed' | 'unrecorded' | 'missing';
}

/** The units of a language whose English changed since they were translated, or that have no translation (on record or in its file). */
export function staleUnits(course: Course, locale: string): StaleUnit[] {
  const recorded = readTranslatedFrom(course.root, locale);
  return documentsFor(course.root, course.sourceLocale, locale).flatMap((document) =>
    rowsOf(course, document, locale, recorded[document.id] ?? {})
      .filter((row) => row.stale || !row.current)
      .map((row) => ({ document: document.id, file: document.target, unit: row.unit.id, hash: row.hash, where: row.unit.where, reason: !row.current ? ('missing' as const) : row.outdated ? ('changed' as const) : ('unrecorded' as const) })),
  );
}

/**
 * The record with translations marked as made from today's English: those updated by hand
 * after an English change, or a language translated before records were kept; `only` names
 * units as `document:unit`. Never a unit the language has no translation for.
 */
export function confirmTranslations(course: Course, locale: string, only?: ReadonlySet<string>): { record: string; count: number } {
  const record = readTranslatedFrom(course.root, locale);
  let count = 0;
  for (const unit of staleUnits(course, locale)) {
    if (unit.reason === 'missing' || (only && !only.has(`${unit.document}:${unit.unit}`))) continue;
    (record[unit.document] ??= {})[unit.unit] = unit.hash;
    count++;
  }
  return { record: recordText(course, locale, record), count };
}
