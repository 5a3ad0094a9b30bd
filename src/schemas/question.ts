import { z } from 'astro/zod';
import { id, text } from './fields.ts';

// Questions are data: `content/questions/<locale>/<id>.json`, one of the types below.
// Ids (question, option, item, group…) are language-neutral and equal in every locale.

/** What every question has. */
const base = {
  id,
  prompt: text,
  /** Checks allowed before the right answer is shown; 0 means as many as the learner likes. */
  attempts: z.number().int().min(0).default(0),
};

/** Feedback for a whole answer, where options have none of their own. */
const verdict = z.object({ correct: text, incorrect: text });

const option = z.object({
  id,
  text,
  correct: z.boolean().default(false),
  /** Shown when the learner checks this option. */
  feedback: text,
});

type Issue = { path: PropertyKey[]; message: string };
const unique = (ids: string[], path: PropertyKey[]): Issue[] => {
  const repeated = ids.filter((x, i) => ids.indexOf(x) !== i);
  return repeated.length ? [{ path, message: `ids repeat: ${[...new Set(repeated)].join(', ')}` }] : [];
};
const report = (ctx: z.RefinementCtx, issues: Issue[]) => {
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
};

export const singleChoiceSchema = z
  .object({ ...base, type: z.literal('single-choice'), options: z.array(option).min(2) })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    report(ctx, [
      ...(right === 1 ? [] : [{ path: ['options'], message: `needs exactly one correct option, has ${right}` }]),
      ...unique(q.options.map((o) => o.id), ['options']),
    ]);
  });

export const multipleChoiceSchema = z
  .object({ ...base, type: z.literal('multiple-choice'), options: z.array(option).min(2) })
  .superRefine((q, ctx) => {
    report(ctx, [
      ...(q.options.some((o) => o.correct) ? [] : [{ path: ['options'], message: 'needs at least one correct option' }]),
      ...unique(q.options.map((o) => o.id), ['options']),
    ]);
  });

export const trueFalseSchema = z.object({
  ...base,
  type: z.literal('true-false'),
  answer: z.boolean(),
  feedback: verdict,
});

export const matchingSchema = z
  .object({
    ...base,
    type: z.literal('matching'),
    /** Each item with the one match that belongs to it; matches are offered shuffled. */
    pairs: z.array(z.object({ id, item: text, match: text })).min(2),
    feedback: verdict,
  })
  .superRefine((q, ctx) => report(ctx, unique(q.pairs.map((p) => p.id), ['pairs'])));

export const orderingSchema = z
  .object({
    ...base,
    type: z.literal('ordering'),
    /** In the right order; they are offered shuffled. */
    items: z.array(z.object({ id, text })).min(2),
    feedback: verdict,
  })
  .superRefine((q, ctx) => report(ctx, unique(q.items.map((i) => i.id), ['items'])));

export const classificationSchema = z
  .object({
    ...base,
    type: z.literal('classification'),
    groups: z.array(z.object({ id, label: text })).min(2),
    cards: z.array(z.object({ id, text, group: id })).min(2),
    feedback: verdict,
  })
  .superRefine((q, ctx) => {
    const groups = q.groups.map((g) => g.id);
    report(ctx, [
      ...unique(groups, ['groups']),
      ...unique(q.cards.map((c) => c.id), ['cards']),
      ...q.cards
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => !groups.includes(c.group))
        .map(({ c, i }) => ({ path: ['cards', i, 'group'], message: `"${c.group}" is not one of the groups (${groups.join(', ')})` })),
    ]);
  });

export const numericSchema = z.object({
  ...base,
  type: z.literal('numeric'),
  answer: z.number(),
  /** How far from `answer` still counts as right. */
  tolerance: z.number().min(0).default(0),
  /** Shown beside the input, e.g. "USD" or "%". */
  unit: text.optional(),
  feedback: verdict,
});

export const likertSchema = z
  .object({
    ...base,
    type: z.literal('likert'),
    /** Labels from the lowest to the highest point of the scale. */
    scale: z.array(text).min(3).max(7),
    statements: z.array(z.object({ id, text, /** Agreeing is the weaker answer. */ reverse: z.boolean().default(false) })).min(1),
    /** Profiles by mean score, lowest first; the first whose `upTo` the mean does not exceed. */
    profiles: z.array(z.object({ id, upTo: z.number(), title: text, advice: text })).min(2),
  })
  .superRefine((q, ctx) => {
    report(ctx, [...unique(q.statements.map((s) => s.id), ['statements']), ...unique(q.profiles.map((p) => p.id), ['profiles'])]);
    const tops = q.profiles.map((p) => p.upTo);
    if (tops.some((t, i) => i > 0 && t <= tops[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['profiles'], message: 'upTo must rise from one profile to the next' });
    }
    if ((tops.at(-1) ?? 0) < q.scale.length) {
      ctx.addIssue({ code: 'custom', path: ['profiles'], message: `the last profile must reach the top of the scale (${q.scale.length})` });
    }
  });

/** A personal action plan: the learner picks up to `pick` actions to take; nothing is graded. */
export const actionPlanSchema = z
  .object({
    ...base,
    type: z.literal('action-plan'),
    pick: z.number().int().min(1),
    actions: z.array(z.object({ id, text })).min(2),
    /** Shown with the plan once it is made. */
    feedback: text,
  })
  .superRefine((q, ctx) => {
    report(ctx, unique(q.actions.map((a) => a.id), ['actions']));
    if (q.pick > q.actions.length) ctx.addIssue({ code: 'custom', path: ['pick'], message: `is ${q.pick} but there are only ${q.actions.length} actions` });
  });

const pyramidShape = z.object({
  /** Under the drawing, e.g. "The traditional organisation chart". */
  caption: text,
  /** From the top of the drawing down; each names the role that belongs there. */
  slots: z.array(z.object({ id, label: text, role: id })).min(2),
});

/**
 * The inverted pyramid: the learner builds the traditional pyramid, turns it over, and
 * places the roles again in the inverted one.
 */
export const pyramidSchema = z
  .object({
    ...base,
    type: z.literal('pyramid'),
    roles: z.array(z.object({ id, label: text })).min(2),
    traditional: pyramidShape,
    inverted: pyramidShape,
    feedback: verdict,
  })
  .superRefine((q, ctx) => {
    const roles = q.roles.map((r) => r.id);
    report(ctx, unique(roles, ['roles']));
    for (const shape of ['traditional', 'inverted'] as const) {
      const placed = q[shape].slots.map((s) => s.role);
      report(ctx, [
        ...unique(q[shape].slots.map((s) => s.id), [shape, 'slots']),
        ...(placed.length === roles.length && roles.every((r) => placed.includes(r))
          ? []
          : [{ path: [shape, 'slots'], message: `must place each role once (${roles.join(', ')})` }]),
      ]);
    }
  });

/** The types a final test can hold too: graded, and each answered in a few fields. */
const testableSchemas = [
  singleChoiceSchema,
  multipleChoiceSchema,
  trueFalseSchema,
  matchingSchema,
  orderingSchema,
  classificationSchema,
  numericSchema,
] as const;

export const questionSchema = z.discriminatedUnion('type', [...testableSchemas, likertSchema, actionPlanSchema, pyramidSchema]);

export type QuestionData = z.output<typeof questionSchema>;
export type QuestionType = QuestionData['type'];
export type QuestionOf<T extends QuestionType> = Extract<QuestionData, { type: T }>;

/**
 * A question of the final test's bank (`content/final-test/<locale>/<id>.json`): a type the
 * test can show, and the course objective it checks, so each draw covers them all.
 */
export const bankQuestionSchema = z.discriminatedUnion('type', testableSchemas).and(z.object({ objective: z.number().int().positive() }));

export type BankQuestion = z.output<typeof bankQuestionSchema>;
export type TestType = BankQuestion['type'];
