// Puts translated units back into a language's file. Only the words of a changed unit are
// rewritten, in place: the file's structure, components, ids and the wrapping of unchanged
// text stay byte for byte as they were. A file the language does not have yet starts as a
// copy of the English one.
import { modify, applyEdits, type Edit } from 'jsonc-parser';
import { stringify, Scalar } from 'yaml';
import type { Document } from './documents.ts';
import { sourceUnits, targetUnits } from './documents.ts';
import { keyOf, normalise, toMarkup, type Inline } from './inline.ts';
import type { FoundUnit, Place } from './mdx.ts';

/** Widest line a rewritten paragraph gets, as the lessons are written. */
const WIDTH = 100;

/** Characters that would turn words into markup in MDX: escaped wherever they stand in a translation. */
const escapeMdx = (text: string) => text.replace(/[\\`*_[\]{}<~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');

/** A line must not begin with what would start a block (a heading, a quote, a list, a table row). */
const startsBlock = (word: string) => /^([#>|=+-]|\*|\d+[.)])/.test(word);

/**
 * Prose wrapped at WIDTH: breaks only at spaces in the words, never inside a code (a component
 * keeps its attributes on one line) and never before something that would start a block.
 */
export function wrapProse(content: readonly Inline[], column: number): string {
  const pieces: string[] = [''];
  const walk = (parts: readonly Inline[]) => {
    for (const part of parts) {
      if (typeof part !== 'string') {
        if (part.kind === 'ph') pieces[pieces.length - 1] += part.data;
        else {
          pieces[pieces.length - 1] += part.start;
          walk(part.content);
          pieces[pieces.length - 1] += part.end;
        }
        continue;
      }
      escapeMdx(part)
        .split(' ')
        .forEach((word, i) => (i === 0 ? (pieces[pieces.length - 1] += word) : pieces.push(word)));
    }
  };
  walk(normalise(content));
  const indent = ' '.repeat(column);
  const lines: string[] = [];
  let line = '';
  let width = column;
  for (const word of pieces) {
    if (line !== '' && width + 1 + word.length > WIDTH && !startsBlock(word)) {
      lines.push(line);
      line = word;
      width = column + word.length;
    } else {
      line = line === '' ? word : `${line} ${word}`;
      width += (line === word ? 0 : 1) + word.length;
    }
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

/** A JSX attribute's value between its quotes; a value holding the quote goes into the other quote. */
function attributeValue(text: string, source: string, place: Place): { start: number; end: number; text: string } {
  const quote = source[place.start - 1]!;
  if (!text.includes(quote)) return { start: place.start, end: place.end, text };
  const other = quote === '"' ? "'" : '"';
  if (text.includes(other)) throw new Error(`holds both kinds of straight quote, which a component attribute cannot`);
  return { start: place.start - 1, end: place.end + 1, text: `${other}${text}${other}` };
}

/** The new text for one unit's place in the file. */
function render(content: readonly Inline[], place: Place, source: string): { start: number; end: number; text: string } {
  const plain = toMarkup(normalise(content));
  const at = { start: place.start, end: place.end };
  switch (place.form) {
    case 'prose':
      return { ...at, text: wrapProse(content, place.column) };
    case 'line':
      return { ...at, text: toMarkup(normalise(content), escapeMdx) };
    case 'cell':
      return { ...at, text: toMarkup(normalise(content), (t) => escapeMdx(t).replace(/\|/g, '\\|')) };
    case 'attribute':
      return attributeValue(plain, source, place);
    case 'string':
    case 'json':
      return { ...at, text: JSON.stringify(plain) };
    case 'yaml': {
      const type = place.yamlType === Scalar.QUOTE_DOUBLE || place.yamlType === Scalar.QUOTE_SINGLE ? place.yamlType : Scalar.PLAIN;
      return { ...at, text: stringify(plain, { defaultStringType: type, lineWidth: 0 }).trimEnd() };
    }
  }
}

/** Adds the interface keys a language lacks (a plural form English does not have), each after the key before it in English order. */
function withMissingKeys(text: string, units: readonly FoundUnit[], have: Set<string>): string {
  let out = text;
  for (const [i, unit] of units.entries()) {
    if (have.has(unit.id)) continue;
    const after = units.slice(0, i).reverse().find((u) => have.has(u.id))?.id;
    have.add(unit.id);
    const edits: Edit[] = modify(out, [unit.id], toMarkup(unit.content), {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
      getInsertionIndex: (properties) => (after ? properties.indexOf(after) + 1 : properties.length),
    });
    out = applyEdits(out, edits);
  }
  return out;
}

export class UnitError extends Error {
  constructor(file: string, unit: string, message: string) {
    super(`${file}, unit ${unit}: ${message}`);
  }
}

/**
 * The language's file with `targets` written in. `current` is the language's file as it is
 * (undefined for a language not started yet); units without a target keep their words.
 */
export function writeTargets(document: Document, english: string, current: string | undefined, locale: string, targets: ReadonlyMap<string, Inline[]>): string {
  const units = sourceUnits(document, english, locale);
  let base = current ?? english;
  if (document.format === 'ui') base = withMissingKeys(base, units, new Set(targetUnits(document, base).keys()));
  const placed = targetUnits(document, base);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const unit of units) {
    const target = targets.get(unit.id);
    if (!target) continue;
    const here = placed.get(unit.id);
    if (!here) throw new UnitError(document.target, unit.id, `the file has no place for it: its structure differs from ${document.source}`);
    if (keyOf(here.content) === keyOf(target)) continue;
    try {
      edits.push(render(target, here.place, base));
    } catch (error) {
      throw new UnitError(document.target, unit.id, (error as Error).message);
    }
  }
  let out = base;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // What was written must read back as the translation: a stray character must not turn into markup.
  const reread = targetUnits(document, out);
  for (const [id, target] of targets) {
    const found = reread.get(id);
    if (found && keyOf(found.content) !== keyOf(target)) throw new UnitError(document.target, id, 'the translation would not read back as written (a character that means markup here?)');
  }
  return out;
}
