import { z } from 'astro/zod';
import { id, text } from './fields.ts';

// The recurring people of the course. `content/cast.json` gives each one face, the same in
// every language; `content/cast/<locale>.json` gives their name and role in that language.
// Scenarios (`speaker`) and dialogues (`<Line who="…">`) name them by id.

/** Skin tones of the drawings (src/components/people/drawings.css): part of who a character is, not of the theme. */
export const SKIN_TONES = ['light', 'fair', 'tan', 'brown', 'deep'] as const;
/** Clothing takes a colour of the course palette, so the people belong to the page. */
export const CLOTHING = ['accent', 'soft', 'panel', 'line', 'right'] as const;
/** Open Peeps traits this course uses; each character fixes theirs, so no seed decides a face. */
export const HEADS = [
  'afro', 'bangs2', 'bun', 'bun2', 'buns', 'cornrows', 'dreads1', 'grayBun', 'grayMedium', 'grayShort', 'hijab',
  'long', 'longCurly', 'medium1', 'medium3', 'mediumBangs', 'noHair2', 'pomp', 'short2', 'short4', 'shaved2', 'turban', 'twists2',
] as const;
export const ACCESSORIES = ['glasses', 'glasses2', 'glasses4'] as const;
export const FACIAL_HAIR = ['chin', 'full', 'goatee1', 'moustache1', 'moustache3'] as const;

export const castMemberSchema = z.object({
  id,
  avatar: z.object({
    head: z.enum(HEADS),
    skin: z.enum(SKIN_TONES),
    clothing: z.enum(CLOTHING),
    accessories: z.enum(ACCESSORIES).optional(),
    facialHair: z.enum(FACIAL_HAIR).optional(),
  }),
});

/**
 * `content/cast/<locale>.json`: how each character is called, and what they do, in one
 * language; and the names of people the text mentions who never appear (a colleague in a
 * question, the supplier in a case), so that every file calls them the same.
 */
export const castNamesSchema = z.object({
  people: z.array(z.object({ id, name: text, role: text })).min(1),
  mentioned: z.array(z.object({ id, name: text })).default([]),
});

export type CastMember = z.output<typeof castMemberSchema>;
export type CastNames = z.output<typeof castNamesSchema>;
/** What a page needs to show a character: their name and role in its language. */
export type Person = { name: string; role: string };

/** Expressions: a neutral face while people talk, and one for each way a scenario can end. */
export const MOODS = ['neutral', 'good', 'mixed', 'poor'] as const;
export type Mood = (typeof MOODS)[number];
