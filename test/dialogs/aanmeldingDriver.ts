import type { Activity, TurnContext } from 'botbuilder';
import { ConversationState, MemoryStorage } from 'botbuilder';
import type { DialogInstance } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import {
  AanmeldingDialog,
  type AanmeldingDeps,
  type AanmeldingOptions,
  type AanmeldingOutcome,
} from '../../dialogs/aanmelding';
import type { ScreeningOutcome } from '../../dialogs/screening';
import type { WerkprocesSelection } from '../../dialogs/flows';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import { dossierIdFrom } from '../../intake/dossier/dossierId';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { screen } from '../../intake/screening/screen';
import { fakeClock } from '../intake-delivery/helpers';
import { loadScreeningCases } from '../fixtures/screeningCases';
import type { Card, Element, Seen } from './screeningDriver';
import { sendAndCollect } from '../support/dialogReplies';

export { lastCard, textsOf, type Card, type Seen } from './screeningDriver';

export const TEAMS: IntakeTeam[] = [
  { id: 'team-west', naam: 'Intaketeam West', kanaal: 'teams' },
  { id: 'team-oost', naam: 'Intaketeam Oost', kanaal: 'teams' },
];

/** The verwijzer as Teams sends them: display name and Entra object id. */
export const FROM = { id: '29:verwijzer-fleur', name: 'Fleur Bakker', aadObjectId: 'aad-fleur' };

/** A finished screening of example case v01 (kansrijk, erkend leerbedrijf). */
export function screeningOf(id = 'v01'): ScreeningOutcome {
  const input = loadScreeningCases().find((c) => c.id === id)!.input;
  return { answers: input, advice: screen(input, DEFAULT_POLICY) };
}

export const SELECTION: WerkprocesSelection = {
  kwalificaties: [{ crebo: '25250', naam: 'Helpende zorg en welzijn' }],
  werkprocessen: [
    {
      crebo: '25250',
      code: 'B1-K1-W2',
      titel: 'Ondersteunt bij de dagelijkse verzorging',
      kwalificatie: 'Helpende zorg en welzijn',
    },
  ],
};

/** What the kandidaat card submits when everything is filled in well (invented person). */
export const KANDIDAAT = {
  kandidaatNaam: 'Sam de Vries',
  kandidaatGeboortedatum: '1990-05-17',
  kandidaatWoonplaats: 'Voorbeeldstad',
  kandidaatTelefoon: '06-12345678',
  kandidaatEmail: 'sam@example.nl',
};
export const VERWIJZER = { verwijzerOrganisatie: 'Gemeente Voorbeeldstad', verwijzerTelefoon: '010-1234567' };
export const LEERBEDRIJF = {
  leerbedrijfNaam: 'Zorgcentrum De Linde',
  leerbedrijfPlaats: 'Voorbeeldstad',
  praktijkopleider: 'Petra Jansen, 06-87654321',
};
/** The gewenste start card. */
export const START = { gewensteStart: 'zo snel mogelijk' };

/** A fake `submit` of bot/: records every call; `failNext` makes the next call throw. */
export function recordingSubmit() {
  const calls: PreIntakeDossier[] = [];
  let failures = 0;
  const submit = async (dossier: PreIntakeDossier) => {
    if (failures > 0) {
      failures--;
      throw new Error('store unavailable');
    }
    calls.push(dossier);
  };
  return { calls, submit, failNext: (times = 1) => void (failures = times) };
}

export function testDeps(overrides: Partial<AanmeldingDeps> = {}): AanmeldingDeps {
  let seq = 0;
  return {
    policy: DEFAULT_POLICY,
    teams: TEAMS,
    clock: fakeClock('2026-03-02T09:00:00.000Z'),
    idGen: (now) => dossierIdFrom(now, Uint8Array.from([7, 7, 7, 7, ++seq])),
    submit: recordingSubmit().submit,
    ...overrides,
  };
}

/** Drives the aanmelding dialog turn by turn; every activity comes from FROM. */
export class AanmeldingDriver {
  readonly client: DialogTestClient;
  /** The raw conversation state, as the storage holds it (to check what is kept). */
  readonly storage: Record<string, string> = {};
  readonly dialog: AanmeldingDialog;
  /** Every card the bot updated in place (an answered card that became a record). */
  readonly updates: Card[] = [];

  constructor(deps: AanmeldingDeps = testDeps(), options: AanmeldingOptions = {}) {
    const state = new ConversationState(new MemoryStorage(this.storage));
    this.dialog = new AanmeldingDialog(deps);
    const recordUpdates = {
      onTurn: async (context: TurnContext, next: () => Promise<void>) => {
        context.onUpdateActivity(async (_ctx, activity, nextUpdate) => {
          const card = activity.attachments?.[0]?.content as Card | undefined;
          if (card) this.updates.push(JSON.parse(JSON.stringify(card)) as Card);
          return nextUpdate();
        });
        await next();
      },
    };
    this.client = new DialogTestClient('msteams', this.dialog, options, [recordUpdates], state);
  }

  /** The saved instance of the aanmelding dialog, as the root would hold it on its stack. */
  savedInstance(): DialogInstance | undefined {
    const saved = Object.values(this.storage).map(
      (json) => JSON.parse(json) as { DialogState?: { dialogStack?: DialogInstance[] } },
    );
    return saved.find((s) => s.DialogState)?.DialogState?.dialogStack?.[0];
  }

  start(): Promise<Seen[]> {
    return this.say('aanmelding');
  }

  say(text: string): Promise<Seen[]> {
    return this.send({ type: 'message', text });
  }

  submit(value: unknown): Promise<Seen[]> {
    return this.send({ type: 'message', value });
  }

  get status(): string {
    return this.client.dialogTurnResult.status;
  }

  get outcome(): AanmeldingOutcome {
    return this.client.dialogTurnResult.result as AanmeldingOutcome;
  }

  /** Any activity; from FROM unless it says otherwise. */
  async send(activity: Partial<Activity>): Promise<Seen[]> {
    const replies = await sendAndCollect(this.client, { from: { ...FROM }, ...activity });
    return replies.map((a) => {
      const content = a.attachments?.[0]?.content as Card | undefined;
      return content ? { card: JSON.parse(JSON.stringify(content)) as Card } : { text: a.text };
    });
  }
}

export const textOf = (seen: Seen[]) =>
  seen
    .filter((s) => s.text)
    .map((s) => s.text!)
    .join('\n');

/** Input elements of a card (also inside containers), without the review's "wijzig" list. */
export function inputsOf(card: Card): Element[] {
  return card.body.filter((e) => e.type.startsWith('Input.') && e.id !== 'wijzig');
}
export const inputIds = (card: Card) => inputsOf(card).map((e) => String(e.id));
export const isReview = (card: Card) => card.actions.some((a) => (a.data as { actie?: string })?.actie === 'versturen');

/** Every fact of the review card as "title: value". */
export function factsOf(card: Card): string[] {
  return card.body
    .filter((e) => e.type === 'FactSet')
    .flatMap((e) => (e.facts as { title: string; value: string }[]).map((f) => `${f.title}: ${f.value}`));
}

/** From the start to the review card by card submits (two teams; screening v01 given). */
export async function fillToReview(driver: AanmeldingDriver, consent: Record<string, string>): Promise<Card> {
  await driver.start();
  for (const value of [KANDIDAAT, VERWIJZER, LEERBEDRIJF, START, { opmerkingen: '' }, { intakeTeam: 'team-west' }]) {
    await driver.submit(value);
  }
  const card = [...(await driver.submit(consent))].reverse().find((s) => s.card)?.card;
  if (!card || !isReview(card)) throw new Error('expected the review card');
  return card;
}
