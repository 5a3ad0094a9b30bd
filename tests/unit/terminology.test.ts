// The key terms of the course brief, used the same way in every language: the glossary holds
// them, each locale's termbase (content/termbase/<locale>.json) names them and the secondary
// terms once, and no text of the locale slips into a competing rendering or a refused phrasing:
// not the content, not the interface's strings once their values are filled in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { termbaseSchema, type Termbase } from '../../src/schemas/termbase.ts';

/** The brief's key-terms table: glossary id → the term in each locale. */
const KEY_TERMS: Record<string, Record<string, string>> = {
  'internal-customer': { en: 'internal customer', 'pt-BR': 'cliente interno', cs: 'interní zákazník', es: 'cliente interno', it: 'cliente interno' },
  'external-customer': { en: 'external customer', 'pt-BR': 'cliente externo', cs: 'externí zákazník', es: 'cliente externo', it: 'cliente esterno' },
  'internal-supplier': { en: 'internal supplier', 'pt-BR': 'fornecedor interno', cs: 'interní dodavatel', es: 'proveedor interno', it: 'fornitore interno' },
  'inverted-pyramid': { en: 'inverted pyramid', 'pt-BR': 'pirâmide invertida', cs: 'obrácená pyramida', es: 'pirámide invertida', it: 'piramide rovesciata' },
  'moments-of-truth': { en: 'moments of truth', 'pt-BR': 'momentos da verdade', cs: 'momenty pravdy', es: 'momentos de la verdad', it: 'momenti della verità' },
  'front-line': { en: 'front line', 'pt-BR': 'linha de frente', cs: 'první linie', es: 'primera línea', it: 'prima linea' },
  payroll: { en: 'payroll', 'pt-BR': 'folha de pagamento', cs: 'mzdová účtárna', es: 'nóminas', it: 'ufficio paghe' },
  'customer-service-representative': {
    en: 'customer service representative',
    'pt-BR': 'representante de atendimento',
    cs: 'pracovník zákaznického servisu',
    es: 'agente de atención al cliente',
    it: 'addetto al servizio clienti',
  },
  'service-chain': { en: 'service chain', 'pt-BR': 'cadeia de serviço', cs: 'řetězec služeb', es: 'cadena de servicio', it: 'catena del servizio' },
  'customer-for-a-day': { en: 'customer for a day', 'pt-BR': 'cliente por um dia', cs: 'zákazníkem na jeden den', es: 'cliente por un día', it: 'cliente per un giorno' },
};

const root = join(import.meta.dirname, '../../content');
const glossaryTerms = (locale: string): Record<string, string> =>
  Object.fromEntries(
    (JSON.parse(readFileSync(join(root, 'glossary', `${locale}.json`), 'utf8')) as { terms: Array<{ id: string; term: string }> }).terms.map((t) => [t.id, t.term]),
  );
/** Every text of a locale a learner or trainer reads, the interface's strings apart. */
const contentFiles = (locale: string) => [
  ...['lessons', 'questions', 'final-test', 'scenarios', 'workshop'].flatMap((folder) =>
    readdirSync(join(root, folder, locale)).map((name) => `${folder}/${locale}/${name}`),
  ),
  `glossary/${locale}.json`,
  `cast/${locale}.json`,
];
const termbase = (locale: string): Termbase => termbaseSchema.parse(JSON.parse(readFileSync(join(root, 'termbase', `${locale}.json`), 'utf8')));
/** What a locale refuses, each with what to write instead. */
const refusalsOf = (locale: string) => {
  const { terms, phrasing } = termbase(locale);
  return [
    ...terms.flatMap((t) => t.refused.map((source) => ({ pattern: new RegExp(source, 'iu'), instead: `the term "${t.term}"` }))),
    ...phrasing.map((p) => ({ pattern: new RegExp(p.refused, 'iu'), instead: `"${p.write}" (${p.why})` })),
  ];
};

/** Values like the ones the course fills in: counts that take every plural form, percentages, a name, a date. */
const SAMPLE_NUMBERS = [0, 1, 2, 3, 5, 8, 11, 21, 80];
function renderedStrings(locale: string): Array<{ key: string; text: string }> {
  const { t } = createTranslator(locale);
  const source = JSON.parse(readFileSync(join(root, '../locales', course.sourceLocale, 'ui.json'), 'utf8')) as Record<string, string>;
  const keys = [...new Set(Object.keys(source).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];
  const percent = (n: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(n / 100);
  return keys.flatMap((key) =>
    SAMPLE_NUMBERS.map((n) => ({
      key,
      text: t(key, {
        count: n, number: n, total: n, minutes: n, position: n, right: n,
        percent: percent(n), score: percent(n), mark: percent(n),
        name: 'Alex Morgan', title: 'Title', item: 'Item', place: 'Place', example: '12',
        date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(2026, 11, 1)),
      }),
    })),
  );
}

describe.each(course.locales)('key terms in %s', (locale) => {
  it('the glossary holds every key term of the brief, as the brief words it', () => {
    const terms = glossaryTerms(locale);
    const wrong = Object.entries(KEY_TERMS)
      .filter(([id, words]) => terms[id]?.toLocaleLowerCase(locale) !== words[locale])
      .map(([id, words]) => `content/glossary/${locale}.json: term "${id}" is "${terms[id] ?? '(missing)'}", the brief says "${words[locale]}"`);
    expect(wrong).toEqual([]);
  });

  it('names every term of the source termbase, the brief\'s key terms as the brief words them', () => {
    const { terms } = termbase(locale);
    expect(terms.map((t) => t.id).sort()).toEqual(termbase(course.sourceLocale).terms.map((t) => t.id).sort());
    const wrong = terms.filter((t) => KEY_TERMS[t.id] && KEY_TERMS[t.id]![locale] !== t.term.toLocaleLowerCase(locale));
    expect(wrong.map((t) => `content/termbase/${locale}.json: "${t.id}" is "${t.term}", the brief says "${KEY_TERMS[t.id]![locale]}"`)).toEqual([]);
  });

  it('no text of the locale uses a competing rendering or a refused phrasing', () => {
    const refusals = refusalsOf(locale);
    const drift = contentFiles(locale).flatMap((file) => {
      // A no-break space (Czech after "a", "v"…) matches a refusal written with a plain one.
      const text = readFileSync(join(root, file), 'utf8').replaceAll('\u00a0', ' ');
      return refusals
        .filter(({ pattern }) => pattern.test(text))
        .map(({ pattern, instead }) => `content/${file}: ${text.match(pattern)?.[0]} → write ${instead}`);
    });
    expect(drift).toEqual([]);
  });

  // Every string, nine times over: a second or two on a busy machine.
  it('no interface string, with its values filled in, uses a refused phrasing', { timeout: 30_000 }, () => {
    const refusals = refusalsOf(locale);
    const plain = renderedStrings(locale).map(({ key, text }) => ({ key, text: text.replaceAll('\u00a0', ' ') }));
    const drift = plain.flatMap(({ key, text }) =>
      refusals
        .filter(({ pattern }) => pattern.test(text))
        .map(({ pattern, instead }) => `locales/${locale}/ui.json "${key}": "${text.match(pattern)?.[0]}" in "${text}" → write ${instead}`),
    );
    expect([...new Set(drift)]).toEqual([]);
  });
});

describe('Czech typography', () => {
  it('binds one-letter prepositions and conjunctions to the next word with a no-break space', () => {
    const files = [...contentFiles('cs'), ...readdirSync(join(root, 'workshop/cs')).map((f) => `workshop/cs/${f}`), 'glossary/cs.json', '../locales/cs/ui.json'];
    const loose = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        // A word begins at a line's start, after a space, a bracket or an opening quote, mark or
        // link, and at the start of a JSON string.
        .flatMap((line, i) => (/(^|[\s(„"*[])[vkszouaiVKSZOUAI]( \S|$)/u.test(line) ? [`content/${file}:${i + 1}`] : [])),
    );
    expect(loose).toEqual([]);
  });
});
