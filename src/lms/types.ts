import type { Interaction } from '../state/interaction.ts';
import type { Progress, RecordHeld } from '../state/progress.ts';
import type { InteractionContext } from './interaction-fields.ts';

export type Edition = '1.2' | '2004';

/** What the LMS (or the browser, standalone) tells us at launch. */
export interface LaunchData {
  /** True when the LMS says this is a resumed attempt, or saved data was found. */
  resumed: boolean;
  suspendData: string;
  location: string;
  /** The learner's language preference in the LMS, if any. */
  learnerLanguage: string;
  /** The name the LMS gives, in the order people write it ("Given Surname"); shown as text only. */
  learnerName: string;
  /** "review" or "browse": the LMS shows the course without recording it, and the course writes nothing. */
  mode: 'normal' | 'review' | 'browse';
  /** Completion, success and score the LMS already records, which the course never lowers. */
  held: RecordHeld;
}

/** Everything the course writes, each time the learner's state changes. */
export interface LmsRecord {
  suspendData: string;
  location: string;
  progress: Progress;
  /** The language the learner picked in the course, offered to the LMS as their preference. */
  chosenLanguage?: string;
}

/** One launch's link to where progress is kept: a SCORM LMS, or this browser. */
export interface LmsConnection {
  readonly kind: 'scorm-1.2' | 'scorm-2004' | 'standalone';
  start(): LaunchData;
  /**
   * Writes the record's values: cheap, and skips values that did not change. False if a
   * write was refused in a way that may pass (it is tried again at the next save); a value
   * the LMS will never accept is left out and logged for administrators instead.
   */
  save(record: LmsRecord): boolean;
  /** Queues an interaction; it is written at the next save, and again after a refusal. */
  report(interaction: Interaction, context: InteractionContext): void;
  /** Asks the LMS to store what was saved, if anything was. Returns false if it refused. */
  commit(): boolean;
  /** Ends the session: called at most once; every call after that is ignored. */
  finish(): void;
}
