import type { PluralForms } from '../../i18n/plural.ts';

/** The UI words of the workshop islands, resolved at build time in the page's language. */
export interface WorkshopStrings {
  /** "About {{count}} minutes", resolved for the workshop's duration. */
  duration: string;
  departments: string;
  audience: string;
  goals: string;
  present: string;
  handout: string;
  presenterView: string;
  presenter: string;
  synced: string;
  situation: string;
  roles: string;
  /** "Decision {{number}} of {{total}}" */
  decision: string;
  /** "Step {{number}} of {{total}}" */
  step: string;
  showOptions: string;
  showConsequences: string;
  showDiscussion: string;
  votes: string;
  /** "One more vote for option {{number}}" */
  addVote: string;
  /** "One vote less for option {{number}}" */
  removeVote: string;
  /** Said when 1–9 is pressed before the options are shown. */
  voteTooEarly: string;
  /** "Option {{number}}: {{count}} votes", said as a vote changes. */
  votesFor: PluralForms;
  recommended: string;
  discussion: string;
  debrief: string;
  notes: string;
  next: string;
  previous: string;
  upNext: string;
  timer: string;
  /** "planned: {{minutes}} min" */
  planned: string;
  fullScreen: string;
  keys: string;
  results: string;
  download: string;
  csvDecision: string;
  csvOption: string;
  csvVotes: string;
  end: string;
  /** Starts over for the next group: back to the first slide, votes cleared. */
  restart: string;
  all: string;
}
