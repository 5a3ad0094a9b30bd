// The translation units of a JSON content file (questions, scenarios, the test bank, workshop
// cards, the glossary, the cast) and of the interface strings (`locales/<locale>/ui.json`).
// A unit is one string under a word field; ids follow the data's own ids where it has them,
// so they survive reordering. Interface placeholders ({{count}}) are codes.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { WORD_FIELDS } from '../schemas/word-fields.ts';
import type { Inline } from './inline.ts';
import type { FoundUnit } from './mdx.ts';

/** `{{name}}` and friends: i18next's placeholders, kept as codes a translator cannot break. */
export function withPlaceholders(text: string): Inline[] {
  return text.split(/(\{\{[^{}]+\}\})/).filter((part) => part !== '').map((part) => (/^\{\{[^{}]+\}\}$/.test(part) ? { kind: 'ph', id: '', data: part } : part));
}

export function parseJson(text: string, file: string): Node {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (!tree || errors.length) throw new Error(`${file}: not valid JSON (at character ${errors[0]?.offset ?? 0})`);
  return tree;
}

const SHORT_FIELDS = new Set(['title', 'label', 'name', 'term', 'unit', 'caption', 'scale', 'match', 'item']);

/** Where a string sits in a JSON file, as a unit. */
function unitAt(node: Node, id: string, where: string, field: string): FoundUnit {
  return {
    id,
    content: withPlaceholders(node.value as string),
    place: { start: node.offset, end: node.offset + node.length, form: 'json', column: 0 },
    where,
    short: SHORT_FIELDS.has(field),
  };
}

/** An array item's name in an id: its own `id` where it has one, else its position. */
function itemKey(item: Node, index: number): string {
  const own = item.type === 'object' ? item.children?.find((p) => p.children?.[0]?.value === 'id')?.children?.[1] : undefined;
  return typeof own?.value === 'string' ? own.value : String(index);
}

/**
 * Every string under a word field of a content file, in file order. `what` names the file for
 * notes (“Question payroll-domino”); `more` adds fields that hold words in this file only (the
 * cast's `role`, which elsewhere names a place in the pyramid).
 */
export function jsonUnits(text: string, file: string, what: string, more: readonly string[] = []): FoundUnit[] {
  const words = new Set([...WORD_FIELDS, ...more]);
  const units: FoundUnit[] = [];
  const visit = (node: Node, id: string[], field: string, underWords: boolean) => {
    if (node.type === 'string' && underWords) units.push(unitAt(node, id.join('.'), `${what}: ${id.join(' › ')}`, field));
    if (node.type === 'array') node.children?.forEach((item, i) => visit(item, [...id, itemKey(item, i)], field, underWords));
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) visit(value, [...id, String(key.value)], String(key.value), underWords || words.has(String(key.value)));
      }
    }
  };
  visit(parseJson(text, file), [], '', false);
  return units;
}

/** The CLDR plural suffixes i18next adds to a key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A few numbers that take a plural form in a language, as a translator's example (`2, 3, 4`). */
export function pluralExamples(locale: string, category: string): string {
  const rules = new Intl.PluralRules(locale);
  const whole = Array.from({ length: 200 }, (_, n) => n).filter((n) => rules.select(n) === category);
  const found = whole.length ? whole : [0.5, 1.5, 2.5].filter((n) => rules.select(n) === category);
  return found.slice(0, 4).map((n) => n.toLocaleString(locale)).join(', ');
}

/**
 * The interface strings as units for one language: a plural key gets one unit per plural form
 * the language has (Czech: one, few, many, other), each with the English form it comes from as
 * its source, whatever forms English itself has.
 */
export function uiUnits(englishText: string, locale: string): FoundUnit[] {
  const file = 'locales/en/ui.json';
  const tree = parseJson(englishText, file);
  const english = new Map((tree.children ?? []).map((p) => [String(p.children![0]!.value), p.children![1]!] as const));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const units: FoundUnit[] = [];
  const area = (key: string) => `Interface (${key.split('.')[0]})`;
  for (const [key, node] of english) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      units.push({ ...unitAt(node, key, `${area(key)}: ${key}`, ''), short: String(node.value).length <= 30 });
      continue;
    }
    if (plural[1] !== 'other') continue;
    const base = key.slice(0, plural.index);
    for (const category of categories) {
      const from = english.get(`${base}_${category}`) ?? node;
      units.push({
        ...unitAt(from, `${base}_${category}`, `${area(key)}: ${base}, plural form “${category}” (CLDR), used for ${pluralExamples(locale, category)}`, ''),
        short: String(from.value).length <= 30,
      });
    }
  }
  return units;
}

/** Where a key's string sits in a language's ui.json, if it is there. */
export function uiPlaces(text: string, file: string): Map<string, FoundUnit> {
  const tree = parseJson(text, file);
  return new Map(
    (tree.children ?? []).map((property) => {
      const key = String(property.children![0]!.value);
      return [key, unitAt(property.children![1]!, key, key, '')] as const;
    }),
  );
}

