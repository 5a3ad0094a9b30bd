// Build time only: the workshop islands' words, in the page's language.
import type { Translator } from '../../i18n/translator.ts';
import type { WorkshopStrings } from './strings.ts';

const KEYS = [
  'departments', 'audience', 'goals', 'present', 'handout', 'presenterView', 'presenter', 'synced', 'situation', 'roles',
  'showOptions', 'showConsequences', 'showDiscussion', 'votes', 'recommended', 'discussion', 'debrief', 'notes', 'next',
  'previous', 'upNext', 'timer', 'fullScreen', 'keys', 'results', 'download', 'csvDecision', 'csvOption', 'csvVotes', 'end', 'restart', 'all',
  'voteTooEarly',
] as const;
const TEMPLATES = ['decision', 'step', 'addVote', 'removeVote', 'planned'] as const;

export function workshopStrings({ t, template, plural }: Translator, minutes: number): WorkshopStrings {
  return {
    ...(Object.fromEntries(KEYS.map((k) => [k, t(`workshop.${k}`)])) as Record<(typeof KEYS)[number], string>),
    ...(Object.fromEntries(TEMPLATES.map((k) => [k, template(`workshop.${k}`)])) as Record<(typeof TEMPLATES)[number], string>),
    duration: t('lesson.duration', { count: minutes }),
    votesFor: plural('workshop.votesFor'),
  };
}
