import { describe, expect, it } from 'vitest';
import { hrefBetween, workshopPath } from '../../src/course/paths.ts';
import { workshopSchema, type WorkshopCase, type WorkshopData } from '../../src/schemas/workshop.ts';
import { fitConditions, fitToStage } from '../../src/components/workshop/fit.ts';
import { resultRows, toCsv } from '../../src/workshop/results.ts';
import { advance, back, optionOnScreen, plannedMinutes, readSession, restart, slidesOf, startSession, vote, voteTooEarly, type Session } from '../../src/workshop/session.ts';

const option = (id: string, recommended = false) => ({ id, text: `Option ${id}`, consequence: `Then ${id}`, recommended });
const theCase = workshopSchema.parse({
  id: 'c',
  kind: 'case',
  order: 1,
  title: 'Cut-off day',
  departments: 'Managers and payroll',
  audience: 'Managers',
  duration: 30,
  goals: ['g'],
  situation: 's',
  roles: [{ name: 'Dana', description: 'd' }],
  steps: [
    { id: 'first', minutes: 8, prompt: 'First?', options: [option('a', true), option('b')], discussion: ['q'], notes: 'n' },
    { id: 'second', minutes: 6, prompt: 'Second, "quoted"; with commas, too?', options: [option('x'), option('y', true)], discussion: ['q'], notes: 'n' },
  ],
  debrief: ['p'],
}) as WorkshopCase;
const exercise = workshopSchema.parse({
  id: 'e', kind: 'exercise', order: 2, title: 'Map', audience: 'a', duration: 40, goals: ['g'], situation: 's', debrief: ['p'],
  steps: [{ id: 'list', minutes: 8, title: 'List', instructions: 'i' }],
});

const run = (w: WorkshopData, moves: Array<'next' | 'back'>, from = startSession(0)) =>
  moves.reduce((s, m, i) => (m === 'next' ? advance(w, s, i + 1) : back(w, s, i + 1)), from);

describe('a workshop session', () => {
  it('runs a case as title, situation, each decision, debrief and results; an exercise without results', () => {
    expect(slidesOf(theCase).map((s) => s.kind)).toEqual(['title', 'situation', 'decision', 'decision', 'debrief', 'results']);
    expect(slidesOf(exercise).map((s) => s.kind)).toEqual(['title', 'situation', 'step', 'debrief']);
  });

  it('reveals a decision one part at a time, then moves on, and stops at the end', () => {
    const s = run(theCase, ['next', 'next']);
    expect([s.slide, s.phase]).toEqual([2, 'prompt']);
    const phases = [1, 2, 3, 4].map((n) => run(theCase, Array(n).fill('next'), s).phase);
    expect(phases).toEqual(['options', 'consequences', 'discussion', 'prompt']);
    const end = run(theCase, Array(20).fill('next'));
    expect(end.slide).toBe(5);
    expect(advance(theCase, end, 99)).toBe(end);
  });

  it('goes back a part at a time, and into the previous decision shown whole', () => {
    const atSecond = run(theCase, Array(6).fill('next'));
    expect([atSecond.slide, atSecond.phase]).toEqual([3, 'prompt']);
    const previous = back(theCase, atSecond, 7);
    expect([previous.slide, previous.phase]).toEqual([2, 'discussion']);
    expect(back(theCase, startSession(0), 1)).toEqual(startSession(0));
  });

  it('counts votes once the options are shown, never below zero, and restarts the timer per slide', () => {
    const prompt = run(theCase, ['next', 'next']);
    expect(vote(theCase, prompt, 0, 1)).toBe(prompt);
    let s = advance(theCase, prompt, 10);
    s = vote(theCase, s, 0, 1);
    s = vote(theCase, s, 0, 1);
    s = vote(theCase, s, 1, -1);
    s = vote(theCase, s, 8, 1);
    expect(s.votes).toEqual({ first: { a: 2, b: 0 } });
    expect(s.since).toBe(2);
    expect(plannedMinutes(theCase, s)).toBe(8);
    expect(plannedMinutes(theCase, startSession(0))).toBeUndefined();
  });

  it('tells a vote too early (options not yet shown) from one for no option or off a decision', () => {
    const prompt = run(theCase, ['next', 'next']);
    expect(voteTooEarly(theCase, prompt, 0)).toBe(true);
    expect(voteTooEarly(theCase, prompt, 8)).toBe(false);
    expect(voteTooEarly(theCase, startSession(0), 0)).toBe(false);
    const shown = vote(theCase, advance(theCase, prompt, 10), 1, 1);
    expect(voteTooEarly(theCase, shown, 1)).toBe(false);
    expect(optionOnScreen(theCase, shown, 1)).toEqual({ step: 'first', option: 'b', votes: 1 });
    expect(optionOnScreen(theCase, shown, 8)).toBeUndefined();
  });

  it('reads back only a session that fits the workshop', () => {
    const s: Session = { ...startSession(5), slide: 4, votes: { first: { a: 1 } }, rev: 4 };
    expect(readSession(theCase, JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(readSession(exercise, s)).toBeUndefined();
    expect(readSession(theCase, { ...s, votes: { first: { a: -1 } } })).toBeUndefined();
    expect(readSession(theCase, 'nonsense')).toBeUndefined();
  });
});

describe('the room’s results', () => {
  it('lists every option of every decision with its votes', () => {
    expect(resultRows(theCase, { second: { y: 3 } }).map((r) => [r.decision, r.option, r.votes])).toEqual([
      [1, 1, 0],
      [1, 2, 0],
      [2, 1, 0],
      [2, 2, 3],
    ]);
  });

  it('writes CSV the way the locale’s spreadsheet opens it, quoting where needed', () => {
    const rows = [['2. Second, "quoted"; with commas, too?', 'Option y', 3]];
    expect(toCsv('en', ['Decision', 'Option', 'Votes'], rows)).toBe('\uFEFFDecision,Option,Votes\r\n"2. Second, ""quoted""; with commas, too?",Option y,3\r\n');
    expect(toCsv('cs', ['Rozhodnutí', 'Možnost', 'Hlasy'], rows).split('\r\n')[0]).toBe('\uFEFFRozhodnutí;Možnost;Hlasy');
  });
});

describe('starting again', () => {
  it('goes back to the title with no votes, as a newer session every window follows', () => {
    const used = vote(theCase, run(theCase, ['next', 'next', 'next']), 0, 1);
    const fresh = restart(used, 50);
    expect(fresh).toMatchObject({ slide: 0, phase: 'prompt', votes: {}, since: 50 });
    expect(fresh.rev).toBeGreaterThan(used.rev);
  });
});

describe('links between workshop pages', () => {
  it('are relative, so the pages work from any folder of a host or an LMS', () => {
    expect(hrefBetween(workshopPath.index('cs'), workshopPath.room('cs', 'c'))).toBe('workshop/c.html');
    expect(hrefBetween(workshopPath.guide('cs'), workshopPath.index('cs'))).toBe('../workshop.html');
    expect(hrefBetween(workshopPath.presenter('cs', 'c'), workshopPath.index('cs'))).toBe('../../workshop.html');
  });
});

describe('fitting a slide to its stage', () => {
  /**
   * A stage of 600 px whose content is `lines` lines of `perLine` px at size 1, wrapping as the
   * type grows (lines ∝ size) or not: the content's height at `size`, and each layout counted.
   */
  const modelStage = (height: (size: number) => number) => {
    let size = 1;
    const stage = {
      layouts: 0,
      clientHeight: 600,
      clientWidth: 1000,
      scrollWidth: 1000,
      get scrollHeight() {
        return Math.max(600, Math.ceil(height(size)));
      },
      style: {
        setProperty: (_name: string, value: string) => {
          stage.layouts += 1;
          size = Number(value);
        },
      },
      get size() {
        return size;
      },
    };
    return stage;
  };
  const largestThatFits = (height: (size: number) => number) => {
    let best = 0.55;
    for (let s = 0.55; s <= 1.6; s += 0.0005) if (height(s) <= 600) best = s;
    return best;
  };

  it.for([
    ['wrapping text', (s: number) => 400 * s * s],
    ['lines that do not wrap', (s: number) => 500 * s],
    ['a long step', (s: number) => 900 * s * s + 200 * s],
    ['a short step', (s: number) => 150 * s],
    ['more than fits at the smallest', (s: number) => 3000 * s],
  ] as const)('finds the largest size that fits, within 2 %, in few layouts: %s', ([, height]) => {
    const stage = modelStage(height);
    fitToStage(stage);
    const best = largestThatFits(height);
    expect(height(stage.size) <= 600 || stage.size === 0.55).toBe(true);
    expect(best - stage.size).toBeLessThanOrEqual(0.02);
    expect(stage.layouts).toBeLessThanOrEqual(7);
  });

  it('tries the largest size only, when it fits', () => {
    const stage = modelStage(() => 100);
    fitToStage(stage);
    expect([stage.size, stage.layouts]).toEqual([1.6, 1]);
  });

  it('tells when a fit still holds: same stage size, same fonts in', () => {
    const fonts = (...states: FontFaceLoadStatus[]) => states.map((status) => ({ status }));
    const before = fitConditions({ clientWidth: 1280, clientHeight: 600 }, fonts('loaded', 'unloaded'));
    expect(fitConditions({ clientWidth: 1280, clientHeight: 600 }, fonts('loaded', 'unloaded'))).toBe(before);
    expect(fitConditions({ clientWidth: 1280, clientHeight: 560 }, fonts('loaded', 'unloaded'))).not.toBe(before);
    expect(fitConditions({ clientWidth: 1280, clientHeight: 600 }, fonts('loaded', 'loaded'))).not.toBe(before);
  });

  it('falls to the smallest size when the stage has no size yet', () => {
    const stage = { ...modelStage((s) => 100 * s), clientHeight: 0 };
    let size = 0;
    stage.style = { setProperty: (_n: string, v: string) => void (size = Number(v)) };
    fitToStage(stage);
    expect(size).toBe(0.55);
  });
});
