import type { AnswerField, Answers } from '../../intake/screening/answers';
import { extractByRules } from '../../intake/prefill/ruleExtractor';
import type { Policy } from '../../intake/screening/policy';
import { screenEarly } from '../../intake/screening/screen';
import { CardFactory, MessageFactory } from '../sdk';
import { AnswerPrompt } from '../shared/answerPrompt';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { questionCard, summaryCard } from './cards';
import { progressOf, type AnswerValue, type Draft } from './questions';
import { recognizeAnswer } from './recognizeAnswer';
import { recognizeEarlyStop, type EarlyStopChoice } from './recognizeEarlyStop';
import { recognizeSummary, type SummaryChoice } from './recognizeSummary';
import { earlyStopCard } from './resultCard';

export interface QuestionOptions {
  field: AnswerField;
  draft: Draft;
}

export interface DraftOptions {
  draft: Draft;
}

export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** A whole description typed at the first question instead of an answer. */
export interface Description {
  beschrijving: Partial<Answers>;
}

/** A description gives at least this many answers; fewer is just a (wrong) answer. */
const MIN_DESCRIBED_FIELDS = 2;

/**
 * One policy question as a card; typed answers, "waarom?" and bad submits handled per turn.
 * At the very first question a typed description of the client ("cliënt van 34, geen
 * diploma, 20 uur") is recognised too, so it can be confirmed and used.
 */
export function questionPrompt(id: string, policy: Policy) {
  return new AnswerPrompt<QuestionOptions, AnswerValue | Description>(id, {
    render: ({ field, draft }) => cardActivity(questionCard(field, progressOf(field, draft))),
    recognize: (activity, { field, draft }) => {
      if (Object.keys(draft).length === 0 && activity.text && !activity.value) {
        const beschrijving = extractByRules(activity.text);
        if (Object.keys(beschrijving).length >= MIN_DESCRIBED_FIELDS) return { ok: true, value: { beschrijving } };
      }
      return recognizeAnswer(activity, field, policy);
    },
  });
}

export function isDescription(value: unknown): value is Description {
  return typeof value === 'object' && value !== null && 'beschrijving' in value;
}

/** The summary of all answers: confirm, or pick one answer to change. */
export function summaryPrompt(id: string) {
  return new AnswerPrompt<DraftOptions, SummaryChoice>(id, {
    render: ({ draft }) => cardActivity(summaryCard(draft)),
    recognize: (activity, { draft }) => recognizeSummary(activity, draft),
  });
}

/** The certain exclusion with the choice to go on; only begun when screenEarly gives an advice. */
export function earlyStopPrompt(id: string, policy: Policy) {
  return new AnswerPrompt<DraftOptions, EarlyStopChoice>(id, {
    render: ({ draft }) => {
      const advice = screenEarly(draft, policy);
      if (!advice) throw new Error('early stop without a certain exclusion'); // guarded by the caller
      return cardActivity(earlyStopCard(advice, draft, policy));
    },
    recognize: (activity) => recognizeEarlyStop(activity),
  });
}
