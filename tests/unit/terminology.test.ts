// The key terms of the course brief, used the same way in every language: the glossary holds
// them, and no lesson, question or scenario slips into a competing translation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';

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

/** Competing translations of those terms that a translator might reach for: each is a sign of drift. */
const OFF_GLOSSARY: Record<string, RegExp[]> = {
  'pt-BR': [/pirâmide inversa/i, /primeira linha/i, /momentos de verdade/i, /cadeia de serviços/i],
  cs: [/vnitřní\p{L}* zákazn/iu, /vnější\p{L}* zákazn/iu, /převrácen\p{L}* pyramid/iu, /okamžik\p{L}* pravdy/iu, /přední lini/iu, /řetěz\p{L}* služby/iu],
  es: [/pirámide inversa/i, /momentos de verdad/i, /línea de frente/i, /cadena de servicios/i],
  it: [/piramide (invertita|capovolta)/i, /momenti di verità/i, /cliente externo/i, /catena (di|dei) servizi/i, /prima fila/i],
};

const root = join(import.meta.dirname, '../../content');
const glossaryTerms = (locale: string): Record<string, string> =>
  Object.fromEntries(
    (JSON.parse(readFileSync(join(root, 'glossary', `${locale}.json`), 'utf8')) as { terms: Array<{ id: string; term: string }> }).terms.map((t) => [t.id, t.term]),
  );
const contentFiles = (locale: string) =>
  ['lessons', 'questions', 'final-test', 'scenarios'].flatMap((folder) =>
    readdirSync(join(root, folder, locale)).map((name) => `${folder}/${locale}/${name}`),
  );

describe.each(course.locales)('key terms in %s', (locale) => {
  it('the glossary holds every key term of the brief, as the brief words it', () => {
    const terms = glossaryTerms(locale);
    const wrong = Object.entries(KEY_TERMS)
      .filter(([id, words]) => terms[id]?.toLocaleLowerCase(locale) !== words[locale])
      .map(([id, words]) => `content/glossary/${locale}.json: term "${id}" is "${terms[id] ?? '(missing)'}", the brief says "${words[locale]}"`);
    expect(wrong).toEqual([]);
  });

  it('no lesson, question or scenario uses a competing translation', () => {
    const drift = contentFiles(locale).flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return (OFF_GLOSSARY[locale] ?? []).filter((pattern) => pattern.test(text)).map((pattern) => `content/${file}: ${pattern.source}`);
    });
    expect(drift).toEqual([]);
  });
});

describe('Czech typography', () => {
  it('binds one-letter prepositions and conjunctions to the next word with a no-break space', () => {
    const files = [...contentFiles('cs'), ...readdirSync(join(root, 'workshop/cs')).map((f) => `workshop/cs/${f}`), 'glossary/cs.json', '../locales/cs/ui.json'];
    const loose = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/(^|[\s(„])[vkszouaiVKSZOUAI]( \S|$)/u.test(line) ? [`content/${file}:${i + 1}`] : [])),
    );
    expect(loose).toEqual([]);
  });
});
