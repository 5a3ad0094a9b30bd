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

/**
 * A content id as a 2004 short identifier in its strictest common reading (Moodle's among
 * others): letters, digits, `_` and `.` only. Content ids are lowercase words joined by
 * hyphens, so writing `_` for `-` is one-to-one and the same in every language.
 */
const shortIdentifier = (id: string) => id.replaceAll('-', '_');

/**
 * A number as a 2004 decimal that strict runtimes accept: at most five digits before the
 * point (Moodle) and seven after it (the standard's real(10,7)). Undefined if it does not fit.
 */
function strictDecimal(n: number): string | undefined {
  const text = String(Number(n.toFixed(7)));
  return /^-?\d{1,5}(\.\d{1,7})?$/.test(text) ? text : undefined;
}

/** A number in plain digits, for a fill-in response when it is too large for a decimal. */
const plainNumber = (n: number) => n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 7 });

/** The numbers of a numeric interaction, learner's first. */
const numbersOf = (i: Interaction) => [
  ...(i.learner.kind === 'numeric' ? [i.learner.value] : []),
  ...(i.correct?.kind === 'numeric' ? ('value' in i.correct ? [i.correct.value] : [i.correct.min, i.correct.max]) : []),
];

/**
 * The 2004 type: a numeric answer whose numbers do not all fit a strict decimal (a cost of
 * US$375,000, say) is reported as `fill-in`, its numbers in plain digits.
 */
const type2004 = (i: Interaction) => (i.learner.kind === 'numeric' && !numbersOf(i).every((n) => strictDecimal(n) !== undefined) ? 'fill-in' : i.learner.kind);

function scorm2004Response(answer: Answer | NonNullable<Interaction['correct']>, type: string): string | undefined {
  switch (answer.kind) {
    case 'true-false':
      return String(answer.value);
    case 'choice':
    case 'sequencing':
      return answer.ids.map(shortIdentifier).join('[,]');
    case 'matching':
      return answer.pairs.map(([s, t]) => `${shortIdentifier(s)}[.]${shortIdentifier(t)}`).join('[,]');
    case 'numeric': {
      const exact = 'value' in answer ? answer.value : answer.min === answer.max ? answer.min : undefined;
      // A fill-in pattern is one text: a range of large numbers has none.
      if (type === 'fill-in') return exact === undefined ? undefined : plainNumber(exact);
      return 'value' in answer ? strictDecimal(answer.value) : `${strictDecimal(answer.min)}[:]${strictDecimal(answer.max)}`;
    }
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
  const type = type2004(i);
  const pattern = i.correct && scorm2004Response(i.correct, type);
  return {
    id: i.id,
    type,
    timestamp: timestamp(c.at),
    learner_response: scorm2004Response(i.learner, type) ?? '',
    ...(pattern ? { 'correct_responses.0.pattern': pattern } : {}),
    result: i.result === 'wrong' ? 'incorrect' : i.result,
    ...(c.latencyMs === undefined ? {} : { latency: isoDuration(c.latencyMs) }),
    ...(text ? { description: `{lang=${c.locale}}${text.length > DESCRIPTION_LIMIT ? `${text.slice(0, DESCRIPTION_LIMIT - 1)}…` : text}` } : {}),
  };
}
