// The strict recorder: checks every call a course makes against the standard in its strictest
// common reading, where scorm-again is lenient (1.2 suspend_data 4,096, vocabularies, time
// formats, interaction patterns), against the one-session rule, and against what an LMS
// expects of a course: nothing written in review mode, nothing it already holds lowered.
// The preview shows what it finds; tests fail on it.
import type { Edition, Held } from './record.ts';

export type Call =
  | { name: 'Initialize'; /** Whether a session runs after the call (an LMS may have started one before). */ running: boolean }
  | { name: 'Terminate' | 'Commit' }
  | { name: 'GetValue'; element: string }
  | { name: 'SetValue'; element: string; value: string };

const vocabulary = (...words: string[]) => (v: string) => words.includes(v) || `"${v}" is not one of ${words.map((w) => `"${w}"`).join(', ')}`;
const pattern = (re: RegExp, what: string) => (v: string) => re.test(v) || `"${v}" is not ${what}`;
const maxLength = (n: number) => (v: string) => v.length <= n || `${v.length} characters, over ${n}`;
const decimal = (min: number, max: number) => (v: string) =>
  (/^-?\d+(\.\d+)?$/.test(v) && Number(v) >= min && Number(v) <= max) || `"${v}" is not a number from ${min} to ${max}`;
type Rule = (value: string) => true | string;

const timespan12 = pattern(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, 'a CMITimespan (HHHH:MM:SS.SS)');
const duration2004 = pattern(/^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/, 'an ISO 8601 duration');
const letters12 = /^[0-9a-z]$/;

/** SCORM 1.2 responses: single characters, in the shape the interaction's type asks for. */
function response12(type: string | undefined): Rule {
  return (v) => {
    if (v.length > 255) return `${v.length} characters, over 255`;
    const parts = v.split(',');
    const ok =
      type === 'true-false' ? /^[01tf]$/.test(v)
      : type === 'choice' || type === 'sequencing' ? parts.every((p) => letters12.test(p))
      : type === 'matching' ? parts.every((p) => /^[0-9a-z]\.[0-9a-z]$/.test(p))
      : type === 'numeric' ? /^-?\d+(\.\d+)?$/.test(v)
      : true;
    return ok || `"${v}" is not a SCORM 1.2 ${type} response`;
  };
}

/**
 * SCORM 2004 responses: short identifiers joined with [,] and [.], numbers. In the strictest
 * common reading (Moodle's among others): identifiers of letters, digits, `_` and `.`, and
 * decimals of at most five digits before the point and seven after it.
 */
function response2004(type: string | undefined, pattern: boolean): Rule {
  const id = /^[\w.]{1,250}$/;
  const decimal = /^-?\d{1,5}(\.\d{1,7})?$/;
  return (v) => {
    const parts = v.split('[,]');
    const ends = v.split('[:]');
    const ok =
      type === 'true-false' ? /^(true|false)$/.test(v)
      : type === 'choice' || type === 'sequencing' ? parts.every((p) => id.test(p)) && new Set(parts).size === parts.length
      : type === 'matching' ? parts.every((p) => p.split('[.]').length === 2 && p.split('[.]').every((s) => id.test(s)))
      : type === 'numeric' && pattern ? ends.length === 2 && ends.every((e) => decimal.test(e)) && Number(ends[0]) <= Number(ends[1])
      : type === 'numeric' ? decimal.test(v)
      : type === 'fill-in' ? parts.every((p) => /^[^{].{0,249}$/.test(p))
      : true;
    return ok || `"${v}" is not a SCORM 2004 ${type} ${pattern ? 'pattern' : 'response'}`;
  };
}

const interactionTypes = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];

function rule12(element: string, typeOf: (n: string) => string | undefined): Rule | undefined {
  const fixed: Record<string, Rule> = {
    'cmi.core.lesson_status': vocabulary('passed', 'completed', 'failed', 'incomplete', 'browsed'),
    'cmi.core.exit': vocabulary('time-out', 'suspend', 'logout', ''),
    'cmi.core.session_time': timespan12,
    'cmi.core.lesson_location': maxLength(255),
    'cmi.core.score.raw': decimal(0, 100),
    'cmi.core.score.min': decimal(0, 100),
    'cmi.core.score.max': decimal(0, 100),
    'cmi.suspend_data': maxLength(4096),
    'cmi.student_preference.language': maxLength(255),
  };
  if (fixed[element]) return fixed[element];
  const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
  if (!m) return undefined;
  const [, n = '', field] = m;
  if (field === 'id') return pattern(/^[A-Za-z0-9_.:-]{1,255}$/, 'a CMIIdentifier');
  if (field === 'type') return vocabulary(...interactionTypes);
  if (field === 'time') return pattern(/^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/, 'a CMITime (HH:MM:SS)');
  if (field === 'latency') return timespan12;
  if (field === 'result') return (v) => vocabulary('correct', 'wrong', 'unanticipated', 'neutral')(v) === true || /^-?\d+(\.\d+)?$/.test(v) || `"${v}" is not a 1.2 result`;
  if (field === 'student_response' || /^correct_responses\.\d+\.pattern$/.test(field ?? '')) return response12(typeOf(n));
  return undefined;
}

function rule2004(element: string, typeOf: (n: string) => string | undefined): Rule | undefined {
  const fixed: Record<string, Rule> = {
    'cmi.completion_status': vocabulary('completed', 'incomplete', 'not attempted', 'unknown'),
    'cmi.success_status': vocabulary('passed', 'failed', 'unknown'),
    'cmi.exit': vocabulary('time-out', 'suspend', 'logout', 'normal', ''),
    'cmi.session_time': duration2004,
    'cmi.location': maxLength(1000),
    'cmi.score.scaled': decimal(-1, 1),
    'cmi.score.raw': decimal(-1e9, 1e9),
    'cmi.score.min': decimal(-1e9, 1e9),
    'cmi.score.max': decimal(-1e9, 1e9),
    'cmi.progress_measure': decimal(0, 1),
    'cmi.suspend_data': maxLength(64000),
    'cmi.learner_preference.language': maxLength(250),
  };
  if (fixed[element]) return fixed[element];
  const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
  if (!m) return undefined;
  const [, n = '', field] = m;
  if (field === 'id') return pattern(/^\S{0,3999}[A-Za-z0-9]$/, 'a long identifier ending in a letter or digit');
  if (field === 'type') return vocabulary(...interactionTypes, 'long-fill-in', 'other');
  if (field === 'timestamp') return pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/, 'an ISO 8601 time');
  if (field === 'latency') return duration2004;
  if (field === 'result') return (v) => vocabulary('correct', 'incorrect', 'unanticipated', 'neutral')(v) === true || /^-?\d+(\.\d+)?$/.test(v) || `"${v}" is not a 2004 result`;
  if (field === 'description') return (v) => (/^\{lang=[A-Za-z-]+\}/.test(v) ? maxLength(250)(v.replace(/^\{lang=[^}]*\}/, '')) : maxLength(250)(v));
  if (field === 'learner_response') return response2004(typeOf(n), false);
  if (/^correct_responses\.\d+\.pattern$/.test(field ?? '')) return response2004(typeOf(n), true);
  return undefined;
}

/** What writing `value` to `element` would lower of what the LMS held at launch, if anything. */
function lowers(edition: Edition, held: Held, element: string, value: string): string | undefined {
  const below = `${element}=${value} lowers what the LMS holds`;
  if (/^cmi(\.core)?\.score\.raw$/.test(element)) return held.score !== undefined && Number(value) < held.score ? `${below} (${held.score})` : undefined;
  if (edition === 'scorm12') {
    if (element !== 'cmi.core.lesson_status') return undefined;
    if (held.status === 'passed' && value !== 'passed') return `${below} (passed)`;
    return ['completed', 'failed'].includes(held.status ?? '') && !['completed', 'failed', 'passed'].includes(value) ? `${below} (${held.status})` : undefined;
  }
  if (element === 'cmi.completion_status') return held.status === 'completed' && value !== 'completed' ? `${below} (completed)` : undefined;
  if (element === 'cmi.success_status') return held.success === 'passed' && value !== 'passed' ? `${below} (passed)` : undefined;
  return undefined;
}

/**
 * Follows one session's calls and returns, for each, what breaks the standard or the LMS's
 * record. `held` is what the LMS handed the course at launch.
 */
export function strictRecorder(edition: Edition, held: Held = {}) {
  let state: 'new' | 'running' | 'ended' = 'new';
  const types = new Map<string, string>();
  let scored = false;
  const score = edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const status = edition === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status';
  const reviewing = held.mode === 'review' || held.mode === 'browse';

  return (call: Call): string[] => {
    const problems: string[] = [];
    if (call.name === 'Initialize') {
      if (state !== 'new') problems.push(`Initialize called again (${state === 'ended' ? 'after Terminate' : 'twice'})`);
      if (call.running) state = 'running';
      return problems;
    }
    if (state !== 'running') problems.push(`${call.name} called ${state === 'new' ? 'before Initialize' : 'after Terminate'}`);
    if (call.name === 'Terminate') state = 'ended';
    if (call.name !== 'SetValue') return problems;

    const { element, value } = call;
    if (reviewing) problems.push(`${element} written in ${held.mode} mode, where the course must record nothing`);
    const lowered = lowers(edition, held, element, value);
    if (lowered) problems.push(lowered);
    const interaction = /^cmi\.interactions\.(\d+)\.type$/.exec(element);
    if (interaction) types.set(interaction[1]!, value);
    if (element === score) scored = true;
    if (element === status && ['passed', 'failed'].includes(value) && !scored) problems.push(`${element}=${value} written before ${score}`);
    const rule = (edition === 'scorm12' ? rule12 : rule2004)(element, (n) => types.get(n));
    const verdict = rule?.(value);
    if (typeof verdict === 'string') problems.push(`${element}: ${verdict}`);
    return problems;
  };
}
