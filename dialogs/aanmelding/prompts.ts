import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { CardFactory, MessageFactory } from '../sdk';
import { AnswerPrompt } from '../shared/answerPrompt';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { questionCard } from './cards';
import type { Question } from './questions';
import { recognizeQuestion, type QuestionAnswer } from './recognizeQuestion';
import { recognizeReview, type ReviewChoice } from './recognizeReview';
import { reviewCard, type ReviewOptions } from './reviewCard';

export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** One card with the inputs still needed; typed answers, "waarom?" and bad submits per turn. */
export function questionPrompt(id: string, teams: readonly IntakeTeam[]) {
  return new AnswerPrompt<Question, QuestionAnswer>(id, {
    render: (question) => cardActivity(questionCard(question, teams)),
    recognize: (activity, question) => recognizeQuestion(activity, question),
  });
}

/** The review: send, keep as concept, or change one part. */
export function reviewPrompt(id: string, teams: readonly IntakeTeam[]) {
  return new AnswerPrompt<ReviewOptions, ReviewChoice>(id, {
    render: (options) => cardActivity(reviewCard(options, teams)),
    recognize: (activity, options) => recognizeReview(activity, options.targets),
  });
}
