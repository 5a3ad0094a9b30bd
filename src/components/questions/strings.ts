/** The UI words every question island needs, resolved at build time in the page's language. */
export interface QuestionStrings {
  label: string;
  /** The label of a self-assessment, which checks nothing, and its button. */
  selfAssessment: string;
  showProfile: string;
  check: string;
  /** Shown when the learner checks before answering every part. */
  incomplete: string;
  /** Beside each statement of a self-assessment still without an answer after a check. */
  notAnswered: string;
  correct: string;
  incorrect: string;
  /** "Partly right: {{right}} of {{total}}." */
  partly: string;
  /** Shown once the allowed attempts are used up and the right answer is revealed. */
  revealed: string;
  true: string;
  false: string;
  /** The empty first choice of a drop-down. */
  choose: string;
  moveUp: string;
  moveDown: string;
  /** "{{item}}: now in position {{position}} of {{total}}." */
  moved: string;
  /** Under an activity with cards: drag them, or tap a card and then its place. */
  placeHint: string;
  /** "{{item}}: picked up. Now choose its place." */
  picked: string;
  /** "{{item}}: placed in {{place}}." */
  placed: string;
  /** "{{item}}: put back." */
  putBack: string;
  /** Before the card in hand: "In your hand:". */
  holding: string;
  /** The button that puts the card in hand back. */
  putBackButton: string;
  /** The label of the numeric answer field. */
  yourAnswer: string;
  /** "Type a number, for example {{example}}." */
  notANumber: string;
  /** "Your profile: {{title}}" */
  profile: string;
  /** The label of an action plan, its button, the heading of the plan made, and its print button. */
  actionPlan: string;
  makePlan: string;
  yourPlan: string;
  printPlan: string;
  /** At the head of a printed plan. */
  courseTitle: string;
  /** The pyramid's button: "Turn the pyramid over". */
  turn: string;
  /** After the traditional pyramid is right: "That is the traditional chart. Now turn it over." */
  turnNow: string;
}
