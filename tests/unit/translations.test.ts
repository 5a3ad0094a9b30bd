// The translators' round trip (src/translation): every language exports as valid XLIFF 2.0
// and imports back without changing a byte; bad files are refused, naming the unit, with
// nothing written; stale translations are tracked; a language can start from an export alone.
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xliff2js } from 'xliff';
import { reportStaleTranslations } from '../../src/build/translations.ts';
import { course as config } from '../../src/course/config.ts';
import { documentsFor, sourceUnits, targetUnits } from '../../src/translation/documents.ts';
import { keyOf, plainText, type Inline } from '../../src/translation/inline.ts';
import { pseudoLocaleFiles, pseudoTarget, pseudoTranslate } from '../../src/translation/pseudo.ts';
import { confirmTranslations, exportXliff, ImportError, importXliff, staleUnits, type Course } from '../../src/translation/round-trip.ts';
import { loadTerms } from '../../src/translation/terms.ts';
import { validateXliff } from '../../src/translation/validate.ts';
import { wrapProse } from '../../src/translation/write.ts';
import { readXliff, writeXliff, XLIFF_NS } from '../../src/translation/xliff.ts';

const root = resolve(import.meta.dirname, '../..');
const course: Course = { root, sourceLocale: config.sourceLocale, version: config.version };
const LOCALES = config.locales.filter((l) => l !== config.sourceLocale);

const exportFor = (at: Course, locale: string, stale = false) => exportXliff(at, { locale, stale, terms: loadTerms(at.root, at.sourceLocale, locale) });
/** Each language's export of the course as it is, made once for the tests that read it. */
const exports = new Map<string, ReturnType<typeof exportFor>>();
const exportOf = (locale: string) => exports.get(locale) ?? exports.set(locale, exportFor(course, locale)).get(locale)!;

/** A copy of the course's words (content/ and locales/) to change freely. */
const copies: string[] = [];
function copyOfCourse(): Course {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  copies.push(dir);
  for (const folder of ['content', 'locales']) cpSync(join(root, folder), join(dir, folder), { recursive: true, filter: (path) => !path.includes(`${config.pseudoLocale}`) });
  return { ...course, root: dir };
}
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The XLIFF with one unit's segment changed through the DOM, as a translator's tool would. */
function editUnit(xml: string, file: string, unit: string, change: (segment: Element) => void): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const files = Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'file')).filter((f) => f.getAttribute('id') === file);
  const found = files.flatMap((f) => Array.from(f.getElementsByTagNameNS(XLIFF_NS, 'unit'))).find((u) => u.getAttribute('id') === unit);
  if (!found) throw new Error(`no unit ${file} ${unit}`);
  change(found.getElementsByTagNameNS(XLIFF_NS, 'segment')[0]!);
  return new XMLSerializer().serializeToString(doc);
}
/** The XLIFF with only the files named: a partial export, as --stale gives, and cheaper to edit. */
function onlyFiles(xml: string, ids: readonly string[]): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  for (const file of Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'file'))) if (!ids.includes(file.getAttribute('id')!)) file.parentNode!.removeChild(file);
  return new XMLSerializer().serializeToString(doc);
}
/** The files the refusals below edit. */
const REFUSED_IN = ['lessons.payroll-case', 'lessons.engineering-case', 'glossary', 'ui'];
const targetOf = (segment: Element) => segment.getElementsByTagNameNS(XLIFF_NS, 'target')[0]!;
const sourceOf = (segment: Element) => segment.getElementsByTagNameNS(XLIFF_NS, 'source')[0]!;

/** The problems an import refuses with (and proof that it refused). */
function refusal(at: Course, xml: string): string[] {
  try {
    importXliff(at, xml);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe.each(LOCALES)('the round trip in %s', (locale) => {
  const { xml, units } = exportOf(locale);

  it('exports every unit as valid XLIFF 2.0 with today’s translation as the target', () => {
    expect(validateXliff(xml)).toEqual({ valid: true, errors: [] });
    expect(units).toBeGreaterThan(1000);
    const read = readXliff(xml);
    const all = read.files.flatMap((f) => f.units);
    expect(all.length).toBe(units);
    expect(all.filter((u) => !u.target)).toEqual([]);
    expect(new Set(all.map((u) => u.state))).toEqual(new Set(['final']));
    expect(read.files.map((f) => f.id)).toEqual(documentsFor(root, 'en', locale).map((d) => d.id));
  });

  it('tells the translator where each unit appears, the key terms it holds and the room a short one has', () => {
    const terms = loadTerms(root, 'en', locale);
    const rendering = terms.target.get('internal-customer')!.term;
    const unit = (file: string, id: string) => {
      const doc = new DOMParser().parseFromString(xml, 'text/xml');
      const found = Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'file')).find((f) => f.getAttribute('id') === file)!;
      const element = Array.from(found.getElementsByTagNameNS(XLIFF_NS, 'unit')).find((u) => u.getAttribute('id') === id)!;
      return Array.from(element.getElementsByTagNameNS(XLIFF_NS, 'note')).map((n) => [n.getAttribute('category'), n.textContent]);
    };
    const notes = unit('lessons.payroll-case', 'b10.1.0.0');
    expect(notes[0]).toEqual(['location', 'Lesson payroll-case “Case study: payroll”: List item inside <InShort>, in the section “In short”']);
    expect(notes).toContainEqual(['term', `Key term “internal customer”: write “${rendering}”.`]);
    expect(unit('lessons.payroll-case', 'title')).toContainEqual(['length', 'Shown where room is short: at most 27 characters.']);
  });

  it('imports back unchanged: not one byte of any file differs', () => {
    const result = importXliff(course, xml);
    expect([...result.files.keys()]).toEqual([]);
    expect(result.changed).toBe(0);
  });

  it('reads back with the xliff package: every file and unit, with its source and target', async () => {
    const read = await xliff2js(xml);
    expect(read.targetLanguage).toBe(locale);
    const ours = readXliff(xml);
    for (const file of ours.files) {
      const theirs = read.resources[file.id]!;
      expect(Object.keys(theirs)).toEqual(file.units.map((u) => u.id));
      // That reader drops white space standing alone between two codes: compare words only.
      const words = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? value.map(words).join('') : value && typeof value === 'object' ? words(Object.values(value)[0]?.contents ?? '') : '');
      for (const unit of file.units) {
        expect(words(theirs[unit.id]!.source).replace(/\s+/g, '')).toBe(plainText(unit.source).replace(/\s+/g, ''));
        expect(words(theirs[unit.id]!.target).replace(/\s+/g, '')).toBe(plainText(unit.target!).replace(/\s+/g, ''));
      }
    }
  });
});

describe.each(LOCALES)('an import refused in %s names the unit and changes nothing', (locale) => {
  const xml = onlyFiles(exportOf(locale).xml, REFUSED_IN);

  it('refuses a file exported from another English', () => {
    const edited = editUnit(xml, 'lessons.payroll-case', 'b1', (s) => (sourceOf(s).firstChild!.nodeValue = 'Many internal services are visible.'));
    expect(refusal(course, edited)).toEqual(["lessons.payroll-case, unit b1: the source is not today's English (the file was exported from another version; export again)"]);
  });

  it('refuses a target that lost an inline code', () => {
    const lost = editUnit(xml, 'lessons.engineering-case', 'b8.0', (s) => {
      const code = targetOf(s).getElementsByTagNameNS(XLIFF_NS, 'ph')[0]!;
      code.parentNode!.removeChild(code);
    });
    expect(refusal(course, lost)).toEqual(['lessons.engineering-case, unit b8.0: inline code 1 (<Amount value={125000} currency="USD" />) is missing from the target']);
  });

  it('refuses a placeholder dropped, or typed as text', () => {
    const dropped = editUnit(xml, 'ui', 'shell.frameTitle', (s) => {
      const target = targetOf(s);
      while (target.firstChild) target.removeChild(target.firstChild);
      target.appendChild(target.ownerDocument!.createTextNode('Lekce'));
    });
    expect(refusal(course, dropped)).toEqual(['ui, unit shell.frameTitle: placeholder {{title}} is missing from the target']);
    const typed = editUnit(xml, 'ui', 'shell.frameTitle', (s) => targetOf(s).appendChild(s.ownerDocument!.createTextNode(' {{count}}')));
    expect(refusal(course, typed)).toEqual(['ui, unit shell.frameTitle: placeholder {{count}} was typed as text, not kept as a code']);
  });
});

/** Refusals that do not depend on the language. */
describe('an import refused', () => {
  const xml = onlyFiles(exportOf('cs').xml, REFUSED_IN);

  it('names a code held twice, or one the source lacks', () => {
    const twice = editUnit(xml, 'lessons.engineering-case', 'b8.0', (s) => {
      const target = targetOf(s);
      target.appendChild(target.getElementsByTagNameNS(XLIFF_NS, 'ph')[0]!.cloneNode(true));
    });
    expect(refusal(course, twice)).toEqual(['lessons.engineering-case, unit b8.0: inline code 1 (<Amount value={125000} currency="USD" />) appears 2 times in the target']);
    const unknown = editUnit(xml, 'lessons.engineering-case', 'b8.0', (s) => targetOf(s).getElementsByTagNameNS(XLIFF_NS, 'ph')[0]!.setAttribute('id', '9'));
    expect(refusal(course, unknown)).toContain('lessons.engineering-case, unit b8.0: inline code 9 is not in the source');
  });

  it('names units and files the course does not have, and a file that is not XLIFF', () => {
    const unknownUnit = editUnit(xml, 'glossary', 'terms.internal-customer.term', (s) => (s.parentNode as Element).setAttribute('id', 'terms.nobody.term'));
    expect(refusal(course, unknownUnit)).toEqual(['glossary, unit terms.nobody.term: no such unit in content/glossary/en.json']);
    expect(refusal(course, xml.replace('<file id="glossary"', '<file id="handbook"'))).toEqual(['file handbook is not a part of this course']);
    expect(refusal(course, xml.slice(0, 5000))[0]).toMatch(/^not well-formed XML/);
    expect(refusal(course, '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')[0]).toMatch(/^not an XLIFF 2 document/);
  });
});

describe('writing translations back', () => {
  it('writes a changed unit in place, escaping what would read as markup, and leaves every other byte', () => {
    const copy = copyOfCourse();
    const path = 'content/lessons/cs/payroll-case.mdx';
    const before = readFileSync(join(root, path), 'utf8');
    const tricky = 'Mzdy *nikdy* nečekají: <b>uzávěrka</b> je {pevná} a [neměnná] — 100 % _jistota_ & kázeň.';
    const xml = editUnit(exportFor(copy, 'cs').xml, 'lessons.payroll-case', 'b1', (s) => (targetOf(s).firstChild!.nodeValue = tricky));
    const result = importXliff(copy, xml);
    // The record does not change: the unit was, and is, translated from today's English.
    expect([...result.files.keys()]).toEqual([path]);
    expect(result.changed).toBe(1);
    const after = result.files.get(path)!;
    const unit = (text: string) => targetUnits(documentsFor(root, 'en', 'cs').find((d) => d.target === path)!, text).get('b1')!;
    expect(plainText(unit(after).content)).toBe(tricky);
    // Everything around the unit is as it was.
    const { start, end } = unit(before).place;
    const { start: newStart, end: newEnd } = unit(after).place;
    expect(after.slice(0, newStart)).toBe(before.slice(0, start));
    expect(after.slice(newEnd)).toBe(before.slice(end));
  });

  it('wraps rewritten prose at 100 columns without starting a line with block markup', () => {
    const text: Inline[] = ['Word '.repeat(30), { kind: 'ph', id: '1', data: '<Amount value={125000} currency="USD" />' }, ' costs - about 1. the same # as > before '.repeat(4)];
    const wrapped = wrapProse(text, 2);
    for (const line of wrapped.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line.trimStart()).not.toMatch(/^([#>|=+-]|\*|\d+[.)])/);
    }
    expect(wrapped).toContain('<Amount value={125000} currency="USD" />');
  });

  it('adds the plural forms a language has and English has not, after the forms before them', () => {
    const copy = copyOfCourse();
    const path = join(copy.root, 'locales/cs/ui.json');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/\n {2}"shell\.progress_few": "[^"]*",/, ''));
    expect(staleUnits(copy, 'cs').map((u) => [u.unit, u.reason])).toEqual([['shell.progress_few', 'missing']]);
    const { xml } = exportFor(copy, 'cs');
    const few = readXliff(xml).files.find((f) => f.id === 'ui')!.units.find((u) => u.id === 'shell.progress_few')!;
    expect(few.target).toBeUndefined();
    const filled = editUnit(xml, 'ui', 'shell.progress_few', (s) => {
      const target = s.ownerDocument!.createElementNS(XLIFF_NS, 'target');
      const [count, total] = Array.from(sourceOf(s).getElementsByTagNameNS(XLIFF_NS, 'ph'));
      target.appendChild(count!.cloneNode(true));
      target.appendChild(s.ownerDocument!.createTextNode(' hotové lekce z\u00a0'));
      target.appendChild(total!.cloneNode(true));
      s.appendChild(target);
    });
    expect(importXliff(copy, filled).files.get('locales/cs/ui.json')).toBe(original);
  });
});

describe('stale translations', () => {
  const copy = copyOfCourse();
  const english = join(copy.root, 'content/lessons/en/payroll-case.mdx');
  writeFileSync(english, readFileSync(english, 'utf8').replace('When it works, nobody thinks about it.', 'When it works, nobody gives it a thought.'));

  it.each(LOCALES)('after an English edit, %s lists exactly the changed unit, and --stale exports exactly it', (locale) => {
    expect(staleUnits(copy, locale).map((u) => [u.file, u.unit, u.reason])).toEqual([[`content/lessons/${locale}/payroll-case.mdx`, 'b1', 'changed']]);
    const { xml, units } = exportFor(copy, locale, true);
    expect(units).toBe(1);
    expect(validateXliff(xml).valid).toBe(true);
    const [unit] = readXliff(xml).files.flatMap((f) => f.units);
    expect(unit!.state).toBe('initial');
    expect(xml).toContain('The English changed since this was translated');
    expect(xml).toContain('Lesson payroll-case “Case study: payroll”: Paragraph');
  });

  it('stays stale when its translation comes back untouched, and is current once translated again', () => {
    const { xml } = exportFor(copy, 'it', true);
    expect(importXliff(copy, xml).files.size).toBe(0);
    const translated = editUnit(xml, 'lessons.payroll-case', 'b1', (s) => s.setAttribute('state', 'translated'));
    const result = importXliff(copy, translated);
    expect([...result.files.keys()]).toEqual(['content/translated-from/it.json']);
    expect(result.confirmed).toBe(1);
    writeFileSync(join(copy.root, 'content/translated-from/it.json'), result.files.get('content/translated-from/it.json')!);
    expect(staleUnits(copy, 'it')).toEqual([]);
  });

  it('is marked current, unit by unit, once a translation is updated by hand', () => {
    const { record, count } = confirmTranslations(copy, 'es', new Set(['lessons.payroll-case:b1']));
    expect(count).toBe(1);
    expect(confirmTranslations(copy, 'es', new Set(['lessons.payroll-case:b2'])).count).toBe(0);
    writeFileSync(join(copy.root, 'content/translated-from/es.json'), record);
    expect(staleUnits(copy, 'es')).toEqual([]);
  });

  it('is listed by the build, with file and unit', () => {
    const warnings: string[] = [];
    reportStaleTranslations({ info: () => {}, warn: (m) => warnings.push(m) }, copy.root);
    expect(warnings.join('\n')).toContain('content/lessons/cs/payroll-case.mdx b1: the English changed since it was translated');
    expect(warnings.join('\n')).toContain('npm run translations:export -- --locale cs --stale');
  });
});

describe('a new language', () => {
  it('starts from an export alone: translated and imported, it is what the pseudo-locale build writes', () => {
    const copy = copyOfCourse();
    const { xml, units } = exportFor(copy, 'pl');
    expect(validateXliff(xml).valid).toBe(true);
    const read = readXliff(xml);
    expect(read.files.flatMap((f) => f.units).every((u) => !u.target && u.state === 'initial')).toBe(true);
    // Polish has four plural forms: each is a unit, with its numbers in the note.
    expect(xml).toMatch(/plural form “few” \(CLDR\), used for 2, 3, 4, 22/);
    for (const file of read.files) for (const unit of file.units) unit.target = pseudoTarget(file.id, unit.id, unit.source);
    const result = importXliff(copy, writeXliff(read));
    const expected = pseudoLocaleFiles(root, 'en', 'pl');
    expect([...result.files.keys()].filter((p) => !p.includes('translated-from')).sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(result.files.get(path), path).toBe(text);
    expect(result.changed).toBe(units);
  });
});

describe('the pseudo-locale', () => {
  const files = pseudoLocaleFiles(root, 'en', 'en-XA');

  it('translates every unit of every file: longer by at least 35 %, in brackets, codes kept', () => {
    let english = 0;
    let pseudo = 0;
    for (const document of documentsFor(root, 'en', 'en-XA')) {
      const source = sourceUnits(document, readFileSync(join(root, document.source), 'utf8'), 'en-XA');
      const target = targetUnits(document, files.get(document.target)!);
      for (const unit of source) {
        const theirs = target.get(unit.id)!;
        expect(keyOf(theirs.content), `${document.target} ${unit.id}`).not.toBe(keyOf(unit.content));
        english += plainText(unit.content).length;
        pseudo += plainText(theirs.content).length;
      }
    }
    expect(pseudo / english).toBeGreaterThanOrEqual(1.35);
    expect(pseudoTranslate(['Next'])).toEqual(['[', 'Ñééxţ', ']']);
    expect(plainText(pseudoTranslate(['Payroll'])).length).toBeGreaterThanOrEqual(Math.ceil(7 * 1.35));
  });
});
