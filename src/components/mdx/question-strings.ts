// Build time only: the words every question island needs, in the page's language.
import type { Translator } from '../../i18n/translator.ts';
import type { QuestionStrings } from '../questions/strings.ts';

export function questionStrings({ t, template }: Translator): QuestionStrings {
  return {
    label: t('question.label'),
    selfAssessment: t('question.selfAssessment'),
    showProfile: t('question.showProfile'),
    check: t('question.check'),
    incomplete: t('question.incomplete'),
    notAnswered: t('question.notAnswered'),
    correct: t('question.correct'),
    incorrect: t('question.incorrect'),
    partly: template('question.partly'),
    revealed: t('question.revealed'),
    true: t('question.true'),
    false: t('question.false'),
    choose: t('question.choose'),
    moveUp: t('question.moveUp'),
    moveDown: t('question.moveDown'),
    moved: template('question.moved'),
    placeHint: t('question.placeHint'),
    picked: template('question.picked'),
    placed: template('question.placed'),
    putBack: template('question.putBack'),
    holding: t('question.holding'),
    putBackButton: t('question.putBackButton'),
    yourAnswer: t('question.yourAnswer'),
    notANumber: template('question.notANumber'),
    profile: template('question.profile'),
    actionPlan: t('question.actionPlan'),
    makePlan: t('question.makePlan'),
    yourPlan: t('question.yourPlan'),
    printPlan: t('question.printPlan'),
    courseTitle: t('course.title'),
    turn: t('question.turn'),
    turnNow: t('question.turnNow'),
  };
}
