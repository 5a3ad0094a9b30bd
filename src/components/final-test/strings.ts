import type { PluralForms } from '../../i18n/plural.ts';

/** The final test's UI words, resolved at build time in the page's language. */
export interface TestStrings {
  /** "8 questions, drawn for this attempt.": the count is known at build time. */
  questions: string;
  /** "You pass with {{percent}} or more." */
  passMark: string;
  /** "Attempt {{number}}" */
  attempt: string;
  /** "Question {{number}} of {{total}}" */
  questionNumber: string;
  submit: string;
  /** "{{count}} questions have no answer yet." */
  unanswered: PluralForms;
  /** "You passed with {{score}}." */
  passed: string;
  /** "You scored {{score}}. You need {{percent}} to pass." */
  failed: string;
  /** "Your best score so far: {{score}}." */
  best: string;
  review: string;
  retry: string;
  /** The link to the learner's result (their certificate, once complete). */
  seeResult: string;
}
