import { z } from 'astro/zod';
import { id, text } from './fields.ts';

/**
 * `content/glossary/<locale>.json`: the course's key terms in one language, in the words the
 * lessons use. Term ids are language-neutral and equal in every locale.
 */
export const glossarySchema = z.object({
  terms: z.array(z.object({ id, term: text, definition: text })).min(1),
});

export type GlossaryData = z.output<typeof glossarySchema>;
