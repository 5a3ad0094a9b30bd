// A checked answer or a scenario decision as an LMS records it, before any SCORM format
// (src/lms/interaction-fields.ts). Ids are the content's language-neutral ids, so reports
// from every locale add up.
import type { ScenarioData } from '../schemas/scenario.ts';
import { isResponseFor, type GradedQuestion } from './responses.ts';
import { play } from './scenario.ts';
import { scoreResponse } from './scoring.ts';

/** An answer in the shapes both editions know, by content ids. */
export type Answer =
  | { kind: 'true-false'; value: boolean }
  | { kind: 'choice'; ids: string[] }
  | { kind: 'sequencing'; ids: string[] }
  | { kind: 'matching'; pairs: [source: string, target: string][] }
  | { kind: 'numeric'; value: number };

export interface Interaction {
  id: string;
  learner: Answer;
  /** The right answer; a numeric one is a range. None for a scenario decision. */
  correct?: Answer | { kind: 'numeric'; min: number; max: number };
  result: 'correct' | 'wrong' | 'neutral';
  /**
   * Every id the answers may use, in content order: SCORM 1.2 allows only single characters
   * in responses, so ids are written as their letter (a, b, c…) in these lists.
   */
  sources: string[];
  targets: string[];
}

const pairsOf = (record: Record<string, string>, order: string[]): [string, string][] =>
  order.filter((id) => record[id] !== undefined).map((id) => [id, record[id]!]);

/** The interaction for a checked answer to `question`; undefined for an incomplete one. */
export function questionInteraction(question: GradedQuestion, response: unknown): Interaction | undefined {
  const result = scoreResponse(question, response);
  if (!result || !isResponseFor(question, response)) return undefined;
  const base = { id: question.id, result: result.correct ? 'correct' : 'wrong' } as const;
  const r = response as never;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const ids = question.options.map((o) => o.id);
      const picked: string[] = Array.isArray(r) ? r : [r];
      return {
        ...base,
        learner: { kind: 'choice', ids: ids.filter((id) => picked.includes(id)) },
        correct: { kind: 'choice', ids: question.options.filter((o) => o.correct).map((o) => o.id) },
        sources: [],
        targets: ids,
      };
    }
    case 'true-false':
      return { ...base, learner: { kind: 'true-false', value: r }, correct: { kind: 'true-false', value: question.answer }, sources: [], targets: [] };
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      return { ...base, learner: { kind: 'sequencing', ids: r }, correct: { kind: 'sequencing', ids }, sources: [], targets: ids };
    }
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      return {
        ...base,
        learner: { kind: 'matching', pairs: pairsOf(r, ids) },
        correct: { kind: 'matching', pairs: ids.map((id) => [id, id]) },
        sources: ids,
        targets: ids,
      };
    }
    case 'classification': {
      const cards = question.cards.map((c) => c.id);
      return {
        ...base,
        learner: { kind: 'matching', pairs: pairsOf(r, cards) },
        correct: { kind: 'matching', pairs: question.cards.map((c) => [c.id, c.group]) },
        sources: cards,
        targets: question.groups.map((g) => g.id),
      };
    }
    case 'pyramid': {
      // Slot by slot, both pyramids: which role the learner put where.
      // Slot ids are unique within a pyramid only: "traditional-point" and "inverted-point".
      const { traditional, inverted } = r as { traditional: string[]; inverted: string[] };
      const slots = (['traditional', 'inverted'] as const).flatMap((shape) => question[shape].slots.map((s) => ({ id: `${shape}-${s.id}`, role: s.role })));
      const placed = [...traditional, ...inverted];
      return {
        ...base,
        learner: { kind: 'matching', pairs: slots.map((s, i) => [s.id, placed[i] ?? '']) },
        correct: { kind: 'matching', pairs: slots.map((s) => [s.id, s.role]) },
        sources: slots.map((s) => s.id),
        targets: question.roles.map((role) => role.id),
      };
    }
    case 'numeric':
      return {
        ...base,
        learner: { kind: 'numeric', value: r },
        correct: { kind: 'numeric', min: question.answer - question.tolerance, max: question.answer + question.tolerance },
        sources: [],
        targets: [],
      };
  }
}

/** The interaction for the decision taken in `sceneId`: reported, never graded. */
export function decisionInteraction(scenario: ScenarioData, sceneId: string, choiceId: string): Interaction | undefined {
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  if (!scene?.choices.some((c) => c.id === choiceId)) return undefined;
  return {
    id: `${scenario.id}.${sceneId}`,
    learner: { kind: 'choice', ids: [choiceId] },
    result: 'neutral',
    sources: [],
    targets: scene.choices.map((c) => c.id),
  };
}


/**
 * The decisions in `after` that `before` did not hold yet, as interactions: a path only
 * grows by one choice at a time, but a restart followed by new choices is a new path.
 */
export function newDecisions(scenario: ScenarioData, before: readonly string[] = [], after: readonly string[]): Interaction[] {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same += 1;
  const decisions: Interaction[] = [];
  for (let i = same; i < after.length; i += 1) {
    const decision = decisionInteraction(scenario, play(scenario, after.slice(0, i)).scene.id, after[i]!);
    if (decision) decisions.push(decision);
  }
  return decisions;
}
