// Assessment items checked as an instructional designer would, where a machine can: every
// answer's feedback explains (a bare "Yes." teaches nothing), and a multiple-choice item leaves
// at least two wrong options to weigh, so it cannot be passed by ticking everything but one.

/** Fewer words than this is a verdict ("Yes.", "Not quite."), not an explanation. */
export const FEEDBACK_WORDS = 4;

interface ItemEntry {
  file: string;
  data: { type: string; options?: ReadonlyArray<{ correct?: boolean }> };
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
  return entries.flatMap(({ file, data }) => [
    ...feedbackTexts(data, '')
      .filter(([, text]) => text.trim().split(/\s+/).length < FEEDBACK_WORDS)
      .map(([field, text]) => `${file}: field \`${field}\` only says "${text}": say why, as a teacher would`),
    ...(data.type === 'multiple-choice' && (data.options ?? []).filter((o) => !o.correct).length < 2
      ? [`${file}: field \`options\` leaves ${(data.options ?? []).filter((o) => !o.correct).length} wrong option; a multiple-choice item needs at least two`]
      : []),
  ]);
}
