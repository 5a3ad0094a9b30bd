// At the start of every build: lists the translations the English has moved on from (a
// warning naming file and unit, so a release knows what is out of date), and writes the
// pseudo-locale from today's English.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { course } from '../course/config.ts';
import { pseudoLocaleFiles } from '../translation/pseudo.ts';
import { staleUnits } from '../translation/round-trip.ts';

const root = join(import.meta.dirname, '../..');

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

const WHY = {
  changed: 'the English changed since it was translated',
  unrecorded: 'translated, with no record of the English it was made from',
  missing: 'not translated',
} as const;

/** Warns, per language, of the units whose English changed since they were translated or that were never translated. */
export function reportStaleTranslations(logger: Logger, at = root): void {
  const project = { root: at, sourceLocale: course.sourceLocale, version: course.version };
  const current: string[] = [];
  for (const locale of course.locales.filter((l) => l !== course.sourceLocale)) {
    const stale = staleUnits(project, locale);
    if (!stale.length) {
      current.push(locale);
      continue;
    }
    const lines = stale.map((u) => `  ${u.file} ${u.unit}: ${WHY[u.reason]} (${u.where})`);
    logger.warn(
      `${locale}: ${stale.length} translation${stale.length === 1 ? '' : 's'} out of date with the English:\n${lines.join('\n')}\n  Export them for translation: npm run translations:export -- --locale ${locale} --stale`,
    );
  }
  if (current.length) logger.info(`translations up to date with the English: ${current.join(', ')}`);
}

/** Writes the pseudo-locale's files, after removing the ones an earlier build left. */
export function writePseudoLocale(locale: string): number {
  for (const kind of readdirSync(join(root, 'content'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    rmSync(join(root, 'content', kind, locale), { recursive: true, force: true });
    rmSync(join(root, 'content', kind, `${locale}.json`), { force: true });
  }
  rmSync(join(root, 'locales', locale), { recursive: true, force: true });
  const files = pseudoLocaleFiles(root, course.sourceLocale, locale);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return files.size;
}

export function courseTranslations() {
  return {
    name: 'course-translations',
    hooks: {
      'astro:config:setup': ({ logger }: { logger: Logger }) => {
        reportStaleTranslations(logger);
        if (course.pseudoLocale) logger.info(`pseudo-locale ${course.pseudoLocale}: ${writePseudoLocale(course.pseudoLocale)} files generated from the English`);
      },
    },
  };
}
