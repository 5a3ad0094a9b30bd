// A workshop run with a room: which slide is up, how much of a decision is revealed, and the
// room's votes. Pure, so the projected window and the presenter view compute the same thing.
import type { WorkshopData } from '../schemas/workshop.ts';

export type Slide =
  | { kind: 'title' }
  /** The situation, and for a case the roles. */
  | { kind: 'situation' }
  /** A case's decision point, by index in `steps`. */
  | { kind: 'decision'; index: number }
  /** An exercise's step, by index in `steps`. */
  | { kind: 'step'; index: number }
  | { kind: 'debrief' }
  /** A case's end: the room's choices, ready to download. */
  | { kind: 'results' };

/** How much of a decision the room sees: the question, then the options, what happens, and the discussion. */
export const PHASES = ['prompt', 'options', 'consequences', 'discussion'] as const;
export type Phase = (typeof PHASES)[number];

export interface Session {
  slide: number;
  phase: Phase;
  /** decision id → option id → votes */
  votes: Record<string, Record<string, number>>;
  /** When the current slide came up (ms since the epoch), for its timer. */
  since: number;
  /** Raised on every change, so two windows can tell the newer state. */
  rev: number;
}

export function slidesOf(w: WorkshopData): Slide[] {
  const steps: Slide[] = w.steps.map((_, index) => (w.kind === 'case' ? { kind: 'decision', index } : { kind: 'step', index }));
  return [{ kind: 'title' }, { kind: 'situation' }, ...steps, { kind: 'debrief' }, ...(w.kind === 'case' ? [{ kind: 'results' } as const] : [])];
}

export const startSession = (now: number): Session => ({ slide: 0, phase: 'prompt', votes: {}, since: now, rev: 0 });

const isDecision = (w: WorkshopData, s: Session) => slidesOf(w)[s.slide]?.kind === 'decision';
const lastPhase = PHASES[PHASES.length - 1]!;

/** A new session for the next group: back to the title, no votes; newer than `s`, so every window follows. */
export const restart = (s: Session, now: number): Session => ({ ...startSession(now), rev: s.rev + 1 });

/** The next thing to show: the next part of a decision, or the next slide. Stays put at the end. */
export function advance(w: WorkshopData, s: Session, now: number): Session {
  if (isDecision(w, s) && s.phase !== lastPhase) return { ...s, phase: PHASES[PHASES.indexOf(s.phase) + 1]!, rev: s.rev + 1 };
  if (s.slide >= slidesOf(w).length - 1) return s;
  return { ...s, slide: s.slide + 1, phase: 'prompt', since: now, rev: s.rev + 1 };
}

/** One step back: the previous part of a decision, or the previous slide shown whole. */
export function back(w: WorkshopData, s: Session, now: number): Session {
  if (isDecision(w, s) && s.phase !== 'prompt') return { ...s, phase: PHASES[PHASES.indexOf(s.phase) - 1]!, rev: s.rev + 1 };
  if (s.slide === 0) return s;
  const slide = s.slide - 1;
  return { ...s, slide, phase: slidesOf(w)[slide]?.kind === 'decision' ? lastPhase : 'prompt', since: now, rev: s.rev + 1 };
}

/** The `option`-th option of the decision on screen, and its votes so far; undefined off a decision or past its options. */
export function optionOnScreen(w: WorkshopData, s: Session, option: number) {
  const slide = slidesOf(w)[s.slide];
  if (w.kind !== 'case' || slide?.kind !== 'decision') return undefined;
  const step = w.steps[slide.index]!;
  const chosen = step.options[option];
  return chosen && { step: step.id, option: chosen.id, votes: s.votes[step.id]?.[chosen.id] ?? 0 };
}

/** Why a vote for the `option`-th option would not count now: the room has not seen the options yet. */
export const voteTooEarly = (w: WorkshopData, s: Session, option: number) => optionOnScreen(w, s, option) !== undefined && s.phase === 'prompt';

/** Adds `delta` votes (never below zero) to the `option`-th option, once the options are shown. */
export function vote(w: WorkshopData, s: Session, option: number, delta: 1 | -1): Session {
  const target = optionOnScreen(w, s, option);
  if (!target || s.phase === 'prompt') return s;
  const counts = s.votes[target.step] ?? {};
  return { ...s, votes: { ...s.votes, [target.step]: { ...counts, [target.option]: Math.max(0, target.votes + delta) } }, rev: s.rev + 1 };
}

/** The planned minutes of the slide on screen, if it is a timed step. */
export function plannedMinutes(w: WorkshopData, s: Session): number | undefined {
  const slide = slidesOf(w)[s.slide];
  return slide?.kind === 'decision' || slide?.kind === 'step' ? w.steps[slide.index]?.minutes : undefined;
}

/** For data read back from storage or another window: a session that fits `w`, or undefined. */
export function readSession(w: WorkshopData, x: unknown): Session | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const s = x as Partial<Session>;
  const count = slidesOf(w).length;
  const ok =
    Number.isInteger(s.slide) && s.slide! >= 0 && s.slide! < count &&
    PHASES.includes(s.phase as Phase) &&
    typeof s.since === 'number' && Number.isInteger(s.rev) &&
    typeof s.votes === 'object' && s.votes !== null &&
    Object.values(s.votes).every((v) => typeof v === 'object' && v !== null && Object.values(v).every((n) => Number.isInteger(n) && n >= 0));
  return ok ? (s as Session) : undefined;
}
