// npm run translations:export -- --locale cs [--stale] [--out FILE]
// npm run translations:import -- FILE.xlf
// npm run translations:confirm -- --locale cs [--unit lessons.payroll-case:b3 …]
// The translators' round trip; README “Translating the course” tells the whole story.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { course as config } from '../course/config.ts';
import { confirmTranslations, exportXliff, ImportError, importXliff, staleUnits, translatedFromPath, type Course } from './round-trip.ts';
import { loadTerms } from './terms.ts';

const root = resolve(import.meta.dirname, '../..');
const course: Course = { root, sourceLocale: config.sourceLocale, version: config.version };
const [command, ...rest] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function exportCommand() {
  const { values } = parseArgs({ args: rest, options: { locale: { type: 'string' }, stale: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const locale = values.locale ?? fail('Which language? npm run translations:export -- --locale cs');
  if (locale === course.sourceLocale) fail(`${locale} is the language the course is written in; export a language to translate it into.`);
  const out = resolve(values.out ?? join(root, 'translations', `${locale}.xlf`));
  const { xml, units } = exportXliff(course, { locale, stale: values.stale, terms: loadTerms(root, course.sourceLocale, locale) });
  // XLIFF holds at least one file: with nothing to translate there is no file to write.
  if (!units) return console.log(`Nothing to translate: every ${locale} translation is up to date with the English.`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  const what = values.stale ? 'units to update (English changed or never translated)' : 'units';
  console.log(`${relative(process.cwd(), out)}: ${units} ${what}, XLIFF 2.0, ${course.sourceLocale} → ${locale}`);
  if (!config.locales.includes(locale)) console.log(`${locale} is a new language: once imported, add it to "locales" in content/course.json to build it.`);
}

function importCommand() {
  const { positionals } = parseArgs({ args: rest, allowPositionals: true });
  const file = positionals[0] ?? fail('Which file? npm run translations:import -- translations/cs.xlf');
  let result;
  try {
    result = importXliff(course, readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    if (error instanceof ImportError) fail(error.message);
    throw error;
  }
  for (const [path, text] of result.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`${result.locale}: ${result.changed} units changed, ${result.confirmed} brought up to date with the English, ${result.files.size} files written.`);
  if (!config.locales.includes(result.locale)) console.log(`${result.locale} is not built yet: add it to "locales" in content/course.json, then npm run build.`);
  const left = staleUnits(course, result.locale).length;
  if (left) console.log(`${left} units still wait for translation: npm run translations:export -- --locale ${result.locale} --stale`);
}

/** Records translations updated by hand as made from today's English. */
function confirmCommand() {
  const { values } = parseArgs({ args: rest, options: { locale: { type: 'string' }, unit: { type: 'string', multiple: true } } });
  const locale = values.locale ?? fail('Which language? npm run translations:confirm -- --locale cs --unit lessons.payroll-case:b3');
  const { record, count } = confirmTranslations(course, locale, values.unit ? new Set(values.unit) : undefined);
  writeFileSync(join(root, translatedFromPath(locale)), record);
  console.log(`${locale}: ${count} translations recorded as made from today's English.`);
}

const commands: Record<string, () => void> = { export: exportCommand, import: importCommand, confirm: confirmCommand };
(commands[command ?? ''] ?? (() => fail('Use: cli.ts export|import|confirm')))();
