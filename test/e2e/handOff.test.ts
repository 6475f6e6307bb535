import { describe, expect } from 'vitest';
import { aanmeldingMessages } from '../../dialogs/aanmelding/messages.nl';
import { intakeTeamMessages as teamMsg } from '../../dialogs/intakeTeam/messages.nl';
import { mijnAanmeldingenMessages } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { loopMessages as loop } from '../../dialogs/verwijzerLoop/messages.nl';
import { NOT_STARTED_REASON_LABELS } from '../../intake/dossier/statusLabels.nl';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { werkprocessenMessages as wpMsg } from '../../dialogs/werkprocessen/messages.nl';
import { SUGGESTION_LIMIT } from '../../dialogs/werkprocessen/viewContent';
import { suggestWerkprocessen } from '../../knowledge/search/suggest';
import { CONVERSATION, type PlaygroundChat } from './playground';
import { fillAanmelding, KANDIDAAT, LEERBEDRIJF } from './support/aanmelding';
import { test } from './support/fixtures';
import { creboOf, expectSelectionLines, knowledge } from './support/knowledge';
import { DESCRIBED, screenByDescription } from './support/screening';
import { visible } from './support/text';

/** The embedded default has one intake team; the Playground's user is also the intake team member. */
const TEAM = { id: 'intake', naam: 'Intaketeam mbo' };
const MEMBER = 'Alex Wilber';
/** The delivery worker polls every DELIVERY_POLL_MS (1 s); proactive messages may take a few polls. */
const PROACTIVE = { timeoutMs: 15_000 };
const DOSSIER_ID = /Dossiernummer: (PI-\d{4}-[0-9A-Z]{8})/;

async function linkGeneralChannel(chat: PlaygroundChat): Promise<void> {
  await chat.openConversation(CONVERSATION.general);
  await chat.post('Intakekanaal voor aanmeldingen', { mentionBot: false }); // see post(): replies go in the thread
  await chat.send(`koppel intake ${TEAM.id}`);
  await chat.waitForBotMessage(teamMsg.registration.done(TEAM.naam));
  await chat.openConversation(CONVERSATION.personal);
}

/**
 * From the result card: the first werkproces suggested for the client's interests, its explanation, chosen,
 * then Klaar.
 */
async function chooseSuggestedWerkproces(chat: PlaygroundChat) {
  const [suggested] = suggestWerkprocessen(knowledge.catalogue, knowledge.index, DESCRIBED.interesses, {
    limit: SUGGESTION_LIMIT,
  }).werkprocessen;
  if (!suggested) throw new Error(`No werkproces is suggested for "${DESCRIBED.interesses}"`);
  const wp = suggested.werkproces;
  await chat.clickButton(screeningMessages.result.werkprocessen);
  await chat.waitForBotMessage(wpMsg.start.suggesties(DESCRIBED.interesses));
  await chat.clickButton(wpMsg.start.uitlegKnop(1)); // the explanation is one click away
  const explained = await chat.waitForBotMessage(wpMsg.werkproces.kop);
  expect(explained.text).toContain(wp.titel);
  await chat.clickButton(wpMsg.werkproces.kiesDit);
  await chat.waitForBotMessage(wpMsg.selectie.titel);
  await chat.clickButton(wpMsg.nav.klaar);
  expectSelectionLines(await chat.waitForBotMessage(wpMsg.klaar.titel), [wp]);
  return wp;
}

/** The dossier the hand-off scenario sent; the loop scenario goes on with it. */
let handedOff: string | undefined;

describe('hand-off: aanmelding from the personal chat to the intake channel and back', () => {
  // About 35 steps in three conversations: more time than one flow (and the machine is shared).
  test(
    'an aanmelding with consent arrives as a dossier card in General; "In behandeling nemen" there is reported to the verwijzer',
    { timeout: 180_000 },
    async ({ chat }) => {
      await linkGeneralChannel(chat);
      await screenByDescription(chat);
      const wp = await chooseSuggestedWerkproces(chat);

      await chat.clickButton(wpMsg.klaar.aanmelding);
      await chat.waitForBotMessage(aanmeldingMessages.flow.intro);
      await fillAanmelding(chat);
      const review = await chat.waitForBotMessage(aanmeldingMessages.review.title);
      expect(review.text).toContain(KANDIDAAT.kandidaatNaam);
      expect(review.text).toContain(`${wp.titel} (${wp.code}, ${creboOf(wp)})`); // the selection was taken over
      expect(review.text).toContain(`${LEERBEDRIJF.leerbedrijfNaam}, ${LEERBEDRIJF.leerbedrijfPlaats}`);
      expect(review.text).toContain(TEAM.naam);
      expect(review.text).toContain('Petra Jansen, 06-87654321');
      expect(review.text).toContain('1 februari 2027');
      await chat.clickButton(aanmeldingMessages.review.sendButton);
      const sent = await chat.waitForBotMessage(DOSSIER_ID);
      const id = DOSSIER_ID.exec(sent.text)![1]!;
      // The review card became a record: the answers stay readable, the buttons are gone.
      const record = await chat.waitForBotMessage(aanmeldingMessages.review.recordSent(id), { includeEarlier: true });
      expect(record.text).toContain(KANDIDAAT.kandidaatNaam);
      expect(record.buttons).toEqual([]);
      handedOff = id;
      expect(sent.text).toContain(visible(aanmeldingMessages.send.next(TEAM.naam)[0]!));
      // Proactive, while the personal chat is open: the delivery worker reports the delivery.
      await chat.waitForBotMessage(teamMsg.notify.afgeleverd(id), PROACTIVE);

      await chat.openConversation(CONVERSATION.general);
      const card = await chat.waitForBotMessage(teamMsg.card.title(id), { ...PROACTIVE, includeEarlier: true });
      expect(card.text).toContain(KANDIDAAT.kandidaatNaam);
      expect(card.text).toContain(`${wp.code}, crebo ${wp.crebo}`); // with the werkproces title before it
      expect(card.text).toContain('Petra Jansen, 06-87654321'); // what the intake team did not get before
      expect(card.text).toContain('1 februari 2027');
      expect(card.buttons).toEqual([
        teamMsg.actions.inBehandeling,
        teamMsg.actions.infoNodig,
        teamMsg.actions.adviesgesprek,
        teamMsg.actions.besluit,
      ]);
      await chat.clickButton(teamMsg.actions.inBehandeling, { inMessage: id });
      await chat.waitForBotMessage(teamMsg.teamAction.done(teamMsg.statusLabels['in-behandeling'], MEMBER));
      const updated = await chat.waitForBotMessage(
        `${teamMsg.card.status}: ${teamMsg.statusLabels['in-behandeling']}`,
        { includeEarlier: true },
      );
      expect(updated.text).toContain(teamMsg.card.title(id));
      expect(updated.buttons).not.toContain(teamMsg.actions.inBehandeling);
      const cards = (await chat.allBotMessages()).filter((m) => m.text.includes(teamMsg.card.title(id)));
      expect(cards).toHaveLength(1); // updated in place, not posted again

      await chat.openConversation(CONVERSATION.personal);
      await chat.waitForBotMessage(teamMsg.notify['in-behandeling'](id), { ...PROACTIVE, includeEarlier: true });
      await chat.send('mijn aanmeldingen');
      const list = await chat.waitForBotMessage(mijnAanmeldingenMessages.intro);
      expect(list.text).toContain(`${id} · ${KANDIDAAT.kandidaatNaam}`);
      expect(list.text).toContain(
        `${mijnAanmeldingenMessages.statusLabel}: ${mijnAanmeldingenMessages.status['in-behandeling']()}`,
      );
    },
  );

  test(
    'the loop: the team asks on the card, the verwijzer answers from the notification, the team decides on the card',
    { timeout: 150_000 },
    async ({ chat }) => {
      const id = handedOff;
      if (!id) throw new Error('the hand-off scenario did not send a dossier');
      const vraag = 'Heeft Sanne een rijbewijs B?';
      const antwoord = 'Ja, sinds 2015, en een eigen auto.';

      await chat.openConversation(CONVERSATION.general);
      await chat.clickButton(teamMsg.actions.infoNodig, { inMessage: id });
      await chat.fill(teamMsg.actions.infoVraag, vraag, { inMessage: id });
      await chat.clickButton(teamMsg.actions.versturen, { inMessage: id });
      await chat.waitForBotMessage(teamMsg.teamAction.done(teamMsg.statusLabels['info-nodig'], MEMBER));

      // The verwijzer answers in the notification itself.
      await chat.openConversation(CONVERSATION.personal);
      const question = await chat.waitForBotMessage(vraag, { ...PROACTIVE, includeEarlier: true });
      expect(question.text).toContain(loop.toVerwijzer.question.title);
      expect(question.text).toContain('Contact intaketeam: Intaketeam mbo');
      expect(question.buttons).toEqual([loop.toVerwijzer.question.send]);
      await chat.fill(loop.toVerwijzer.question.label, antwoord, { inMessage: vraag });
      await chat.clickButton(loop.toVerwijzer.question.send, { inMessage: vraag });
      await chat.waitForBotMessage(loop.verwijzerAction.answered, { includeEarlier: true });

      // The answer in the channel: under the card, and on the card.
      await chat.openConversation(CONVERSATION.general);
      await chat.waitForBotMessage(loop.toChannel.answer(id), { ...PROACTIVE, includeEarlier: true });
      const card = await chat.waitForBotMessage(`${teamMsg.card.status}: ${teamMsg.statusLabels.aangevuld}`, {
        ...PROACTIVE,
        includeEarlier: true,
      });
      expect(card.text).toContain(antwoord);

      // The decision on the card: not started, with a reason. The verwijzer's answer under the card has the
      // dossier number too: act on the card by its title.
      const onCard = { inMessage: teamMsg.card.title(id) };
      await chat.clickButton(teamMsg.actions.besluit, onCard);
      await chat.choose(teamMsg.actions.nietGestart, onCard);
      await chat.choose(NOT_STARTED_REASON_LABELS['past-nu-niet'], onCard);
      await chat.fill(teamMsg.actions.toelichting, 'Eerst de taalcursus afronden.', onCard);
      await chat.clickButton(teamMsg.actions.versturen, onCard);
      await chat.waitForBotMessage(teamMsg.teamAction.done(teamMsg.statusLabels['niet-gestart'], MEMBER));
      const decided = await chat.waitForBotMessage(`${teamMsg.card.status}: ${teamMsg.statusLabels['niet-gestart']}`, {
        includeEarlier: true,
      });
      expect(decided.text).toContain(NOT_STARTED_REASON_LABELS['past-nu-niet']);
      expect(decided.buttons).toEqual([]); // final

      await chat.openConversation(CONVERSATION.personal);
      await chat.waitForBotMessage(loop.toVerwijzer.nietGestart(id, NOT_STARTED_REASON_LABELS['past-nu-niet']), {
        ...PROACTIVE,
        includeEarlier: true,
      });
      await chat.send('mijn aanmeldingen');
      const list = await chat.waitForBotMessage(mijnAanmeldingenMessages.intro);
      expect(list.text).toContain(
        `${mijnAanmeldingenMessages.statusLabel}: ${mijnAanmeldingenMessages.status['niet-gestart']()}`,
      );
      expect(list.text).toContain(`${mijnAanmeldingenMessages.reden}: ${NOT_STARTED_REASON_LABELS['past-nu-niet']}`);
      expect(list.text).toContain('Eerst de taalcursus afronden.');
    },
  );
});
