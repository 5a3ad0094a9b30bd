// Assessment items checked as an instructional designer would, where a machine can: every
// answer's feedback explains (a bare "Yes." teaches nothing), a multiple-choice item leaves at
// least two wrong options to weigh, so it cannot be passed by ticking everything but one, and a
// question asked in the negative ("Which is not…?") has no negative option to untangle.

/** Fewer words than this is a verdict ("Yes.", "Not quite."), not an explanation. */
export const FEEDBACK_WORDS = 4;

/** Negative words, per language where the course has them listed: the source, which every translation follows. */
const NEGATION: Record<string, RegExp> = {
  en: /\b(not|never|no|none|nobody|nothing|neither|nor)\b|n[’']t\b/i,
};

interface ItemEntry {
  locale: string;
  file: string;
  data: { type: string; prompt?: string; options?: ReadonlyArray<{ correct?: boolean; text?: string }> };
}

/** The question a prompt asks: its last sentence ending in "?", or all of it. */
const questionOf = (prompt: string) => prompt.match(/[^.!?:]*\?\s*$/)?.[0] ?? prompt;

function doubleNegatives({ locale, data }: ItemEntry): string[] {
  const negative = NEGATION[locale];
  if (!negative || !data.prompt || !negative.test(questionOf(data.prompt))) return [];
  return (data.options ?? []).flatMap((option, i) => (option.text && negative.test(option.text) ? [`options[${i}].text`] : []));
}

/** Every feedback text of an item, with its field: an option's, or the item's right / wrong / partial one. */
function feedbackTexts(value: unknown, path: string): Array<[field: string, text: string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => feedbackTexts(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    if (key !== 'feedback') return feedbackTexts(inner, field);
    if (typeof inner === 'string') return [[field, inner] as [string, string]];
    return Object.entries(inner ?? {}).flatMap(([part, text]) => (typeof text === 'string' ? [[`${field}.${part}`, text] as [string, string]] : []));
  });
}

/** One line per weak item, naming the file and the field. */
export function itemProblems(entries: readonly ItemEntry[]): string[] {
  return entries.flatMap((entry) => [
    ...doubleNegatives(entry).map((field) => `${entry.file}: field \`${field}\` answers a question asked in the negative with a negative: say it positively`),
    ...weakFeedback(entry),
  ]);
}

function weakFeedback({ file, data }: ItemEntry): string[] {
  const wrong = (data.options ?? []).filter((o) => !o.correct).length;
  return [
    ...feedbackTexts(data, '')
      .filter(([, text]) => text.trim().split(/\s+/).length < FEEDBACK_WORDS)
      .map(([field, text]) => `${file}: field \`${field}\` only says "${text}": say why, as a teacher would`),
    ...(data.type === 'multiple-choice' && wrong < 2 ? [`${file}: field \`options\` leaves ${wrong} wrong option; a multiple-choice item needs at least two`] : []),
  ];
}
