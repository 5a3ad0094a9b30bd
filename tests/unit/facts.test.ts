// The brief's facts, present in every language: names, years, the book and the amount are
// written exactly, and every key term is used in the lessons themselves, not only in the glossary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { formatMoney } from '../../src/i18n/money.ts';

const root = join(import.meta.dirname, '../../content');
const textOf = (locale: string, folders: string[]) =>
  folders.flatMap((folder) => readdirSync(join(root, folder, locale)).map((name) => readFileSync(join(root, folder, locale, name), 'utf8'))).join('\n');

/** Written the same way in every language. */
const FACTS = ['Jan Carlzon', 'Scandinavian Airlines', 'SAS', 'Moments of Truth', 'Joseph M. Juran', '1988', 'Donna Earl', '2004'];

/** "The 1980s", as each language says it. */
const EIGHTIES: Record<string, RegExp> = {
  en: /1980s/,
  'pt-BR': /(anos|década de) (19)?80/,
  cs: /80\.\s+let|osmdesátých let/,
  es: /(años|década de) (ochenta|(19)?80)/,
  it: /anni (Ottanta|’80)/,
};

describe.each(course.locales)('the facts of the brief, in %s', (locale) => {
  const lessons = textOf(locale, ['lessons']);
  // Speakers' roles live in the cast file since scenarios name speakers by id.
  const everything = [textOf(locale, ['lessons', 'questions', 'final-test', 'scenarios']), readFileSync(join(root, 'cast', `${locale}.json`), 'utf8')].join('\n');

  it('names the people, the book, the airline and the years exactly', () => {
    expect(FACTS.filter((fact) => !lessons.includes(fact))).toEqual([]);
    expect(lessons).toMatch(EIGHTIES[locale]!);
  });

  it('gives the cost of one wrong shipment as the locale writes it', () => {
    // Lessons place it with <Amount value={125000} currency="USD" />; questions and scenarios write it out.
    const amount = formatMoney(locale, 125000, 'USD');
    expect(lessons.includes('<Amount value={125000} currency="USD" />'), 'a lesson places the amount').toBe(true);
    expect(everything.includes(amount), `a question or scenario writes "${amount}"`).toBe(true);
  });

  it('uses every key term of the glossary in the lessons or questions', () => {
    const glossary = JSON.parse(readFileSync(join(root, 'glossary', `${locale}.json`), 'utf8')) as { terms: Array<{ id: string; term: string }> };
    const text = everything.toLocaleLowerCase(locale);
    expect(glossary.terms.filter((t) => !text.includes(t.term.toLocaleLowerCase(locale))).map((t) => `${t.id}: "${t.term}"`)).toEqual([]);
  });
});

describe('the final-test bank', () => {
  const bank = readdirSync(join(root, 'final-test', course.sourceLocale)).map(
    (name) => JSON.parse(readFileSync(join(root, 'final-test', course.sourceLocale, name), 'utf8')) as { objective: number; type: string },
  );

  it('holds at least 30 questions in at least five types (other locales mirror it: the build checks)', () => {
    expect(bank.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bank.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
  });

  it('checks each of the six course objectives with at least three questions', () => {
    const perObjective = [1, 2, 3, 4, 5, 6].map((objective) => bank.filter((q) => q.objective === objective).length);
    expect(perObjective.every((n) => n >= 3), `questions per objective: ${perObjective.join(', ')}`).toBe(true);
    expect(bank.every((q) => q.objective >= 1 && q.objective <= 6)).toBe(true);
  });
});
