import { z } from 'astro/zod';
import { id, text } from './fields.ts';

// `content/termbase/<locale>.json`: how one language names the course's recurring ideas (the
// brief's key terms and the secondary ones: middle management, help desk, morale…), each with the
// renderings a writer might slip into instead, and phrasings the language's style guide
// (docs/style/<locale>.md) refuses wherever they appear, the interface's strings with their
// values filled in included. The terminology test holds every file of the locale to it.

/** A regular expression, matched case-insensitively over Unicode text. */
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const termbaseSchema = z.object({
  terms: z
    .array(
      z.object({
        id,
        /** The one rendering, as a dictionary would list it. */
        term: text,
        /** Competing renderings, refused in every text of the locale. */
        refused: z.array(pattern).default([]),
        /** For translators: where the term is used, what to watch for. */
        note: text.optional(),
      }),
    )
    .min(1),
  /** Phrasings refused wherever they appear: calques, wrong agreement, a wrong article before a number… */
  phrasing: z.array(z.object({ refused: pattern, write: text, why: text })).default([]),
});

export type Termbase = z.output<typeof termbaseSchema>;
