// Plays a scenario. The learner's state is only the path of choice ids taken: score, flags
// and the ending follow from it, so a saved path replays the same way in any language.
import type { ScenarioData, SceneData } from '../schemas/scenario.ts';

export interface Step {
  scene: string;
  choice: string;
}

export interface Play {
  /** The scene on screen. */
  scene: SceneData;
  /** Decisions taken so far, in order. */
  path: Step[];
  score: number;
  flags: string[];
  /** Set when the scene on screen is an ending. */
  ending?: NonNullable<SceneData['ending']>;
}

const sceneOf = (scenario: ScenarioData, id: string) => {
  const scene = scenario.scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`scenario "${scenario.id}" has no scene "${id}"`);
  return scene;
};

/**
 * Replays `choices` from the start. A choice that does not fit (say, saved data from an
 * older version of the scenario) stops the replay there: the learner continues from the
 * last scene that still makes sense.
 */
export function play(scenario: ScenarioData, choices: readonly string[] = []): Play {
  let scene = sceneOf(scenario, scenario.start);
  const path: Step[] = [];
  let score = 0;
  const flags = new Set<string>();
  for (const choiceId of choices) {
    const choice = scene.choices.find((c) => c.id === choiceId);
    if (!choice) break;
    path.push({ scene: scene.id, choice: choice.id });
    score += choice.score;
    for (const flag of choice.flags) flags.add(flag);
    scene = sceneOf(scenario, choice.next);
  }
  return { scene, path, score, flags: [...flags], ending: scene.ending };
}

/** The choice ids of a path, which is what the learner state keeps. */
export const choicesOf = (p: Play) => p.path.map((step) => step.choice);

/** The consequence of the last decision, shown before the scene it led to. */
export function lastConsequence(scenario: ScenarioData, p: Play): string | undefined {
  const last = p.path.at(-1);
  if (!last) return undefined;
  return sceneOf(scenario, last.scene).choices.find((c) => c.id === last.choice)?.consequence;
}

/**
 * Who is on screen: the scene's speaker, or at an ending the last person the learner dealt
 * with, whose face then shows how it turned out. None for narration before anyone spoke.
 */
export function onStage(scenario: ScenarioData, p: Play): string | undefined {
  if (p.scene.speaker) return p.scene.speaker;
  if (!p.ending) return undefined;
  return p.path.map((step) => sceneOf(scenario, step.scene).speaker).findLast((speaker) => speaker !== undefined);
}
