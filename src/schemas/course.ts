import { z } from 'astro/zod';

/** `content/course.json`: the settings that do not depend on language. */
export const courseSchema = z.object({
  /** Stable identifier: names the packages and the manifest; never translated. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The language the course is written in first; every other locale falls back to it. */
  sourceLocale: z.string(),
  /** BCP-47 tags, source first. Each has a folder in `locales/` and in each content folder. */
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  /**
   * A pseudo-locale for development (`en-XA`): generated from English at build time, accented,
   * about 35 % longer and in brackets, so layout tests catch cut text and strings that bypass
   * translation. Built like a language, never packaged, never offered to learners.
   */
  pseudoLocale: z.string().regex(/^[a-z]{2}-X[A-Z]$/).optional(),
  /** Mastery score, written into both manifests. */
  passingScorePercent: z.number().int().min(0).max(100),
  /**
   * When a lesson counts as done, for progress and completion: once every question,
   * scenario and service chain in it is answered (`activities`), or once it is opened
   * (`opened`). Lessons without activities are done once opened; the final test once submitted.
   */
  lessonDone: z.enum(['activities', 'opened']).default('activities'),
  finalTest: z.object({
    /** Questions drawn from the bank for each attempt, spread over the course objectives. */
    questions: z.number().int().positive(),
  }),
}).refine((c) => c.locales[0] === c.sourceLocale, {
  message: 'the source locale must be listed first in `locales`',
  path: ['locales'],
});

export type CourseConfig = z.output<typeof courseSchema>;
