import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackChain, matchLocale } from '../../src/i18n/locales.ts';
import { formatPlural, interpolate } from '../../src/i18n/plural.ts';
import { resourcesFrom, translationProblems } from '../../src/i18n/resources.ts';
import { formatPercent, formatWhole, wholeNumberStyle } from '../../src/i18n/whole-numbers.ts';
import { course } from '../../src/course/config.ts';

const available = ['en', 'pt-BR', 'cs', 'es', 'it'];

describe('matchLocale', () => {
  it('takes the first wanted language the course has', () => {
    expect(matchLocale([undefined, '', 'fr', 'cs', 'es'], available)).toBe('cs');
  });
  it('forgives case, underscores and regions', () => {
    expect(matchLocale(['PT_br'], available)).toBe('pt-BR');
    expect(matchLocale(['pt-PT'], available)).toBe('pt-BR');
    expect(matchLocale(['cs-CZ'], available)).toBe('cs');
    expect(matchLocale(['es-419'], available)).toBe('es');
  });
  it('returns undefined when nothing fits, so the caller picks the source', () => {
    expect(matchLocale(['de', 'fr-CA'], available)).toBeUndefined();
  });
});

describe('fallbackChain', () => {
  it('goes exact tag, base language, source', () => {
    expect(fallbackChain('pt-BR', 'en')).toEqual(['pt-BR', 'pt', 'en']);
    expect(fallbackChain('cs', 'en')).toEqual(['cs', 'en']);
    expect(fallbackChain('en', 'en')).toEqual(['en']);
  });
});

describe('formatPlural', () => {
  const czech = {
    one: '{{count}} lekce z {{total}}',
    few: '{{count}} lekce z {{total}} (few)',
    many: '{{count}} lekce z {{total}} (many)',
    other: '{{count}} lekcí z {{total}}',
  };
  it('uses all four Czech forms: one, few, many, other', () => {
    expect(formatPlural('cs', czech, 1, { total: 7 })).toBe('1 lekce z 7');
    expect(formatPlural('cs', czech, 3, { total: 7 })).toBe('3 lekce z 7 (few)');
    expect(formatPlural('cs', czech, 1.5, { total: 7 })).toBe('1,5 lekce z 7 (many)');
    expect(formatPlural('cs', czech, 5, { total: 7 })).toBe('5 lekcí z 7');
    expect(formatPlural('cs', czech, 0, { total: 7 })).toBe('0 lekcí z 7');
  });
  it('falls back to "other" when a form is missing, and formats numbers for the locale', () => {
    expect(formatPlural('pt-BR', { one: '{{count}} lição', other: '{{count}} lições' }, 1000000)).toBe('1.000.000 lições');
  });
  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });
});

describe('translationProblems', () => {
  const resources = resourcesFrom({
    '../../locales/en/ui.json': { 'a.title': 'Title', 'a.count_one': '{{count}} item', 'a.count_other': '{{count}} items' },
    '../../locales/cs/ui.json': { 'a.count_one': 'x', 'a.count_few': 'x', 'a.count_other': 'x', 'a.extra': 'x' },
  });
  it('names the file, the missing key and the plural forms the locale needs', () => {
    expect(translationProblems(resources, 'en')).toEqual([
      'locales/cs/ui.json lacks "a.title": en text is shown instead',
      'locales/cs/ui.json lacks "a.count_many": en text is shown instead',
      'locales/cs/ui.json has "a.extra", which en does not have',
    ]);
  });
});

describe('the course’s own UI strings', () => {
  it('are complete and translated in every locale', () => {
    const dir = join(import.meta.dirname, '../../locales');
    const files = Object.fromEntries(
      readdirSync(dir).flatMap((locale) => readdirSync(join(dir, locale)).map((f) => [`locales/${locale}/${f}`, JSON.parse(readFileSync(join(dir, locale, f), 'utf8'))])),
    );
    expect(translationProblems(resourcesFrom(files), 'en')).toEqual([]);
  });
});

describe('whole numbers on the launch page, without Intl at start-up', () => {
  it.for(course.locales)('writes counts and percentages in %s exactly as Intl does', (locale) => {
    const style = wholeNumberStyle(locale);
    expect(style.plainDigits).toBe(true);
    for (let n = 0; n < 1000; n += 7) expect(formatWhole(locale, style, n)).toBe(new Intl.NumberFormat(locale).format(n));
    for (let share = 0; share <= 1; share += 1 / 17) expect(formatPercent(locale, style, share)).toBe(new Intl.NumberFormat(locale, { style: 'percent' }).format(share));
    for (const share of [1, 0.005, 0.125, 0.145, 0.285, 0.995]) expect(formatPercent(locale, style, share)).toBe(new Intl.NumberFormat(locale, { style: 'percent' }).format(share));
  });

  it('leaves to Intl what plain digits cannot write', () => {
    const style = wholeNumberStyle('en');
    expect(formatWhole('en', style, 12345)).toBe('12,345');
    expect(formatWhole('ar-EG', wholeNumberStyle('ar-EG'), 42)).toBe(new Intl.NumberFormat('ar-EG').format(42));
  });
});
