/** The UI words of the scenario player, resolved at build time in the page's language. */
export interface ScenarioStrings {
  label: string;
  /** Above the choices: "What do you do?" */
  choose: string;
  /** Before the consequence of the last choice: "What happens" */
  consequence: string;
  outcome: Record<'good' | 'mixed' | 'poor', string>;
  debrief: string;
  /** Heading of the review of the learner's decisions. */
  path: string;
  restart: string;
}
