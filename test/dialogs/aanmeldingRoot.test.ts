import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AanmeldingDialog } from '../../dialogs/aanmelding';
import { aanmeldingMessages as msg } from '../../dialogs/aanmelding/messages.nl';
import { MijnAanmeldingenDialog } from '../../dialogs/mijnAanmeldingen';
import { mijnAanmeldingenMessages as mijnMsg } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { RootDialog } from '../../dialogs/root/rootDialog';
import { startFlow } from '../../dialogs/createRootDialog';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import { submitDossier } from '../../intake/delivery/dossierLifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import { tempDir } from '../intake-delivery/helpers';
import {
  FROM,
  KANDIDAAT,
  recordingSubmit,
  screeningOf,
  testDeps,
  VERWIJZER,
  LEERBEDRIJF,
  START,
} from './aanmeldingDriver';
import type { Card, Element } from './screeningDriver';
import { sendAndCollect } from '../support/dialogReplies';

describe('aanmelding and mijn aanmeldingen inside the root dialog', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.remove());

  it('keeps a concept in the session, resumes it, and lists and deletes the sent dossier via menu buttons', async () => {
    const store = new FileDossierStore(dir.path);
    const recorder = recordingSubmit();
    const outbox = await FileOutbox.open(dir.path);
    const submit = async (dossier: PreIntakeDossier) => {
      await recorder.submit(dossier);
      await submitDossier({ store, outbox, clock: testDeps().clock }, dossier);
    };
    const root = new RootDialog({
      flows: [
        new AanmeldingDialog(testDeps({ submit })),
        new MijnAanmeldingenDialog({ store, clock: testDeps().clock }),
      ],
      startFlow: (flow, session) => {
        session.results.screening ??= screeningOf('v01'); // as if the screening flow had run
        return startFlow(flow, session);
      },
    });
    const client = new DialogTestClient('msteams', root);
    const send = (activity: Partial<Activity>) =>
      sendAndCollect(client, { type: 'message', from: { ...FROM }, ...activity });
    const cardOf = (replies: Partial<Activity>[]) => replies.at(-1)?.attachments?.[0]?.content as Card;
    const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

    await send({ text: 'aanmelding' });
    for (const value of [KANDIDAAT, VERWIJZER, LEERBEDRIJF, START, { opmerkingen: '' }, { intakeTeam: 'team-west' }])
      await send({ value });
    await send({ value: { toestemming: 'false', toestemmingWijze: '' } });
    await send({ value: { actie: 'concept' } });

    // The concept is in the session: mijn aanmeldingen shows it, "aanmelding" resumes it.
    const list = cardOf(await send({ value: { menu: 'mijnAanmeldingen' } }));
    expect(JSON.stringify(list)).toContain(mijnMsg.concept.heading);
    const resumed = await send({ text: 'aanmelding' });
    expect(textOf(resumed)).toContain(msg.flow.resumed);
    await send({ text: 'wijzig toestemming' });
    await send({ value: { toestemming: 'true', toestemmingWijze: 'mondeling' } });
    const sent = cardOf(await send({ value: { actie: 'versturen' } }));
    const id = recorder.calls[0]!.id;
    expect(JSON.stringify(sent)).toContain(id);

    // The sent card's button opens the list; its delete button works later, through the root.
    const mijn = cardOf(await send({ value: sent.actions[0]!.data }));
    expect(JSON.stringify(mijn)).not.toContain(mijnMsg.concept.heading); // the concept was sent
    const deleteButton = allActions(mijn).find((a) => (a.data as { verwijder?: string }).verwijder === id)!;
    const confirm = cardOf(await send({ value: deleteButton.data }));
    await send({ value: confirm.actions[0]!.data });
    expect(await store.get(id)).toBeUndefined();
    await outbox.close();
  });
});

function allActions(card: Card): Element[] {
  const walk = (els: Element[]): Element[] =>
    els.flatMap((e) => [e, ...walk((e.items as Element[] | undefined) ?? [])]);
  return [...walk(card.body).flatMap((e) => (e.actions as Element[] | undefined) ?? []), ...card.actions];
}
