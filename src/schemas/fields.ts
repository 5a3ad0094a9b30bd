import { z } from 'astro/zod';

// Field types every content schema shares.

/** A language-neutral id (question, option, step…), equal in every locale. */
export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** Words for the learner: never empty. */
export const text = z.string().trim().min(1);
