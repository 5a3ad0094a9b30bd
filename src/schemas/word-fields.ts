/**
 * The content fields that hold words for the learner, in any collection. Everything else
 * (ids, answers, scores, links) is language-neutral and equal in every locale.
 */
export const WORD_FIELDS: ReadonlySet<string> = new Set([
  'prompt', 'text', 'feedback', 'item', 'match', 'label', 'caption', 'title', 'intro', 'consequence',
  'debrief', 'speaker', 'unit', 'scale', 'advice', 'objectives', 'term', 'definition',
  // workshop cards
  'audience', 'goals', 'situation', 'departments', 'name', 'description', 'discussion', 'notes', 'instructions',
]);
