import { firstSentences } from '../../knowledge/answer/fallbackAnswer';
import type { KnowledgeSource } from '../../knowledge/answer/groundedAnswer';
import type { Activity } from '../sdk';

/**
 * How a model-written answer goes out in Teams: ONE root schema.org Message entity with
 * `additionalType: ["AIGeneratedContent"]` (the "AI generated" label) and its citations as
 * schema.org Claims, numbered like the [n] markers in the text, plus the feedback buttons
 * (channelData.feedbackLoop). Only model-written text gets this; rule-based content (the
 * screening advice above all) never does. Limits: Teams shows at most 20 citations, a name of
 * at most 80 and an abstract of at most 160 characters.
 */
export const TEAMS_LIMITS = { citations: 20, name: 80, abstract: 160 } as const;

export type CitedSource = Pick<KnowledgeSource, 'titel' | 'tekst'> & { url?: string };

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function citationClaim(source: CitedSource, position: number) {
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: clip(source.titel, TEAMS_LIMITS.name),
      abstract: clip(firstSentences(source.tekst, TEAMS_LIMITS.abstract), TEAMS_LIMITS.abstract),
      ...(source.url ? { url: source.url } : {}),
    },
  };
}

/** The root message entity; `cited` in the order of the markers [1], [2], … in the text. */
export function aiMessageEntity(cited: readonly CitedSource[]) {
  const citation = cited.slice(0, TEAMS_LIMITS.citations).map((source, i) => citationClaim(source, i + 1));
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    additionalType: ['AIGeneratedContent'],
    ...(citation.length > 0 ? { citation } : {}),
  };
}

/** The whole activity: text with markers, the AI label, citations and the feedback buttons. */
export function generatedAnswerActivity(text: string, cited: readonly CitedSource[]): Partial<Activity> {
  return {
    type: 'message',
    text,
    textFormat: 'markdown',
    entities: [aiMessageEntity(cited)],
    channelData: { feedbackLoop: { type: 'default' } },
  };
}
