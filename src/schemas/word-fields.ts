/**
 * The content fields that hold words for the learner, in any collection. Everything else
 * (ids, answers, scores, links) is language-neutral and equal in every locale.
 */
export const WORD_FIELDS: ReadonlySet<string> = new Set([
  'prompt', 'text', 'feedback', 'item', 'match', 'label', 'caption', 'title', 'intro', 'consequence',
  'debrief', 'unit', 'scale', 'advice', 'objectives', 'term', 'definition',
  // a diagram's labels, in a lesson
  'labels',
  // workshop cards
  'audience', 'goals', 'situation', 'departments', 'name', 'description', 'discussion', 'notes', 'instructions',
]);

/** The strings a learner reads in a content file's data: everything under its word fields. */
export function wordsIn(data: unknown, underWordField = false): string[] {
  if (typeof data === 'string') return underWordField ? [data] : [];
  if (Array.isArray(data)) return data.flatMap((item) => wordsIn(item, underWordField));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => wordsIn(value, underWordField || WORD_FIELDS.has(key)));
  return [];
}
