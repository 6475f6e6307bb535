import type { Activity, TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { ScreeningDialog } from '../../dialogs/screening';
import { fieldMessages, glossary, screeningMessages } from '../../dialogs/screening/messages.nl';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { knowledgeAnswerer } from '../../dialogs/menuText/knowledgeAnswer';
import { flowMessages } from '../../dialogs/shared/messages.nl';
import { redact } from '../../intake/prefill/redact';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { sendAndCollect } from '../support/dialogReplies';
import { isEarlyStop, isSummary, lastCard, questionField, textsOf, type Card, type Seen } from './screeningDriver';

const catalogue = loadCatalogue();
const answerQuestion = knowledgeAnswerer({ catalogue, index: createSearchIndex(catalogue), redact });

/** The screening with the real knowledge base; records every card the bot updated in place. */
class Conversation {
  readonly updates: Partial<Activity>[] = [];
  private readonly client: DialogTestClient;

  constructor(options: object = {}) {
    const recordUpdates = {
      onTurn: async (context: TurnContext, next: () => Promise<void>) => {
        context.onUpdateActivity(async (_ctx, activity, nextUpdate) => {
          this.updates.push(activity);
          return nextUpdate();
        });
        await next();
      },
    };
    this.client = new DialogTestClient('msteams', new ScreeningDialog(DEFAULT_POLICY, { answerQuestion }), options, [
      recordUpdates,
    ]);
  }

  async say(text: string): Promise<Seen[]> {
    return (await sendAndCollect(this.client, text)).map(seen);
  }

  async submit(value: unknown, replyToId?: string): Promise<Seen[]> {
    return (await sendAndCollect(this.client, { type: 'message', value, replyToId })).map(seen);
  }
}

function seen(activity: Partial<Activity>): Seen {
  const content = activity.attachments?.[0]?.content as Card | undefined;
  return content ? { card: JSON.parse(JSON.stringify(content)) as Card } : { text: activity.text };
}

const texts = (replies: Seen[]) => replies.flatMap((r) => (r.text ? [r.text] : textsOf(r.card!)));

/** Starts and answers the first questions by typing. */
async function upTo(conversation: Conversation, answers: string[]): Promise<Seen[]> {
  let replies = await conversation.say('screenen');
  for (const answer of answers) replies = await conversation.say(answer);
  return replies;
}

const TO_LEERBAAR = ['34', 'werkzoekend', 'nee', 'geen diploma', 'ja'];

describe('question flow: questions in the middle of the screening', () => {
  it('"wat bedoel je met leerbaarheid?" gets the glossary text, then the same question', async () => {
    const conversation = new Conversation();
    expect(questionField(lastCard(await upTo(conversation, TO_LEERBAAR)))).toBe('leerbaar');
    const replies = await conversation.say('wat bedoel je met leerbaarheid?');
    expect(replies[0]?.text).toBe(glossary.find((g) => g.names.includes('leerbaarheid'))!.text);
    expect(questionField(lastCard(replies))).toBe('leerbaar');
  });

  // a word in a question may look like a choice: "werknemer" was read as "Bedoel je: Werkend?"
  it.each([
    [TO_LEERBAAR, 'wat kost het de werkgever?', 'leerbaar', 'ja', 'schoolbaar'],
    [TO_LEERBAAR, 'hoe lang duurt het?', 'leerbaar', 'ja', 'schoolbaar'],
    [['34'], 'wat doet een werknemer in de schoonmaak?', 'situatie', 'werkzoekend', 'ingeschrevenMbo'],
    [TO_LEERBAAR.slice(0, 4), 'hoeveel uur per dag werkt een leerling gemiddeld?', 'motivatie', 'ja', 'leerbaar'],
  ])(
    'after %j, "%s" is answered from the knowledge base; the same question comes back and the flow goes on',
    async (answers, q, field, answer, next) => {
      const conversation = new Conversation();
      await upTo(conversation, answers);
      const replies = await conversation.say(q);
      const all = texts(replies).join('\n');
      expect(all).not.toContain('Dat antwoord herken ik niet');
      expect(all).not.toContain('Bedoel je');
      expect(all).toContain(flowMessages.backToQuestion);
      expect(replies.length).toBeGreaterThan(2); // the answer, the way back, the question
      expect(questionField(lastCard(replies))).toBe(field);
      expect(questionField(lastCard(await conversation.say(answer)))).toBe(next);
    },
  );
});

describe('question flow: corrections', () => {
  it('"terug" asks the previous question again and forgets its answer', async () => {
    const conversation = new Conversation();
    await upTo(conversation, ['34', 'werkzoekend']);
    const back = await conversation.say('terug');
    expect(back[0]?.text).toBe(flowMessages.wentBack);
    expect(questionField(lastCard(back))).toBe('situatie');
    expect(questionField(lastCard(await conversation.say('terug')))).toBe('leeftijd');
    expect(texts(await conversation.say('terug'))).toContain(flowMessages.nothingBefore);
  });

  it('"wijzig leeftijd" works on the early-stop card: the new age is asked and the stop disappears', async () => {
    const conversation = new Conversation();
    const early = await upTo(conversation, ['16']);
    expect(isEarlyStop(lastCard(early))).toBe(true);
    expect(questionField(lastCard(await conversation.say('wijzig leeftijd')))).toBe('leeftijd');
    expect(questionField(lastCard(await conversation.say('35')))).toBe('situatie');
  });

  it('"wijzig situatie" in the middle asks that question again, then goes on where it was', async () => {
    const conversation = new Conversation();
    await upTo(conversation, ['34', 'werkzoekend', 'nee']);
    expect(questionField(lastCard(await conversation.say('wijzig situatie')))).toBe('situatie');
    expect(questionField(lastCard(await conversation.say('werkend')))).toBe('opleiding');
  });
});

describe('question flow: answered cards read like a record', () => {
  it('after a card submit the card is replaced by a read-only record of the answer', async () => {
    const conversation = new Conversation();
    await conversation.say('screenen');
    await conversation.submit({ leeftijd: '34' }, 'card-1');
    expect(conversation.updates).toHaveLength(1);
    const update = conversation.updates[0]!;
    expect(update.id).toBe('card-1');
    const card = update.attachments![0]!.content as Card;
    expect(card.actions).toEqual([]);
    expect(card.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    expect(JSON.stringify(card)).toContain(fieldMessages.leeftijd.question);
    expect(card.body.find((e) => e.type === 'FactSet')).toMatchObject({
      facts: [{ title: 'Leeftijd', value: '34 jaar' }],
    });
  });

  it('a typed answer updates the card it answered too; a refused answer leaves it as it is', async () => {
    const conversation = new Conversation();
    await conversation.say('screenen');
    await conversation.say('blabla');
    expect(conversation.updates).toHaveLength(0);
    await conversation.say('34');
    expect(conversation.updates).toHaveLength(1);
    expect(conversation.updates[0]!.id).toBeTruthy();
  });
});

describe('question flow: the summary reads like a record once it is acted on', () => {
  const answers = loadScreeningCases().find((c) => c.id === 'v01')!.input;

  it.each([
    ['confirmed', { actie: 'bevestig' }],
    ['left to change an answer', { actie: 'wijzig', wijzig: 'leeftijd' }],
  ])('%s: the summary card becomes the answers, read-only', async (_name, value) => {
    const conversation = new Conversation({ answers });
    const first = await conversation.say('screenen');
    expect(isSummary(lastCard(first))).toBe(true);
    await conversation.submit(value, 'summary-card');
    const update = conversation.updates.at(-1)!;
    expect(update.id).toBe('summary-card');
    const card = update.attachments![0]!.content as Card;
    expect(card.actions).toEqual([]);
    expect(card.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    expect(JSON.stringify(card)).toContain(screeningMessages.summary.title);
    expect(JSON.stringify(card)).toContain('Leeftijd');
  });
});
