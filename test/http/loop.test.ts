import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { type TestApp } from '../support/testApp';
import { sampleDossier } from '../intake-delivery/helpers';
import {
  activityFrom,
  executeOn,
  VERWIJZER_CONV,
  WEST_CHANNEL,
  type Place,
  withChannelApp,
} from '../support/intakeChannelFixture';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { loopMessages as loop } from '../../dialogs/verwijzerLoop/messages.nl';
import { mijnAanmeldingenMessages as mijn } from '../../dialogs/mijnAanmeldingen/messages.nl';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';

/**
 * The two-way loop over real HTTP (restify + CloudAdapter), Teams' connector mocked with nock:
 * the team asks on its card, the verwijzer answers from the notification, the answer appears
 * under the card; the team plans, decides and closes; the verwijzer joins and tells the outcome.
 * Every verwijzer step is also tried by someone else, from somewhere else: nothing changes.
 */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

describe('the two-way loop between intake team and verwijzer', () => {
  let app: TestApp;
  const { sent, say } = withChannelApp((started) => (app = started), { westContact: true });
  beforeAll(() => say('west', { text: 'koppel intake west' }));

  const execute = (place: Place, verb: string, data: Record<string, unknown>, fields: Partial<Activity> = {}) =>
    executeOn(app, place, verb, data, fields);

  const team = (verb: string, dossier: PreIntakeDossier, data: Record<string, unknown> = {}) =>
    execute('west', verb, { intakeActie: verb, dossierId: dossier.id, ...data }, { replyToId: cardIdOf(dossier) });
  const asVerwijzer = (dossier: PreIntakeDossier) => ({ from: { id: dossier.verwijzer.teamsId, name: 'Fleur' } });
  const verwijzer = (
    verb: string,
    dossier: PreIntakeDossier,
    data: Record<string, unknown> = {},
    place: Place = 'personal',
  ) => execute(place, verb, { verwijzerActie: verb, dossierId: dossier.id, ...data }, asVerwijzer(dossier));
  const stored = async (dossier: PreIntakeDossier) => (await app.intake.store.get(dossier.id))!;
  const statusOf = async (dossier: PreIntakeDossier) => (await stored(dossier)).statusHistory.at(-1)!.status;
  const cardText = (res: { value: unknown }) =>
    visibleText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: res.value }] });

  function cardIdOf(dossier: PreIntakeDossier): string {
    const index = sent.findIndex(
      (s) => s.conversation === WEST_CHANNEL && s.method === 'POST' && visibleText(s.activity).includes(dossier.id),
    );
    return `msg-${index + 1}`;
  }

  /** Waits for the next message to the verwijzer's personal chat after `from`. */
  async function toVerwijzer(from: number, contains: string): Promise<Partial<Activity>> {
    let found: Partial<Activity> | undefined;
    await expect
      .poll(
        () =>
          (found = sent
            .slice(from)
            .find((s) => s.conversation === VERWIJZER_CONV && visibleText(s.activity).includes(contains))?.activity),
        { timeout: 5_000 },
      )
      .toBeDefined();
    return found!;
  }

  async function delivered(overrides: Partial<PreIntakeDossier> = {}): Promise<PreIntakeDossier> {
    const dossier = sampleDossier({
      intakeTeam: 'west',
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
      ...overrides,
    });
    const from = activityFrom('personal', { from: { id: dossier.verwijzer.teamsId, name: dossier.verwijzer.naam } });
    await app.intake.submit(dossier, from);
    await expect.poll(() => statusOf(dossier), { timeout: 5_000 }).toBe('afgeleverd');
    await toVerwijzer(0, msg.notify.afgeleverd(dossier.id));
    return dossier;
  }

  it('every message to the verwijzer carries the team contact, as plain text', async () => {
    const before = sent.length;
    const dossier = await delivered();
    const notice = await toVerwijzer(before, msg.notify.afgeleverd(dossier.id));
    expect(notice.text).toBe(
      `${msg.notify.afgeleverd(dossier.id)}\n\nContact intaketeam: Loket praktijkleren (Intaketeam ROC West), ` +
        'tel. 010-7654321, intake_west@roc.example.nl',
    );
    expect(notice.textFormat).toBe('plain'); // the underscores in the address stay underscores
  });

  it('a question answered from the notification reaches the channel under the card, and the card shows it', async () => {
    const dossier = await delivered();
    const before = sent.length;
    const asked = await team('info-nodig', dossier, { vraag: 'Heeft de kandidaat een *rijbewijs*?' });
    expect(cardText(asked)).toContain('Heeft de kandidaat een *rijbewijs*?');

    // The notification: the question literally, a field to answer in, the contact.
    const notification = await toVerwijzer(before, loop.toVerwijzer.question.title);
    const card = cardsOf([notification])[0]!;
    const json = JSON.stringify(card);
    expect(json).toContain('{"type":"TextRun","text":"Heeft de kandidaat een *rijbewijs*?"');
    expect(json).toContain(`"type":"Input.Text","id":"antwoord-${dossier.id}"`);
    expect(json).toContain('"type":"Action.Execute","title":"Antwoord versturen","verb":"antwoord"');
    expect(visibleText(notification)).toContain('tel. 010-7654321');

    // Forged answers: another user in their own chat, the verwijzer in a group chat, the channel.
    const answer = { [`antwoord-${dossier.id}`]: 'Ja, sinds 2020.' };
    const forgeries = [
      () => execute('otherPersonal', 'antwoord', { verwijzerActie: 'antwoord', dossierId: dossier.id, ...answer }),
      () => verwijzer('antwoord', dossier, answer, 'groupChat'),
      () => verwijzer('antwoord', dossier, answer, 'west'),
      () => verwijzer('antwoord', dossier, answer, 'personalGroup'),
    ];
    const quiet = sent.length;
    for (const forge of forgeries) {
      const res = await forge();
      expect(res.value).toBe(loop.verwijzerAction.notYours);
      expect(JSON.stringify(res)).not.toContain(dossier.kandidaat.naam);
    }
    expect(await statusOf(dossier)).toBe('info-nodig');
    expect(sent.slice(quiet)).toEqual([]);

    // Empty and BSN answers are refused; nothing changes.
    expect((await verwijzer('antwoord', dossier, { [`antwoord-${dossier.id}`]: ' ' })).value).toBe(
      loop.verwijzerAction.missingAnswer,
    );
    expect((await verwijzer('antwoord', dossier, { [`antwoord-${dossier.id}`]: 'BSN 111222333' })).value).toBe(
      loop.verwijzerAction.answerHasBsn,
    );
    // A health detail is refused too, with why and what to write instead; nothing is stored or sent.
    const beforeHealth = sent.length;
    const medical = { [`antwoord-${dossier.id}`]: 'Hij is gediagnosticeerd met ADHD en gebruikt medicatie.' };
    const refused = await verwijzer('antwoord', dossier, medical);
    expect(refused.value).toBe(loop.verwijzerAction.answerHasHealthDetail);
    expect(refused.value).toContain('medisch gegeven');
    expect(refused.value).toContain('wat de cliënt op de werkplek nodig heeft');
    expect(
      (await verwijzer('antwoord', dossier, { [`antwoord-${dossier.id}`]: 'Epilepsie, BSN 111222333' })).value,
    ).toBe(loop.verwijzerAction.answerHasBsn);
    expect(JSON.stringify(await stored(dossier))).not.toContain('ADHD');
    expect(sent.slice(beforeHealth)).toEqual([]);
    expect(await statusOf(dossier)).toBe('info-nodig');

    // The owner answers from the personal chat.
    const done = await verwijzer('antwoord', dossier, answer);
    expect(done.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(done)).toContain(loop.verwijzerAction.answered);
    const after = await stored(dossier);
    expect(after.statusHistory.at(-1)).toMatchObject({
      status: 'aangevuld',
      door: 'verwijzer',
      toelichting: 'Ja, sinds 2020.',
    });

    // In the channel: a reply in the card's thread with the answer, and the card updated in place.
    const cardId = cardIdOf(dossier);
    await expect
      .poll(() =>
        sent.some(
          (s) =>
            s.method === 'POST' &&
            s.conversation === `${WEST_CHANNEL};messageid=${cardId}` &&
            visibleText(s.activity).includes('Ja, sinds 2020.'),
        ),
      )
      .toBe(true);
    const update = sent.find(
      (s) => s.method === 'PUT' && s.activityId === cardId && visibleText(s.activity).includes('Ja, sinds 2020.'),
    );
    expect(visibleText(update!.activity)).toContain(msg.card.antwoord);
    expect(visibleText(update!.activity)).toContain('Informatie aangevuld');

    // Answering again: the question is no longer open.
    expect((await verwijzer('antwoord', dossier, answer)).value).toBe(loop.verwijzerAction.notOpen);
  });

  it('plans the adviesgesprek with date, time and place; the verwijzer says they come; the card shows it', async () => {
    const dossier = await delivered();
    expect(
      (await team('adviesgesprek-gepland', dossier, { datum: '2020-01-01', tijd: '10:00', plaats: 'Teams' })).value,
    ).toBe(msg.teamAction.pastDate);
    expect(
      (await team('adviesgesprek-gepland', dossier, { datum: `${NEXT_YEAR}-12-10`, tijd: '25:00', plaats: 'Teams' }))
        .value,
    ).toBe(msg.teamAction.missingDate);
    const before = sent.length;
    const planned = await team('adviesgesprek-gepland', dossier, {
      datum: `${NEXT_YEAR}-12-10`,
      tijd: '10:00',
      plaats: 'ROC West, Stationsplein 1',
    });
    expect(cardText(planned)).toContain(`10 december ${NEXT_YEAR}, 10:00`);
    expect(cardText(planned)).toContain(msg.card.verwijzerNogNiet);
    const invitation = await toVerwijzer(before, loop.toVerwijzer.invitation.title);
    expect(visibleText(invitation)).toContain(`10 december ${NEXT_YEAR}, 10:00`);
    expect(visibleText(invitation)).toContain('ROC West, Stationsplein 1');

    // Someone else cannot answer the invitation.
    expect(
      (
        await execute('otherPersonal', 'bij-gesprek', {
          verwijzerActie: 'bij-gesprek',
          dossierId: dossier.id,
          komt: 'nee',
        })
      ).value,
    ).toBe(loop.verwijzerAction.notYours);
    expect((await stored(dossier)).verwijzerBijGesprek).toBeUndefined();

    const yes = await verwijzer('bij-gesprek', dossier, { komt: 'ja' });
    expect(cardText(yes)).toContain(loop.verwijzerAction.attendance(true));
    expect((await stored(dossier)).verwijzerBijGesprek).toBe(true);
    await expect
      .poll(() => sent.some((s) => s.activity.text === loop.toChannel.attendance(dossier.id, true)))
      .toBe(true);
    const refreshed = await team('verversen', dossier);
    expect(cardText(refreshed)).toMatch(new RegExp(`${msg.card.verwijzerKomt}: \\n?${msg.card.ja}`));
  });

  it('decides "niet gestart" with a reason on the card; the verwijzer sees it in the chat and in Mijn aanmeldingen', async () => {
    const dossier = await delivered();
    expect((await team('besluit', dossier, { besluit: 'niet-gestart', reden: '' })).value).toBe(
      msg.teamAction.missingReason,
    );
    const before = sent.length;
    const decided = await team('besluit', dossier, {
      besluit: 'niet-gestart',
      reden: 'diploma-route',
      toelichting: 'Een BBL-opleiding past beter.',
    });
    const card = decided.value as { actions: unknown[] };
    expect(card.actions).toEqual([]); // final: nothing left to do on the card
    expect(cardText(decided)).toContain('Past beter bij een diploma-route');
    const notice = await toVerwijzer(before, 'het traject start niet');
    expect(visibleText(notice)).toContain('Reden: Past beter bij een diploma-route');
    expect(visibleText(notice)).toContain('Een BBL-opleiding past beter.');
    expect(visibleText(notice)).toContain('Loket praktijkleren');

    const list = allVisibleText(await say('personal', { text: 'mijn aanmeldingen', ...asVerwijzer(dossier) }));
    expect(list).toContain(`${mijn.statusLabel}: ${mijn.status['niet-gestart']()}`);
    expect(list).toContain(`${mijn.reden}: Past beter bij een diploma-route`);
  });

  it('starts and closes a traject on the card; the verwijzer tells the outcome from Mijn aanmeldingen', async () => {
    const dossier = await delivered();
    const started = await team('besluit', dossier, { besluit: 'gestart' });
    const actions = (started.value as { actions: { title: string; style?: string }[] }).actions;
    expect(actions.map((a) => a.title)).toEqual([msg.actions.afronden]);
    expect(actions.filter((a) => a.style === 'positive')).toHaveLength(1); // one primary action
    expect((await team('afgerond', dossier, { werkprocessen: '25250:B9-K9-W9', praktijkverklaring: 'ja' })).value).toBe(
      msg.teamAction.invalidWerkprocessen,
    );
    const before = sent.length;
    const closed = await team('afgerond', dossier, { werkprocessen: '25250:B1-K1-W2', praktijkverklaring: 'ja' });
    expect(cardText(closed)).toContain('Traject afgerond');
    expect((await stored(dossier)).statusHistory.at(-1)!.resultaat).toEqual({
      werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }],
      praktijkverklaring: true,
    });
    await toVerwijzer(before, 'heeft de praktijkverklaring behaald');

    const listCard = cardsOf(await say('personal', { text: 'mijn aanmeldingen', ...asVerwijzer(dossier) }))[0]!;
    expect(JSON.stringify(listCard)).toContain(`"id":"uitkomst-${dossier.id}"`);
    const outcome = { moment: 'tussentijds', [`uitkomst-${dossier.id}`]: 'werk' };
    expect(
      (await execute('otherPersonal', 'uitkomst', { verwijzerActie: 'uitkomst', dossierId: dossier.id, ...outcome }))
        .value,
    ).toBe(loop.verwijzerAction.notYours);
    expect((await verwijzer('uitkomst', dossier, { moment: 'tussentijds' })).value).toBe(
      loop.verwijzerAction.missingOutcome,
    );
    const recorded = await verwijzer('uitkomst', dossier, outcome);
    expect(cardText(recorded)).toContain(loop.verwijzerAction.outcome('Aan het werk'));
    expect((await stored(dossier)).uitkomsten).toEqual([
      { moment: 'tussentijds', uitkomst: 'werk', op: expect.any(String) as string },
    ]);
    const list = allVisibleText(await say('personal', { text: 'mijn aanmeldingen', ...asVerwijzer(dossier) }));
    expect(list).toContain(mijn.uitkomst('tussendoor', 'Aan het werk'));
  });

  it('an outcome before the traject is afgerond is refused', async () => {
    const dossier = await delivered();
    const res = await verwijzer('uitkomst', dossier, { moment: 'tussentijds', [`uitkomst-${dossier.id}`]: 'werk' });
    expect(res.value).toBe(loop.verwijzerAction.outcomeNotNow);
    expect((await stored(dossier)).uitkomsten).toBeUndefined();
  });

  it('text typed while a question is open is offered as the answer, not searched; one click sends it', async () => {
    const dossier = await delivered({
      verwijzer: { ...sampleDossier().verwijzer, teamsId: '29:verwijzer-typed' },
    });
    await team('info-nodig', dossier, { vraag: 'Op welke dagen kan de kandidaat?' });
    const typed = 'Hij kan op maandag en dinsdag';
    const offer = await say('personal', { text: typed, ...asVerwijzer(dossier) });
    const text = allVisibleText(offer);
    expect(text).toContain(loop.typedAnswer.question);
    expect(text).toContain('Op welke dagen kan de kandidaat?');
    expect(text).toContain(typed);
    const yes = JSON.stringify(cardsOf(offer)[0]);
    expect(yes).toContain(
      `"verb":"antwoord","data":{"verwijzerActie":"antwoord","dossierId":"${dossier.id}","antwoord-${dossier.id}":"${typed}"}`,
    );
    expect(await statusOf(dossier)).toBe('info-nodig'); // nothing sent before the click

    // "Nee": the text goes to the menu as a question; no offer again.
    const no = await say('personal', { value: { typ: typed, geenAntwoord: true }, ...asVerwijzer(dossier) });
    expect(allVisibleText(no)).not.toContain(loop.typedAnswer.question);

    const sentAnswer = await verwijzer('antwoord', dossier, { [`antwoord-${dossier.id}`]: typed });
    expect(cardText(sentAnswer)).toContain(loop.verwijzerAction.answered);
    expect((await stored(dossier)).statusHistory.at(-1)).toMatchObject({ status: 'aangevuld', toelichting: typed });
  });

  it('a typed answer with a health detail is refused as it is typed: why, what instead, the question again', async () => {
    const dossier = await delivered({
      verwijzer: { ...sampleDossier().verwijzer, teamsId: '29:verwijzer-typed-medical' },
    });
    await team('info-nodig', dossier, { vraag: 'Wat heeft de kandidaat nodig op de werkvloer?' });
    const typed = 'Hij heeft epilepsie en gebruikt medicatie';
    const refused = await say('personal', { text: typed, ...asVerwijzer(dossier) });
    const text = allVisibleText(refused);
    expect(text).toContain(loop.typedAnswer.refusedTitle);
    expect(text).toContain('wat de cliënt op de werkplek nodig heeft');
    expect(text).not.toContain(loop.typedAnswer.question); // no "Is dit je antwoord?"
    expect(text).toContain('Wat heeft de kandidaat nodig op de werkvloer?'); // the same question again
    const card = JSON.stringify(cardsOf(refused));
    expect(card).toContain(`"id":"antwoord-${dossier.id}"`); // with its own field to answer it in
    expect(card).not.toContain(loop.typedAnswer.yes);
    expect(card).not.toMatch(/"antwoord-[^"]+":"[^"]*epilepsie/); // no button carries the text to the team
    expect(await statusOf(dossier)).toBe('info-nodig');
    expect(JSON.stringify(await stored(dossier))).not.toContain('epilepsie');

    const offer = await say('personal', {
      text: 'Heeft baat bij vaste structuur en korte instructies',
      ...asVerwijzer(dossier),
    });
    expect(allVisibleText(offer)).toContain(loop.typedAnswer.question);
  });

  it('scheduled work: a waiting dossier is raised again under its card; 3 months after afgerond the verwijzer is asked', async () => {
    const first = await delivered(); // registers the verwijzer's chat and a card in the channel
    const day = 24 * 60 * 60 * 1000;
    const longAgo = new Date(Date.now() - 20 * day).toISOString();
    const current = await stored(first);
    const waiting: PreIntakeDossier = {
      ...current,
      statusHistory: current.statusHistory.map((entry) => ({ ...entry, op: longAgo })),
    };
    await app.intake.store.put(waiting);
    const closedAt = new Date(Date.now() - 100 * day).toISOString();
    const finished = sampleDossier({
      intakeTeam: 'west',
      statusHistory: [
        { status: 'verzonden', op: closedAt, door: 'verwijzer' },
        { status: 'afgeleverd', op: closedAt, door: 'systeem' },
        { status: 'gestart', op: closedAt, door: 'intaketeam' },
        {
          status: 'afgerond',
          op: closedAt,
          door: 'intaketeam',
          resultaat: { werkprocessen: [], praktijkverklaring: true },
        },
      ],
    });
    await app.intake.store.put(finished);
    const before = sent.length;
    const round = await app.intake.scheduler.runOnce();
    expect(round).toMatchObject({ failed: 0 });
    expect(round!.reminded).toBeGreaterThanOrEqual(1);
    const reminder = sent
      .slice(before)
      .find(
        (s) => s.conversation === `${WEST_CHANNEL};messageid=${cardIdOf(first)}` && s.activity.text?.includes(first.id),
      );
    expect(reminder!.activity.text).toMatch(/^Herinnering: aanmelding .* wacht al \d+ werkdagen op een eerste reactie/);
    expect(reminder!.activity.text).not.toContain(first.kandidaat.naam);
    const question = await toVerwijzer(before, loop.toVerwijzer.followUp.title(finished.kandidaat.naam));
    expect(JSON.stringify(cardsOf([question])[0])).toContain(`"moment":"3-maanden"`);
    expect((await stored(finished)).uitkomstGevraagd?.map((a) => a.moment)).toEqual(['3-maanden']);

    // The answer: two clicks on that card (choose, send), stored with its moment.
    const answer = await verwijzer('uitkomst', finished, {
      moment: '3-maanden',
      [`uitkomst-${finished.id}`]: 'vervolgopleiding',
    });
    expect(cardText(answer)).toContain(loop.verwijzerAction.outcome('Vervolgopleiding'));
    expect((await stored(finished)).uitkomsten).toEqual([
      { moment: '3-maanden', uitkomst: 'vervolgopleiding', op: expect.any(String) as string },
    ]);
    // Next round: nothing again (the reminder waits a new period; the question was asked).
    const next = sent.length;
    await app.intake.scheduler.runOnce();
    expect(
      sent
        .slice(next)
        .filter((s) => s.activity.text?.includes(first.id) || visibleText(s.activity).includes(finished.id)),
    ).toEqual([]);
  });
});
