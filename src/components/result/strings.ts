/** The result page's and the certificate's UI words, resolved at build time in the page's language. */
export interface ResultStrings {
  notTestedHeading: string;
  notTested: string;
  goToTest: string;
  notPassedHeading: string;
  /** "Your best score is {{score}}. You need {{mark}} to pass." */
  notPassed: string;
  notPassedAdvice: string;
  retry: string;
  lessonsToGoHeading: string;
  /** "You passed the final test with {{score}}. Finish these lessons…" */
  lessonsToGo: string;
  remaining: string;
  completeHeading: string;
  complete: string;
  /** "Well done, {{name}}: …" */
  completeNamed: string;
  score: string;
  completedOn: string;
  timeSpent: string;
  planHeading: string;
  planEmpty: string;
  makePlan: string;
  certificate: string;
  nextHeading: string;
  next: string;
  /** Outside the course (a page opened on its own): where the result comes from. */
  outside: string;
}

export interface CertificateStrings {
  courseTitle: string;
  title: string;
  certifies: string;
  completed: string;
  /** "on {{date}}, with a final test score of {{score}}." */
  details: string;
  nameLabel: string;
  print: string;
  back: string;
  notYet: string;
  outside: string;
}

/** Links from the result page, relative to it. */
export interface ResultLinks {
  test: string;
  /** The lesson that holds the action plan, if the course has one. */
  plan?: string;
  certificate: string;
}
