// The LMSs the preview can play, each a way real LMSs behave that a course must cope with.
// The browser tests run the whole course under each; an administrator can pick one in the page.
import type { Faults } from './api.ts';
import type { AttemptRules } from './record.ts';

export interface Profile {
  label: string;
  /** What a person sees about it in the preview. */
  description: string;
  faults: Faults;
  attempts: AttemptRules;
}

export const PROFILES = {
  standard: {
    label: 'Standard',
    description: 'scorm-again, held to the standard: resumes after a suspend, starts a new attempt otherwise.',
    faults: {},
    attempts: {},
  },
  moodle: {
    label: 'Moodle values',
    description: "Refuses, with Moodle's error codes, every value Moodle's SCORM runtime would refuse (its stricter patterns for identifiers, numbers and times).",
    faults: { moodle: true },
    attempts: {},
  },
  review: {
    label: 'Review a finished attempt',
    description: 'Reopens a finished attempt in review mode, as Moodle does: the course must record nothing and lower nothing.',
    faults: {},
    attempts: { reviewFinished: true },
  },
  'slow-commit': {
    label: 'Slow Commit (1.5 s)',
    description: 'Every Commit holds the page for 1.5 seconds, like an LMS saving to a busy server.',
    faults: { commitDelayMs: 1500 },
    attempts: {},
  },
  'refuse-initialize': {
    label: 'Refuses to start',
    description: 'Initialize fails: the course must keep progress in the browser and call the LMS no more.',
    faults: { initialize: 'fail' },
    attempts: {},
  },
} satisfies Record<string, Profile>;

export type ProfileName = keyof typeof PROFILES;
