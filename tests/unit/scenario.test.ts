import { describe, expect, it } from 'vitest';
import { scenarioSchema, type ScenarioData } from '../../src/schemas/scenario.ts';
import { choicesOf, lastConsequence, play } from '../../src/state/scenario.ts';

const scene = (id: string, choices: Array<[string, string, number?, string[]?]> = [], ending?: string) => ({
  id,
  text: `Scene ${id}`,
  choices: choices.map(([choiceId, next, score = 0, flags = []]) => ({ id: choiceId, text: choiceId, next, score, flags, consequence: `after ${choiceId}` })),
  ...(ending ? { ending: { title: ending, outcome: 'good', debrief: ['point'] } } : {}),
});

const raw = {
  id: 'cutoff',
  title: 'Cut-off day',
  intro: 'You manage a team.',
  start: 'morning',
  scenes: [
    scene('morning', [['send-now', 'sent', 2], ['later', 'afternoon', 0, ['late']]]),
    scene('afternoon', [['send-late', 'late-end', -1, ['late']], ['ask-help', 'sent', 1]]),
    scene('sent', [], 'Paid on time'),
    scene('late-end', [], 'Paid late'),
  ],
};
const scenario = scenarioSchema.parse(raw) as ScenarioData;

describe('play', () => {
  it('starts at the start', () => {
    expect(play(scenario)).toMatchObject({ scene: { id: 'morning' }, path: [], score: 0, flags: [] });
  });
  it('follows the choices, adding up score and flags, to an ending', () => {
    const p = play(scenario, ['later', 'send-late']);
    expect(p.scene.id).toBe('late-end');
    expect(p.ending?.title).toBe('Paid late');
    expect(p).toMatchObject({ score: -1, flags: ['late'] });
    expect(p.path).toEqual([{ scene: 'morning', choice: 'later' }, { scene: 'afternoon', choice: 'send-late' }]);
    expect(choicesOf(p)).toEqual(['later', 'send-late']);
    expect(lastConsequence(scenario, p)).toBe('after send-late');
  });
  it('stops a replay at the first choice that no longer fits', () => {
    expect(play(scenario, ['later', 'removed-choice', 'ask-help']).scene.id).toBe('afternoon');
  });
});

describe('scenario validation names the scene', () => {
  const problems = (scenes: unknown[], start = 'morning') =>
    scenarioSchema.safeParse({ ...raw, start, scenes }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('accepts a playable scenario', () => {
    expect(problems(raw.scenes)).toEqual([]);
  });
  it('rejects a choice that points nowhere', () => {
    expect(problems([scene('morning', [['go', 'nowhere']]), scene('end', [], 'End')])).toContain(
      'scenes.0.choices.0.next: scene "morning": choice "go" leads to "nowhere", which is not a scene',
    );
  });
  it('rejects a dead end without an ending', () => {
    expect(problems([scene('morning', [['go', 'stuck']]), scene('stuck')])).toEqual(['scenes.1: scene "stuck" is a dead end: give it choices or an ending']);
  });
  it('rejects a scene no path reaches', () => {
    expect(problems([scene('morning', [['go', 'end']]), scene('end', [], 'End'), scene('island', [], 'Lost')])).toEqual([
      'scenes.2: scene "island" cannot be reached from the start "morning"',
    ]);
  });
  it('rejects an unknown start, repeated ids and an ending with choices', () => {
    expect(problems([scene('end', [], 'End')], 'nowhere')).toEqual(['start: "nowhere" is not a scene']);
    expect(problems([scene('morning', [['go', 'end'], ['go', 'end']]), scene('end', [], 'End'), scene('end', [], 'Again')])).toEqual([
      'scenes.2.id: scene "end" is defined twice',
      'scenes.0.choices.1.id: scene "morning": choice "go" is defined twice',
    ]);
    const both = { ...scene('end', [['loop', 'morning']]), ending: { title: 'End', outcome: 'good', debrief: ['x'] } };
    expect(problems([scene('morning', [['go', 'end']]), both])).toEqual(['scenes.1: scene "end" has an ending and choices: an ending is the last scene']);
  });
});
