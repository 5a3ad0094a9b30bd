// The largest learner state the course's content allows: every question answered with its
// longest answer, the longest path through every scenario, a submitted final test drawn from
// the bank's longest questions after many attempts, a full service chain and a name for the
// certificate of characters that JSON must escape and compression cannot shorten. Its encoding is what SCORM 1.2's 4,096
// characters must hold.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { course } from '../../src/course/config.ts';
import type { QuestionData } from '../../src/schemas/question.ts';
import type { ScenarioData } from '../../src/schemas/scenario.ts';
import { NAME_LIMIT } from '../../src/state/completion.ts';
import { CHAIN_LIMITS } from '../../src/state/service-chain.ts';
import type { Snapshot } from '../../src/state/snapshot.ts';

const content = resolve(import.meta.dirname, '../../content');
const files = <T>(folder: string): T[] =>
  readdirSync(resolve(content, folder, course.sourceLocale)).map((f) => JSON.parse(readFileSync(resolve(content, folder, course.sourceLocale, f), 'utf8')) as T);
const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), '');
const size = (x: unknown) => JSON.stringify(x).length;

function longestAnswer(q: QuestionData): unknown {
  switch (q.type) {
    case 'single-choice':
      return longest(q.options.map((o) => o.id));
    case 'multiple-choice':
      return q.options.map((o) => o.id);
    case 'true-false':
      return false;
    case 'matching':
      return Object.fromEntries(q.pairs.map((p) => [p.id, longest(q.pairs.map((x) => x.id))]));
    case 'ordering':
      return q.items.map((i) => i.id);
    case 'classification':
      return Object.fromEntries(q.cards.map((c) => [c.id, longest(q.groups.map((g) => g.id))]));
    case 'numeric':
      return -1.2345678901234567e21;
    case 'likert':
      return Object.fromEntries(q.statements.map((s) => [s.id, q.scale.length]));
    case 'action-plan':
      return q.actions.map((a) => a.id).sort((a, b) => b.length - a.length).slice(0, q.pick);
    case 'pyramid':
      return { traditional: q.traditional.slots.map((s) => s.role), inverted: q.inverted.slots.map((s) => s.role) };
  }
}

/** The longest list of choice ids a learner can take through `s`, loops cut at one lap. */
function longestPath(s: ScenarioData): string[] {
  let best: string[] = [];
  const walk = (sceneId: string, path: string[]) => {
    if (size(path) > size(best)) best = path;
    if (path.length > s.scenes.length) return;
    for (const choice of s.scenes.find((x) => x.id === sceneId)?.choices ?? []) walk(choice.next, [...path, choice.id]);
  };
  walk(s.start, []);
  return best;
}

export function worstCaseSnapshot(): Snapshot {
  const questions = files<QuestionData>('questions');
  const bank = files<QuestionData>('final-test');
  const lessons = readdirSync(resolve(content, 'lessons', course.sourceLocale)).map((f) => f.replace(/\.mdx$/, ''));
  const drawn = [...bank].sort((a, b) => size([b.id, b.id, longestAnswer(b)]) - size([a.id, a.id, longestAnswer(a)])).slice(0, course.finalTest.questions);
  // Names that cost the most twice over: quotes JSON must escape, between letters that never
  // repeat, which compression cannot shorten.
  let letter = 0x4e00;
  const hardToStore = (length: number) => Array.from({ length }, (_, i) => (i % 2 ? '"' : String.fromCodePoint(letter++))).join('');
  const name = () => hardToStore(CHAIN_LIMITS.characters);
  return {
    locale: longest(course.locales),
    current: longest(lessons),
    visited: lessons,
    answers: Object.fromEntries(questions.map((q) => [q.id, longestAnswer(q)])) as Snapshot['answers'],
    paths: Object.fromEntries(files<ScenarioData>('scenarios').map((s) => [s.id, longestPath(s)])),
    test: {
      attempt: { number: 9999, draw: drawn.map((q) => q.id), answers: Object.fromEntries(drawn.map((q) => [q.id, longestAnswer(q)])) as Snapshot['answers'], score: 100 },
      best: 100,
    },
    chain: { suppliers: Array.from({ length: CHAIN_LIMITS.names }, name), customers: Array.from({ length: CHAIN_LIMITS.names }, name) },
    completedOn: '2026-12-31',
    name: hardToStore(NAME_LIMIT),
    minutes: 99_999,
  };
}
