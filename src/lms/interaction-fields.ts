// Interactions (`cmi.interactions.n`) in each edition's own formats.
import type { Answer, Interaction } from '../state/interaction.ts';
import { cmiTimespan, isoDuration } from './time.ts';

/** What the course knows about an interaction besides its answer. */
export interface InteractionContext {
  /** The question or scene as the learner read it; 2004 only. */
  description?: string;
  locale: string;
  /** Time the learner took, from the page opening or their previous answer. */
  latencyMs?: number;
  at: Date;
}

/** SCORM 1.2: a-z then 0-9, the 36 single characters its response formats allow. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const letter = (ids: string[], id: string) => LETTERS[ids.indexOf(id)] ?? '?';

function scorm12Response(answer: Answer | NonNullable<Interaction['correct']>, i: Interaction): string {
  switch (answer.kind) {
    case 'true-false':
      return answer.value ? 't' : 'f';
    case 'choice':
    case 'sequencing':
      return answer.ids.map((id) => letter(i.targets, id)).join(',');
    case 'matching':
      return answer.pairs.map(([s, t]) => `${letter(i.sources, s)}.${letter(i.targets, t)}`).join(',');
    case 'numeric':
      return 'value' in answer ? String(answer.value) : String(answer.min === answer.max ? answer.min : (answer.min + answer.max) / 2);
  }
}

function scorm2004Response(answer: Answer | NonNullable<Interaction['correct']>): string {
  switch (answer.kind) {
    case 'true-false':
      return String(answer.value);
    case 'choice':
    case 'sequencing':
      return answer.ids.join('[,]');
    case 'matching':
      return answer.pairs.map(([s, t]) => `${s}[.]${t}`).join('[,]');
    case 'numeric':
      return 'value' in answer ? String(answer.value) : `${answer.min}[:]${answer.max}`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `cmi.interactions.n.<field>` → value, SCORM 1.2, in the order they must be written (id and type first). */
export function scorm12Fields(i: Interaction, c: InteractionContext): Record<string, string> {
  return {
    id: i.id,
    type: i.learner.kind,
    time: `${pad(c.at.getHours())}:${pad(c.at.getMinutes())}:${pad(c.at.getSeconds())}`,
    student_response: scorm12Response(i.learner, i),
    ...(i.correct ? { 'correct_responses.0.pattern': scorm12Response(i.correct, i) } : {}),
    result: i.result,
    ...(c.latencyMs === undefined ? {} : { latency: cmiTimespan(c.latencyMs) }),
  };
}

/** The 2004 description: at most 250 characters, with the language it is written in. */
const DESCRIPTION_LIMIT = 250;

/** 2004 timestamps: scorm-again, like the standard's own pattern, wants hundredths before the zone. */
const timestamp = (at: Date) => `${at.toISOString().slice(0, 22)}Z`;

/** `cmi.interactions.n.<field>` → value, SCORM 2004 4th edition, in the order they must be written. */
export function scorm2004Fields(i: Interaction, c: InteractionContext): Record<string, string> {
  const text = (c.description ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: i.id,
    type: i.learner.kind,
    timestamp: timestamp(c.at),
    learner_response: scorm2004Response(i.learner),
    ...(i.correct ? { 'correct_responses.0.pattern': scorm2004Response(i.correct) } : {}),
    result: i.result === 'wrong' ? 'incorrect' : i.result,
    ...(c.latencyMs === undefined ? {} : { latency: isoDuration(c.latencyMs) }),
    ...(text ? { description: `{lang=${c.locale}}${text.length > DESCRIPTION_LIMIT ? `${text.slice(0, DESCRIPTION_LIMIT - 1)}…` : text}` } : {}),
  };
}
