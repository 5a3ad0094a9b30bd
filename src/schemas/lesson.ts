import { z } from 'astro/zod';
import { id, text } from './fields.ts';

/** The pictures a lesson cover can show; each is drawn in `src/components/covers/scenes.ts`. */
export const coverMotifs = ['welcome', 'chain', 'customers', 'pyramid', 'payroll', 'engineering', 'behaviours', 'bridge', 'reflection', 'plan', 'test', 'award', 'reference'] as const;
export type CoverMotif = (typeof coverMotifs)[number];

/** Frontmatter of `content/lessons/<locale>/<id>.mdx`. */
export const lessonSchema = z.object({
  /** Language-neutral id, equal to the file name; used in URLs, tracking and resume data. */
  id,
  /** Position in the course, the same in every locale. */
  order: z.number().int().positive(),
  /** The module number shown above the title; none for activities such as the self-assessment. */
  module: z.number().int().positive().optional(),
  title: text,
  /** The picture on the lesson's cover. */
  cover: z.enum(coverMotifs),
  /** Expected minutes of reading and doing. */
  duration: z.number().int().positive().max(60),
  /**
   * Reference material such as the glossary: listed and linked like a lesson, but not needed
   * to complete the course.
   */
  appendix: z.boolean().default(false),
  /** What the learner will be able to do, shown at the top of the lesson. */
  objectives: z.array(text).min(1),
});

export type LessonData = z.output<typeof lessonSchema>;
