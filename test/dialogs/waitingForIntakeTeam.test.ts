import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aanmeldingMessages } from '../../dialogs/aanmelding/messages.nl';
import { MijnAanmeldingenDialog } from '../../dialogs/mijnAanmeldingen';
import { mijnAanmeldingenMessages as msg } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { displayState } from '../../intake/dossier/lifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { fakeClock, sampleDossier, tempDir } from '../intake-delivery/helpers';
import {
  AanmeldingDriver,
  fillToReview,
  FROM,
  lastCard,
  recordingSubmit,
  screeningOf,
  SELECTION,
  testDeps,
  textsOf,
} from './aanmeldingDriver';
import type { Card, Element } from './screeningDriver';

const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };
const awaits = (waiting: string[]) => async (teamId: string) => waiting.includes(teamId);

describe('while the intake team has not linked its channel, the verwijzer reads that the dossier waits', () => {
  it('lifecycle: only a sent dossier of a team without channel shows as waiting', () => {
    expect(displayState('verzonden', true)).toBe('wacht-op-intaketeam');
    expect(displayState('verzonden', false)).toBe('verzonden');
    expect(displayState('mislukt', true)).toBe('mislukt');
    expect(displayState('afgeleverd', true)).toBe('afgeleverd');
  });

  it.each([
    [['team-west'], true],
    [[], false],
  ])('Versturen to a team awaiting its channel (%j) says so plainly', async (waiting, expectWaiting) => {
    const recorder = recordingSubmit();
    const deps = testDeps({ submit: recorder.submit, awaitsChannel: awaits(waiting) });
    const driver = new AanmeldingDriver(deps, { screening: screeningOf('v01'), selection: SELECTION });
    await fillToReview(driver, CONSENT);
    const texts = textsOf(lastCard(await driver.submit({ actie: 'versturen' }))).join('\n');
    expect(recorder.calls).toHaveLength(1);
    const waitText = aanmeldingMessages.send.waiting('Intaketeam West');
    if (expectWaiting) {
      expect(texts).toContain(waitText);
      expect(texts).toContain('zodra zij hun kanaal koppelen');
      expect(texts).not.toContain('krijgt het dossier');
    } else {
      expect(texts).not.toContain(waitText);
      expect(texts).toContain('Het intaketeam (Intaketeam West) krijgt het dossier');
    }
  });

  describe('mijn aanmeldingen', () => {
    let dir: Awaited<ReturnType<typeof tempDir>>;
    let store: FileDossierStore;
    beforeEach(async () => {
      dir = await tempDir();
      store = new FileDossierStore(dir.path);
    });
    afterEach(() => dir.remove());

    async function statusLines(waiting: string[]): Promise<string[]> {
      const dialog = new MijnAanmeldingenDialog({
        store,
        clock: fakeClock('2026-03-02T09:00:00.000Z'),
        awaitsChannel: awaits(waiting),
      });
      const client = new DialogTestClient('msteams', dialog, {});
      const turn: Partial<Activity> = { type: 'message', from: { ...FROM }, text: 'mijn aanmeldingen' };
      const reply = (await client.sendActivity(turn)) as Partial<Activity>;
      const card = reply.attachments?.[0]?.content as Card;
      const walk = (elements: Element[]): Element[] =>
        elements.flatMap((e) => [e, ...walk((e.items as Element[] | undefined) ?? [])]);
      return walk(card.body)
        .map((e) => String(e.text))
        .filter((t) => t.startsWith(`${msg.statusLabel}:`));
    }

    it('shows a sent dossier of a team without linked channel as waiting, and as sent once it is linked', async () => {
      const base = sampleDossier({}, '2026-03-01T10:00:00.000Z');
      const sent = { ...base, verwijzer: { ...base.verwijzer, teamsId: FROM.aadObjectId }, intakeTeam: 'team-west' };
      sent.statusHistory = [
        { status: 'concept', op: base.aangemaakt },
        { status: 'verzonden', op: base.aangemaakt },
      ];
      await store.put(sent);
      expect(await statusLines(['team-west'])).toEqual([`${msg.statusLabel}: ${msg.status['wacht-op-intaketeam']()}`]);
      expect(msg.status['wacht-op-intaketeam']()).toMatch(/^Wacht op het intaketeam/);
      expect(await statusLines([])).toEqual([`${msg.statusLabel}: ${msg.status.verzonden()}`]);
    });
  });
});
