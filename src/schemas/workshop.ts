import { z } from 'astro/zod';
import { id, text } from './fields.ts';

// The trainers' kit: `content/workshop/<locale>/<id>.json`, a case (decisions for a room) or
// an exercise (steps for a group). Ids are language-neutral and equal in every locale.

const minutes = z.number().int().positive().max(240);

/** What every workshop card tells a trainer on the index and the handout. */
const card = {
  id,
  /** Position on the index, the same in every locale. */
  order: z.number().int().positive(),
  title: text,
  /** Who should be in the room. */
  audience: text,
  /** Minutes for the whole session. */
  duration: minutes,
  goals: z.array(text).min(1),
  situation: text,
  debrief: z.array(text).min(1),
};

const optionSchema = z.object({
  id,
  text,
  /** Revealed after the room has chosen. */
  consequence: text,
  /** The facilitator guide's answer: what good service would do. */
  recommended: z.boolean().default(false),
});

const decisionSchema = z.object({
  id,
  minutes,
  prompt: text,
  options: z.array(optionSchema).min(2).max(9),
  discussion: z.array(text).min(1),
  /** For the presenter view and the facilitator guide only. */
  notes: text,
});

export const workshopCaseSchema = z
  .object({
    ...card,
    kind: z.literal('case'),
    /** The departments the case is about, e.g. "Marketing and legal". */
    departments: text,
    /**
     * Who plays whom: `name` as the room reads it ("Rita, payroll specialist"); `who`, a member
     * of `content/cast.json`, gives the role the face it has everywhere else, and the name must
     * begin with the cast's name for them in this language.
     */
    roles: z.array(z.object({ who: id.optional(), name: text, description: text })).min(1),
    steps: z.array(decisionSchema).min(1),
  })
  .superRefine((c, ctx) => {
    c.steps.forEach((step, i) => {
      if (!step.options.some((o) => o.recommended)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'options'], message: `decision "${step.id}" needs at least one recommended option for the facilitator guide` });
      }
      const ids = step.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['steps', i, 'options'], message: `decision "${step.id}" repeats an option id` });
    });
  });

export const workshopExerciseSchema = z.object({
  ...card,
  kind: z.literal('exercise'),
  steps: z.array(z.object({ id, minutes, title: text, instructions: text })).min(1),
});

export const workshopSchema = z
  .discriminatedUnion('kind', [workshopCaseSchema, workshopExerciseSchema])
  .superRefine((w, ctx) => {
    const ids = w.steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'step ids repeat' });
  });

export type WorkshopData = z.output<typeof workshopSchema>;
export type WorkshopCase = Extract<WorkshopData, { kind: 'case' }>;
export type WorkshopExercise = Extract<WorkshopData, { kind: 'exercise' }>;
