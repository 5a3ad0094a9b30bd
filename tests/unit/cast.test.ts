// The recurring people: every speaker of a scenario and of a dialogue is in the cast, named in
// every language; a broken reference names the file and the field.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameProblems } from '../../src/course/check-names.ts';
import { castProblems, speakerRefsIn, type CastNamesEntry, type LessonEntry, type ScenarioEntry, type WorkshopEntry } from '../../src/course/check-catalog.ts';
import { drawSprite } from '../../src/components/people/sprite.ts';
import { symbolId } from '../../src/components/people/symbols.ts';
import { castMemberSchema, castNamesSchema, MOODS, type CastMember } from '../../src/schemas/cast.ts';
import { scenarioSchema, SETTINGS } from '../../src/schemas/scenario.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const course = JSON.parse(read('content/course.json')) as { locales: string[]; sourceLocale: string };
const cast: CastMember[] = castMemberSchema.array().parse(JSON.parse(read('content/cast.json')));

const castNames: CastNamesEntry[] = course.locales.map((locale) => ({
  locale,
  name: 'cast',
  file: `content/cast/${locale}.json`,
  data: castNamesSchema.parse(JSON.parse(read(`content/cast/${locale}.json`))),
}));
const scenarios: ScenarioEntry[] = course.locales.flatMap((locale) =>
  readdirSync(resolve(root, `content/scenarios/${locale}`)).map((file) => ({
    locale,
    name: file.replace(/\.json$/, ''),
    file: `content/scenarios/${locale}/${file}`,
    data: scenarioSchema.parse(JSON.parse(read(`content/scenarios/${locale}/${file}`))),
  })),
);
const lessons = course.locales.flatMap((locale) =>
  readdirSync(resolve(root, `content/lessons/${locale}`)).map((file) => {
    const path = `content/lessons/${locale}/${file}`;
    return { locale, file: path, speakerRefs: speakerRefsIn(read(path)) } as LessonEntry;
  }),
);

describe('the cast', () => {
  it('holds every speaker of every scenario and dialogue, named in every locale', () => {
    expect(castProblems(course.locales, course.sourceLocale, { cast, castNames, scenarios, lessons })).toEqual([]);
    expect(scenarios.flatMap((s) => s.data.scenes.map((scene) => scene.speaker)).filter(Boolean).length).toBeGreaterThan(0);
    expect([...new Set(lessons.filter((l) => l.speakerRefs.length > 0).map((l) => l.locale))].sort()).toEqual([...course.locales].sort());
  });

  it('gives each character a face of their own', () => {
    const faces = cast.map((member) => JSON.stringify({ ...member.avatar, clothing: undefined }));
    expect(new Set(faces).size).toBe(cast.length);
  });

  it('names the file and the field of a speaker who is not in the cast', () => {
    const [first] = scenarios.filter((s) => s.locale === 'cs' && s.data.scenes.some((scene) => scene.speaker));
    const index = first!.data.scenes.findIndex((scene) => scene.speaker);
    const broken = structuredClone(first!);
    broken.data.scenes[index]!.speaker = 'ritta';
    expect(castProblems(course.locales, course.sourceLocale, { cast, castNames, scenarios: [broken] })).toEqual([
      `${first!.file}: field \`scenes[${index}].speaker\` is "ritta", who is not in content/cast.json`,
    ]);
  });

  it('names a dialogue line given to nobody, a locale that leaves someone unnamed, and a role left in English', () => {
    const lesson = { locale: 'es', file: 'content/lessons/es/x.mdx', speakerRefs: ['helena', 'nadie'] } as LessonEntry;
    const es = castNames.find((n) => n.locale === 'es')!;
    const en = castNames.find((n) => n.locale === 'en')!;
    const untranslated = { ...es, data: { ...es.data, people: es.data.people.filter((p) => p.id !== 'kofi').map((p) => (p.id === 'lena' ? { ...p, role: en.data.people.find((q) => q.id === 'lena')!.role } : p)) } };
    const problems = castProblems(course.locales, course.sourceLocale, { cast, castNames: [...castNames.filter((n) => n.locale !== 'es'), untranslated], lessons: [lesson] });
    expect(problems).toEqual([
      'content/cast/es.json: field `people` gives no name to "kofi" of content/cast.json',
      `content/cast/es.json: field \`people[${untranslated.data.people.findIndex((p) => p.id === 'lena')}].role\` is still the en text`,
      'content/lessons/es/x.mdx: who="nadie" (a <Line> or <Quote>) names nobody in content/cast.json',
    ]);
  });

  // Optimising the drawings takes a second or two on a busy machine.
  it('gives a workshop role played by one of the cast the name the cast gives them in that language', () => {
    const card = (locale: string, role: { who?: string; name: string }) =>
      ({ locale, name: 'payroll-cutoff', file: `content/workshop/${locale}/payroll-cutoff.json`, data: { kind: 'case', roles: [{ ...role, description: 'd' }] } }) as unknown as WorkshopEntry;
    const tomas = castNames.find((n) => n.locale === 'cs')!.data.people.find((p) => p.id === 'tomas')!.name;
    expect(castProblems(course.locales, course.sourceLocale, { cast, castNames, workshops: [card('cs', { who: 'tomas', name: `${tomas}, zástupce` })] })).toEqual([]);
    expect(castProblems(course.locales, course.sourceLocale, { cast, castNames, workshops: [card('cs', { who: 'tomas', name: 'Tomás, zástupce' }), card('cs', { who: 'tom', name: 'Tom' })] })).toEqual([
      `content/workshop/cs/payroll-cutoff.json: field \`roles[0].name\` "Tomás, zástupce" does not begin with "${tomas}", tomas's name in content/cast/cs.json`,
      'content/workshop/cs/payroll-cutoff.json: field `roles[0].who` is "tom", who is not in content/cast.json',
    ]);
  });

  it('is drawn once, in one well-formed SVG file every page shares: each person, face and setting a symbol', { timeout: 30_000 }, () => {
    const svg = drawSprite(cast, read('src/components/people/drawings.css'));
    const file = join(mkdtempSync(join(tmpdir(), 'people-')), 'people.svg');
    writeFileSync(file, svg);
    // Browsers read an external SVG as XML: one stray "<" and every face on every page is gone.
    execFileSync('xmllint', ['--noout', file]);
    const ids = [...svg.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(
      [...cast.flatMap((m) => [symbolId.person(m.id), symbolId.over(m.id)]), ...MOODS.map(symbolId.face), ...SETTINGS.map(symbolId.setting)].sort(),
    );
    // Painted by the file's own classes, with the page's colours (custom properties inherit through <use>).
    expect(svg).toMatch(/<style>[^<]*\.peep-paper\{fill:var\(--surface\)\}/);
    // Eleven people, four faces, four settings: about 5 KB a person.
    expect(svg.length).toBeLessThan(64_000);
  });
});

describe('the names of the course’s people', () => {
  const names = new Map(castNames.map((n) => [n.locale, new Map([...n.data.people, ...n.data.mentioned].map((p) => [p.id, p.name]))]));
  const files = ['lessons', 'questions', 'scenarios', 'final-test', 'workshop'].flatMap((kind) =>
    course.locales.flatMap((locale) =>
      readdirSync(resolve(root, `content/${kind}/${locale}`)).map((file) => ({ locale, file: `content/${kind}/${locale}/${file}`, text: read(`content/${kind}/${locale}/${file}`) })),
    ),
  );

  it('are one per person in every file of every language, as the language’s cast gives them', () => {
    expect(files.filter((f) => /\b(Irene|Marta|Ana)\b/.test(f.text) && f.locale === 'en').length).toBeGreaterThanOrEqual(3);
    expect(nameProblems(course.sourceLocale, names, files)).toEqual([]);
  });

  it('names a file that calls someone by another language’s name, or does not name them where the English does', () => {
    const texts = [
      { locale: 'en', file: 'content/questions/en/q.json', text: 'Irene asks Rita for the data.' },
      { locale: 'cs', file: 'content/questions/cs/q.json', text: 'Irene se ptá Rity na podklady.' },
      { locale: 'it', file: 'content/questions/it/q.json', text: 'Irene chiede i dati.' },
      { locale: 'pt-BR', file: 'content/questions/pt-BR/q.json', text: 'Irene pede os dados à Rita.' },
    ];
    // “Irene” reads as a form of Irena, declined: the English name is what gives it away.
    expect(nameProblems('en', names, texts)).toEqual([
      'content/questions/cs/q.json: calls irene “Irene”, the en name; in cs they are “Irena”',
      'content/questions/it/q.json: names no “Rita” (rita in content/cast/it.json), where the en text names Rita',
    ]);
  });
});
