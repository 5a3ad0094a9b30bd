import raw from '../../content/course.json' with { type: 'json' };
import { courseSchema, type CourseConfig } from '../schemas/course.ts';
import { parseFile } from '../schemas/parse-file.ts';

/** The course settings, validated once. Safe to import at build time and in Node scripts. */
export const course: CourseConfig = parseFile(courseSchema, raw, 'content/course.json');

/** The languages pages are built for: the course's, and the pseudo-locale for development. */
export const builtLocales: readonly string[] = [...course.locales, ...(course.pseudoLocale ? [course.pseudoLocale] : [])];
