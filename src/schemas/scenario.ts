import { z } from 'astro/zod';
import { id, text } from './fields.ts';

// A branching scenario: `content/scenarios/<locale>/<id>.json`. Scene and choice ids are
// language-neutral and equal in every locale; each decision is reported by them.

const choiceSchema = z.object({
  id,
  text,
  /** The scene this choice leads to. */
  next: id,
  /** What happens right away, shown before the next scene. */
  consequence: text.optional(),
  /** Added up along the path; the debrief may speak of it. */
  score: z.number().int().default(0),
  /** Facts the path establishes, e.g. "payroll-late". */
  flags: z.array(id).default([]),
});

const endingSchema = z.object({
  title: text,
  /** How things turned out for each party, in the words of the debrief. */
  outcome: z.enum(['good', 'mixed', 'poor']),
  debrief: z.array(text).min(1),
});

/** Where a scene happens: each has a drawing in src/components/scenarios/settings.ts. */
export const SETTINGS = ['desk', 'payroll', 'drawings', 'dock'] as const;
export type Setting = (typeof SETTINGS)[number];

const sceneSchema = z.object({
  id,
  /** Who speaks: the id of a person in `content/cast.json`, e.g. "rita"; none for narration. */
  speaker: id.optional(),
  /** Where it happens, drawn behind the speaker; none draws nothing. */
  setting: z.enum(SETTINGS).optional(),
  text,
  choices: z.array(choiceSchema).default([]),
  ending: endingSchema.optional(),
});

export const scenarioSchema = z
  .object({
    id,
    title: text,
    /** Who the learner plays and what is at stake, shown before the first scene. */
    intro: text,
    start: id,
    scenes: z.array(sceneSchema).min(1),
  })
  .superRefine((scenario, ctx) => {
    for (const problem of scenarioProblems(scenario)) ctx.addIssue({ code: 'custom', ...problem });
  });

export type ScenarioData = z.output<typeof scenarioSchema>;
export type SceneData = ScenarioData['scenes'][number];

type Shape = Pick<ScenarioData, 'start'> & {
  scenes: Array<Pick<SceneData, 'id' | 'ending'> & { choices: Array<{ id: string; next: string }> }>;
};

/**
 * What makes a scenario unplayable, each with the scene named: choices pointing nowhere,
 * scenes that end without an ending, endings that go on, and scenes no path reaches.
 */
export function scenarioProblems(scenario: Shape): Array<{ path: PropertyKey[]; message: string }> {
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  const ids = scenario.scenes.map((s) => s.id);
  const known = new Set(ids);
  const at = (i: number) => `scene "${scenario.scenes[i]!.id}"`;

  ids.forEach((sceneId, i) => {
    if (ids.indexOf(sceneId) !== i) problems.push({ path: ['scenes', i, 'id'], message: `${at(i)} is defined twice` });
  });
  if (!known.has(scenario.start)) problems.push({ path: ['start'], message: `"${scenario.start}" is not a scene` });

  scenario.scenes.forEach((scene, i) => {
    if (scene.choices.length === 0 && !scene.ending) {
      problems.push({ path: ['scenes', i], message: `${at(i)} is a dead end: give it choices or an ending` });
    }
    if (scene.choices.length > 0 && scene.ending) {
      problems.push({ path: ['scenes', i], message: `${at(i)} has an ending and choices: an ending is the last scene` });
    }
    const choiceIds = scene.choices.map((c) => c.id);
    scene.choices.forEach((choice, j) => {
      if (choiceIds.indexOf(choice.id) !== j) {
        problems.push({ path: ['scenes', i, 'choices', j, 'id'], message: `${at(i)}: choice "${choice.id}" is defined twice` });
      }
      if (!known.has(choice.next)) {
        problems.push({ path: ['scenes', i, 'choices', j, 'next'], message: `${at(i)}: choice "${choice.id}" leads to "${choice.next}", which is not a scene` });
      }
    });
  });

  const reached = new Set<string>();
  const queue = known.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const sceneId = queue.shift()!;
    if (reached.has(sceneId)) continue;
    reached.add(sceneId);
    for (const choice of scenario.scenes.find((s) => s.id === sceneId)?.choices ?? []) queue.push(choice.next);
  }
  scenario.scenes.forEach((scene, i) => {
    if (known.has(scenario.start) && !reached.has(scene.id)) {
      problems.push({ path: ['scenes', i], message: `${at(i)} cannot be reached from the start "${scenario.start}"` });
    }
  });
  return problems;
}
