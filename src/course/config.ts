import raw from '../../content/course.json' with { type: 'json' };
import { courseSchema, type CourseConfig } from '../schemas/course.ts';

function load(): CourseConfig {
  const parsed = courseSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`content/course.json is invalid:\n  ${fields.join('\n  ')}`);
  }
  return parsed.data;
}

/** The course settings, validated once. Safe to import at build time and in Node scripts. */
export const course: CourseConfig = load();
