import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
const text = z.string().trim().min(1);

/**
 * `content/glossary/<locale>.json`: the course's key terms in one language, in the words the
 * lessons use. Term ids are language-neutral and equal in every locale.
 */
export const glossarySchema = z.object({
  terms: z.array(z.object({ id, term: text, definition: text })).min(1),
});

export type GlossaryData = z.output<typeof glossarySchema>;
