// The value patterns of Moodle's SCORM runtimes (mod/scorm/datamodels/scorm_12.js and
// scorm_13.js), stricter than the standard and than scorm-again: what Moodle refuses, the
// preview refuses too under the "moodle" profile, with Moodle's error code.
import type { Edition } from './record.ts';

/** The checks that do not depend on other values: element pattern → value pattern. */
type Formats = Array<[element: RegExp, value: RegExp]>;

const decimal2004 = /^-?\d{1,5}(\.\d{1,18})?$/;
const shortId = /^[\w.]{1,250}$/;
const timespan2004 = /^P(\d+Y)?(\d+M)?(\d+D)?(T((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?|(\d+M)(\d+(\.\d{1,2})?S)?|(\d+(\.\d{1,2})?S)))?$/;
const lang = '([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?';

const FORMATS_2004: Formats = [
  [/^cmi\.completion_status$/, /^(completed|incomplete|not attempted|unknown)$/],
  [/^cmi\.success_status$/, /^(passed|failed|unknown)$/],
  [/^cmi\.exit$/, /^(time-out|suspend|logout|normal|)$/],
  [/^cmi\.(score\.(raw|min|max|scaled)|progress_measure)$/, decimal2004],
  [/^cmi\.session_time$/, timespan2004],
  [/^cmi\.location$/, /^[\s\S]{0,1000}$/],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,64000}$/],
  [/^cmi\.learner_preference\.language$/, new RegExp(`^(${lang})?$`)],
  [/^cmi\.interactions\.\d+\.id$/, /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/],
  [/^cmi\.interactions\.\d+\.type$/, /^(true-false|choice|(long-)?fill-in|matching|performance|sequencing|likert|numeric|other)$/],
  [
    /^cmi\.interactions\.\d+\.timestamp$/,
    /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/,
  ],
  [/^cmi\.interactions\.\d+\.result$/, /^(correct|incorrect|unanticipated|neutral|-?\d{1,4}(\.\d{1,18})?)$/],
  [/^cmi\.interactions\.\d+\.latency$/, timespan2004],
  [/^cmi\.interactions\.\d+\.description$/, new RegExp(`^(\\{lang=${lang}\\})?([^{].{0,250})?$`)],
];

/** Moodle 2004's reading of each interaction type's responses: node pattern, most nodes, separators. */
const RESPONSES_2004: Record<string, { node: RegExp; max: number; list?: string; pair?: string; unique?: boolean }> = {
  'true-false': { node: /^(true|false)$/, max: 1 },
  choice: { node: shortId, max: 36, list: '[,]', unique: true },
  'fill-in': { node: new RegExp(`^(\\{lang=${lang}\\})?([^{].{0,250})?$`), max: 10, list: '[,]' },
  matching: { node: shortId, max: 36, list: '[,]', pair: '[.]' },
  sequencing: { node: shortId, max: 36, list: '[,]' },
  likert: { node: shortId, max: 1 },
  numeric: { node: decimal2004, max: 1 },
};

const FORMATS_12: Formats = [
  [/^cmi\.core\.lesson_status$/, /^(passed|completed|failed|incomplete|browsed)$/],
  [/^cmi\.core\.exit$/, /^(time-out|suspend|logout|)$/],
  [/^cmi\.core\.score\.(raw|min|max)$/, /^-?\d{0,3}(\.\d*)?$/],
  [/^cmi\.core\.session_time$/, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/],
  [/^cmi\.core\.lesson_location$/, /^[\s\S]{0,255}$/],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,4096}$/],
  [/^cmi\.interactions\.\d+\.id$/, /^[\u0021-\u007E]{0,255}$/],
  [/^cmi\.interactions\.\d+\.type$/, /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/],
  [/^cmi\.interactions\.\d+\.time$/, /^[0-2]\d:[0-5]\d:[0-5]\d(\.\d{1,2})?$/],
  [/^cmi\.interactions\.\d+\.latency$/, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/],
  [/^cmi\.interactions\.\d+\.result$/, /^(correct|wrong|unanticipated|neutral|\d{0,3}(\.\d*)?)$/],
  [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, /^[\s\S]{0,255}$/],
];

/** Moodle's range checks, on top of the patterns. */
const RANGES: Array<[element: RegExp, min: number, max: number]> = [
  [/^cmi\.score\.scaled$/, -1, 1],
  [/^cmi\.progress_measure$/, 0, 1],
  [/^cmi\.core\.score\.(raw|min|max)$/, 0, 100],
];

/** Whether Moodle 2004 takes a learner response or a correct-response pattern for an interaction of `type`. */
function response2004(type: string | undefined, value: string, pattern: boolean): boolean {
  const rule = type ? RESPONSES_2004[type] : undefined;
  if (!rule) return true;
  if (pattern && type === 'numeric') {
    // A range: both ends present, the smaller first.
    const ends = value.split('[:]');
    return ends.length <= 2 && ends.every((e) => decimal2004.test(e)) && Number(ends[0]) <= Number(ends.at(-1));
  }
  const nodes = rule.list ? value.split(rule.list) : [value];
  if (nodes.length > rule.max) return false;
  if (rule.unique && new Set(nodes).size !== nodes.length) return false;
  return nodes.every((node) => {
    if (!rule.pair) return rule.node.test(node);
    const parts = node.split(rule.pair);
    return parts.length === 2 && parts.every((p) => rule.node.test(p));
  });
}

/**
 * Follows one session's SetValue calls as Moodle would: undefined when Moodle takes the value,
 * else the error code it answers with (406 type mismatch, 407 out of range, 351 set failure).
 */
export function moodleRuntime(edition: Edition) {
  const types = new Map<string, string>();
  const patterns = new Map<string, number>();
  const formats = edition === 'scorm12' ? FORMATS_12 : FORMATS_2004;

  return (element: string, value: string): '406' | '407' | '351' | undefined => {
    const format = formats.find(([e]) => e.test(element))?.[1];
    if (format && !format.test(value)) return '406';
    const range = RANGES.find(([e]) => e.test(element));
    if (range && (Number(value) < range[1] || Number(value) > range[2])) return '407';
    if (edition === 'scorm12') return undefined;

    const m = /^cmi\.interactions\.(\d+)\.(type|learner_response|correct_responses\.(\d+)\.pattern)$/.exec(element);
    if (!m) return undefined;
    const [, n = '', field, index] = m;
    if (field === 'type') {
      types.set(n, value);
      patterns.set(n, 0); // Moodle starts the interaction's patterns afresh with its type
      return undefined;
    }
    if (field === 'learner_response') return response2004(types.get(n), value, false) ? undefined : '406';
    // Patterns come in order, and one only for true-false, numeric and likert.
    const count = patterns.get(n) ?? 0;
    const single = ['true-false', 'numeric', 'likert'].includes(types.get(n) ?? '');
    if (Number(index) !== count || (single && count >= 1)) return '351';
    if (!response2004(types.get(n), value, true)) return '406';
    patterns.set(n, count + 1);
    return undefined;
  };
}
