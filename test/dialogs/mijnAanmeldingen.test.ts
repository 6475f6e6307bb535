import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MijnAanmeldingenDialog, type MijnAanmeldingenOptions } from '../../dialogs/mijnAanmeldingen';
import { mijnAanmeldingenMessages as msg } from '../../dialogs/mijnAanmeldingen/messages.nl';
import type { DossierStatus, PreIntakeDossier, StatusEntry } from '../../intake/dossier/dossier';
import type { DossierDraft } from '../../intake/dossier/draft';
import { resendOwnDossier, submitDossier } from '../../intake/delivery/dossierLifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import { fakeClock, sampleDossier, tempDir } from '../intake-delivery/helpers';
import { AanmeldingDriver, fillToReview, FROM, screeningOf, TEAMS, testDeps } from './aanmeldingDriver';
import type { Card, Element } from './screeningDriver';

const ME = FROM.aadObjectId;
const clock = fakeClock('2026-03-02T09:00:00.000Z');
const ORDER: DossierStatus[] = ['concept', 'verzonden', 'afgeleverd', 'in-behandeling'];

/** A dossier of `teamsId` created at `at`, whose history ends in `status`. */
function dossierOf(teamsId: string, status: DossierStatus, at: string, toelichting?: string): PreIntakeDossier {
  const base = sampleDossier({}, at);
  const steps = ORDER.includes(status) ? ORDER.slice(0, ORDER.indexOf(status) + 1) : [...ORDER, status];
  const history: StatusEntry[] = steps.map((s) => ({ status: s, op: at }));
  if (toelichting) history[history.length - 1] = { status, op: at, toelichting };
  return { ...base, verwijzer: { ...base.verwijzer, teamsId }, intakeTeam: 'team-west', statusHistory: history };
}

/** One turn: the dialog begins again every time (it always ends after replying). */
async function turn(
  deps: ConstructorParameters<typeof MijnAanmeldingenDialog>[0],
  value?: unknown,
  options: MijnAanmeldingenOptions = {},
  overrides: Partial<Activity> = {},
) {
  const client = new DialogTestClient('msteams', new MijnAanmeldingenDialog(deps), options);
  const activity: Partial<Activity> = {
    type: 'message',
    from: { ...FROM },
    ...(value ? { value } : { text: 'mijn aanmeldingen' }),
    ...overrides,
  };
  const reply = (await client.sendActivity(activity)) as Partial<Activity>;
  expect(client.dialogTurnResult.status).toBe('complete');
  return { card: reply.attachments?.[0]?.content as Card, result: client.dialogTurnResult.result };
}

/** The lines a user reads; typed values sit in RichTextBlocks (never Markdown), ours in TextBlocks. */
const texts = (card: Card): string[] =>
  walk(card.body)
    .filter((e) => e.type === 'TextBlock' || e.type === 'RichTextBlock')
    .map((e) =>
      e.type === 'TextBlock' ? String(e.text) : (e.inlines as Element[]).map((run) => String(run.text)).join(''),
    );
const actions = (card: Card): Element[] => [
  ...walk(card.body).flatMap((e) => (e.actions as Element[] | undefined) ?? []),
  ...card.actions,
];
function walk(elements: Element[]): Element[] {
  return elements.flatMap((e) => [e, ...walk((e.items as Element[] | undefined) ?? [])]);
}

describe('mijn aanmeldingen', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: FileDossierStore;
  const mine: Record<string, PreIntakeDossier> = {};
  let someoneElses: PreIntakeDossier;

  beforeEach(async () => {
    dir = await tempDir();
    store = new FileDossierStore(dir.path);
    Object.assign(mine, {
      mislukt: dossierOf(ME, 'mislukt', '2026-03-02T08:00:00.000Z'),
      verzonden: dossierOf(ME, 'verzonden', '2026-03-01T10:00:00.000Z'),
      afgeleverd: dossierOf(ME, 'afgeleverd', '2026-02-20T10:00:00.000Z'),
      infoNodig: dossierOf(ME, 'info-nodig', '2026-02-10T10:00:00.000Z', 'Kan de kandidaat op maandag?'),
      gepland: dossierOf(ME, 'adviesgesprek-gepland', '2026-02-05T10:00:00.000Z', '2026-03-20'),
    });
    someoneElses = dossierOf('aad-someone-else', 'verzonden', '2026-03-01T11:00:00.000Z');
    for (const dossier of [...Object.values(mine), someoneElses]) await store.put(dossier);
  });
  afterEach(() => dir.remove());

  it('lists my dossiers newest first with number, name, date, team and status in plain Dutch', async () => {
    const { card, result } = await turn({ store, clock, teams: TEAMS });
    const all = texts(card).join('\n');
    const order = [mine.mislukt, mine.verzonden, mine.afgeleverd, mine.infoNodig, mine.gepland].map((d) =>
      all.indexOf(d!.id),
    );
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    expect(all).not.toContain(someoneElses.id);
    expect(all).toContain(`${mine.verzonden!.id} · Sam de Vries`);
    expect(all).toContain(msg.sentOn('vandaag', 'Intaketeam West'));
    expect(all).toContain(msg.sentOn('1 maart 2026', 'Intaketeam West'));
    for (const line of [
      msg.status.verzonden(),
      msg.status.afgeleverd(),
      msg.status.mislukt(),
      msg.status['info-nodig'](),
      msg.status['adviesgesprek-gepland'](),
    ]) {
      expect(all).toContain(`${msg.statusLabel}: ${line}`);
    }
    // The open question is shown literally (a TextRun, never Markdown) with a field and a button to answer.
    const json = JSON.stringify(card);
    expect(json).toContain('{"type":"TextRun","text":"Kan de kandidaat op maandag?","weight":"Bolder"}');
    expect(json).toContain(`"id":"antwoord-${mine.infoNodig!.id}"`);
    expect(json).toContain(
      `"verb":"antwoord","data":{"verwijzerActie":"antwoord","dossierId":"${mine.infoNodig!.id}"}`,
    );
    // A delivered dossier says how long it waits, in working days (clock: Monday 2 March, arrived 20 Feb).
    expect(all).toContain(msg.waiting(6));
    const deletes = actions(card)
      .filter((a) => a.title === msg.deleteButton)
      .map((a) => (a.data as { verwijder: string }).verwijder);
    expect(deletes.sort()).toEqual([mine.mislukt!.id, mine.verzonden!.id].sort());
    expect(card.actions.map((a) => a.data)).toEqual([{ menu: 'menu' }]);
    expect(result).toEqual({});
  });

  it('shows names exactly as typed: a Markdown link in a name is never a link, also in the question to delete', async () => {
    const link = '[Sam](https://evil.example)';
    const dossier = { ...mine.verzonden!, kandidaat: { ...mine.verzonden!.kandidaat, naam: link } };
    await store.put(dossier);
    const { card } = await turn({ store, clock, teams: TEAMS });
    const markdown = walk(card.body).filter((e) => e.type === 'TextBlock' && String(e.text).includes('evil.example'));
    expect(markdown).toEqual([]);
    expect(JSON.stringify(card)).toContain(`{"type":"TextRun","text":"${link.replaceAll('"', '\\"')}"}`);
    const confirm = await turn({ store, clock }, { menu: 'mijnAanmeldingen', verwijder: dossier.id });
    expect(walk(confirm.card.body).filter((e) => e.type === 'TextBlock' && String(e.text).includes('evil'))).toEqual(
      [],
    );
    expect(texts(confirm.card).join('\n')).toContain(link);
  });

  it('shows the concept from the session first, with continue and delete buttons', async () => {
    const concept: DossierDraft = { kandidaat: { naam: 'Noor Jansen' } };
    const { card } = await turn({ store, clock }, undefined, { concept });
    expect(texts(card)[2]).toBe(`${msg.concept.heading} · Noor Jansen`);
    expect(
      actions(card)
        .slice(0, 2)
        .map((a) => a.data),
    ).toEqual([{ menu: 'aanmelding' }, { menu: 'mijnAanmeldingen', verwijder: 'concept' }]);
  });

  it('has a friendly message and a start button when there is nothing', async () => {
    const emptyDir = await tempDir();
    const { card } = await turn({ store: new FileDossierStore(emptyDir.path), clock });
    await emptyDir.remove();
    expect(texts(card)).toContain(msg.empty);
    expect(card.actions.map((a) => a.data)).toEqual([{ menu: 'aanmelding' }, { menu: 'menu' }]);
  });

  it('deletes an undelivered dossier after confirmation', async () => {
    const id = mine.verzonden!.id;
    const ask = await turn({ store, clock }, { menu: 'mijnAanmeldingen', verwijder: id });
    expect(texts(ask.card)[0]).toBe(msg.confirm.dossier(id, 'Sam de Vries'));
    expect(await store.get(id)).toBeDefined(); // asking deletes nothing
    const yes = ask.card.actions.find((a) => a.title === msg.confirm.yes)!;
    const done = await turn({ store, clock }, yes.data);
    expect(texts(done.card)).toEqual([msg.deleted(id)]);
    expect(await store.get(id)).toBeUndefined();
  });

  it('deletes the concept after confirmation and tells the root', async () => {
    const concept: DossierDraft = { kandidaat: { naam: 'Noor Jansen' } };
    const ask = await turn({ store, clock }, { menu: 'mijnAanmeldingen', verwijder: 'concept' }, { concept });
    expect(texts(ask.card)[0]).toBe(msg.confirm.concept('Noor Jansen'));
    const done = await turn({ store, clock }, { menu: 'mijnAanmeldingen', bevestig: 'concept' }, { concept });
    expect(done.result).toEqual({ conceptDeleted: true });
    expect((await turn({ store, clock }, { menu: 'mijnAanmeldingen', bevestig: 'concept' })).result).toEqual({});
  });

  it("refuses someone else's dossier and a delivered one, even with a forged confirm", async () => {
    for (const value of [{ verwijder: someoneElses.id }, { bevestig: someoneElses.id }]) {
      expect(texts((await turn({ store, clock }, { menu: 'mijnAanmeldingen', ...value })).card)).toEqual([
        msg.notFound,
      ]);
    }
    const delivered = mine.afgeleverd!.id;
    for (const value of [{ verwijder: delivered }, { bevestig: delivered }]) {
      expect(texts((await turn({ store, clock }, { menu: 'mijnAanmeldingen', ...value })).card)).toEqual([
        msg.notAllowed(delivered),
      ]);
    }
    expect(await store.get(someoneElses.id)).toBeDefined();
    expect(await store.get(delivered)).toBeDefined();
    const tampered = await turn({ store, clock }, { menu: 'mijnAanmeldingen', verwijder: '../../etc/passwd' });
    expect(texts(tampered.card)[0]).toBe(msg.title); // ignored: just the list
  });

  it('shows a dossier sent by the aanmelding dialog with the real lifecycle as "verzonden"', async () => {
    const outbox = await FileOutbox.open(dir.path);
    const submit = async (dossier: PreIntakeDossier) => void (await submitDossier({ store, outbox, clock }, dossier));
    const driver = new AanmeldingDriver(testDeps({ submit }), { screening: screeningOf('v01') });
    await fillToReview(driver, { toestemming: 'true', toestemmingWijze: 'digitaal' });
    await driver.submit({ actie: 'versturen' });
    const id = driver.outcome.dossierId!;
    expect(await outbox.isDelivered(id)).toBe(false);
    await outbox.close();

    const { card } = await turn({ store, clock, teams: TEAMS });
    expect(texts(card).join('\n')).toContain(`${id} · Sam de Vries`);
    expect(actions(card).some((a) => (a.data as { verwijder?: string }).verwijder === id)).toBe(true);
  });

  describe('opnieuw versturen', () => {
    let outbox: FileOutbox;
    let resends: string[];
    let deps: ConstructorParameters<typeof MijnAanmeldingenDialog>[0];

    beforeEach(async () => {
      outbox = await FileOutbox.open(dir.path);
      resends = [];
      deps = {
        store,
        clock,
        teams: TEAMS,
        resend: async (id, teamsId) => {
          resends.push(id);
          return resendOwnDossier({ store, outbox, clock }, id, teamsId);
        },
      };
    });
    afterEach(() => outbox.close());

    const resendButtons = (card: Card) =>
      actions(card)
        .filter((a) => a.title === msg.resendButton)
        .map((a) => a.data as { menu: string; opnieuw: string });

    it('offers "Opnieuw versturen" only on a failed dossier', async () => {
      const { card } = await turn(deps);
      expect(resendButtons(card)).toEqual([{ menu: 'mijnAanmeldingen', opnieuw: mine.mislukt!.id }]);
      expect(texts(card).join('\n')).toContain(`${msg.statusLabel}: ${msg.status.mislukt()}`);
    });

    it('sends it again once: the list then shows it on its way; a second click changes nothing', async () => {
      const id = mine.mislukt!.id;
      const first = await turn(deps, resendButtons((await turn(deps)).card)[0]);
      expect(texts(first.card)[1]).toBe(msg.resent(id));
      const lines = texts(first.card);
      expect(lines[lines.findIndex((t) => t.startsWith(`${id} · `)) + 2]).toBe(
        `${msg.statusLabel}: ${msg.status.verzonden()}`,
      );
      expect(resendButtons(first.card)).toEqual([]);
      expect((await store.get(id))!.statusHistory.at(-1)).toMatchObject({ status: 'verzonden', door: 'verwijzer' });
      expect((await outbox.claim(10)).map((job) => job.dossierId)).toContain(id);

      const again = await turn(deps, { menu: 'mijnAanmeldingen', opnieuw: id });
      expect(texts(again.card)[1]).toBe(msg.resendNotNeeded(id));
      expect((await store.get(id))!.statusHistory.filter((e) => e.status === 'verzonden')).toHaveLength(2);
    });

    it('shows "wacht op het intaketeam" after a resend when the team has not linked its channel', async () => {
      const id = mine.mislukt!.id;
      const { card } = await turn(
        { ...deps, awaitsChannel: async () => true },
        { menu: 'mijnAanmeldingen', opnieuw: id },
      );
      const lines = texts(card);
      expect(lines[lines.findIndex((t) => t.startsWith(`${id} · `)) + 2]).toBe(
        `${msg.statusLabel}: ${msg.status['wacht-op-intaketeam']()}`,
      );
    });

    it('a forged resend from another person, a group chat or a channel changes nothing and shows nothing', async () => {
      const id = mine.mislukt!.id;
      const forged = { menu: 'mijnAanmeldingen', opnieuw: id };
      const fromOthers: Partial<Activity>[] = [
        { from: { id: '29:someone', name: 'Iemand', aadObjectId: 'aad-someone-else' } },
        { conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' } },
        { conversation: { id: '19:ch@thread.tacv2', conversationType: 'channel', isGroup: true, name: '' } },
      ];
      for (const overrides of fromOthers) {
        const { card } = await turn(deps, forged, {}, overrides);
        expect(texts(card)).toEqual([msg.notFound]);
        expect(JSON.stringify(card)).not.toContain('Sam de Vries');
      }
      expect((await store.get(id))!.statusHistory.at(-1)?.status).toBe('mislukt');
      expect(await outbox.claim(10)).toEqual([]);
      const notMine = await turn(deps, { menu: 'mijnAanmeldingen', opnieuw: someoneElses.id });
      expect(texts(notMine.card)).toEqual([msg.notFound]);
    });
  });
});
