// Build-time only: what the shell needs to know about the course, in every language it offers.
import { getCatalog } from '../course/catalog.ts';
import { course } from '../course/config.ts';
import { lessonPath } from '../course/paths.ts';
import { createTranslator } from '../i18n/translator.ts';
import type { CourseMap, LocaleMap } from './course-map.ts';

/** "čeština", "Português (Brasil)": each language named in itself, capitalised for a menu. */
export function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export async function buildCourseMap(locales: readonly string[]): Promise<CourseMap> {
  const catalog = await getCatalog();
  const localeMaps: LocaleMap[] = locales.map((code) => {
    const { t, template, plural } = createTranslator(code);
    return {
      code,
      name: endonym(code),
      strings: {
        courseTitle: t('course.title'),
        contents: t('shell.contents'),
        language: t('shell.language'),
        previous: t('shell.previous'),
        next: t('shell.next'),
        frameTitle: template('shell.frameTitle'),
        visited: t('shell.visited'),
        progressLabel: t('shell.progressLabel'),
        progress: plural('shell.progress'),
        complete: t('shell.complete'),
        savedInBrowser: t('shell.savedInBrowser'),
        savedInLms: t('shell.savedInLms'),
        lmsTrouble: t('shell.lmsTrouble'),
      },
      lessons: catalog.lessons(code).map((l) => ({ id: l.name, title: l.data.title, href: lessonPath(code, l.name) })),
    };
  });
  return {
    courseId: course.id,
    lessonIds: catalog.lessons(course.sourceLocale).map((l) => l.name),
    locales: localeMaps,
  };
}
