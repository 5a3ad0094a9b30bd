// Which interactions a lesson's message adds to the LMS record: a checked answer, each new
// scenario decision, and every question of a final-test attempt at the moment it is submitted.
import { newDecisions, questionInteraction, type Interaction } from '../state/interaction.ts';
import type { TestRecord } from '../state/test-record.ts';
import type { Grading } from './course-map.ts';
import type { AnswerDetail, LessonMessage } from './messages.ts';

export interface Report extends AnswerDetail {
  interaction: Interaction;
}

/** The learner's state before the message is applied. */
export interface Before {
  paths: Record<string, string[]>;
  test: TestRecord | undefined;
}

export function reportsFor(message: LessonMessage, before: Before, grading: Grading): Report[] {
  const { description, latencyMs } = message as AnswerDetail;
  switch (message.type) {
    case 'answer': {
      const question = grading.questions[message.questionId];
      const interaction = question && questionInteraction(question, message.response);
      return interaction ? [{ interaction, description, latencyMs }] : [];
    }
    case 'path': {
      const scenario = grading.scenarios[message.scenarioId];
      if (!scenario) return [];
      // Time and words belong to the decision just taken, the last one.
      return newDecisions(scenario, before.paths[message.scenarioId], message.choices).map((interaction, i, all) =>
        i === all.length - 1 ? { interaction, description, latencyMs } : { interaction },
      );
    }
    case 'test': {
      const { attempt } = message.test;
      const wasSubmitted = before.test?.attempt.number === attempt.number && before.test.attempt.score !== undefined;
      if (attempt.score === undefined || wasSubmitted) return [];
      return attempt.draw.flatMap((id) => {
        const question = grading.questions[id];
        const interaction = question && questionInteraction(question, attempt.answers[id]);
        return interaction ? [{ interaction, ...message.details?.[id] }] : [];
      });
    }
    default:
      return [];
  }
}
