import { z } from 'astro/zod';

const optionSchema = z.object({
  /** Language-neutral id: it is what the learner's answer records. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  text: z.string().trim().min(1),
  correct: z.boolean().default(false),
  /** Shown when the learner checks this option. */
  feedback: z.string().trim().min(1),
});

/** `content/questions/<locale>/<id>.json` with one right answer. */
export const singleChoiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    type: z.literal('single-choice'),
    prompt: z.string().trim().min(1),
    options: z.array(optionSchema).min(2),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `needs exactly one correct option, has ${right}` });
    }
    const ids = q.options.map((o) => o.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `option ids repeat: ${repeated.join(', ')}` });
    }
  });

export const questionSchema = singleChoiceSchema;

export type QuestionData = z.output<typeof questionSchema>;
