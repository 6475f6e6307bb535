import { expect } from 'vitest';
import {
  aanmeldingMessages as msg,
  fieldMessages,
  groupMessages,
  wijzeLabels,
} from '../../../dialogs/aanmelding/messages.nl';
import type { FieldId, GroupId } from '../../../dialogs/aanmelding/questions';
import type { PlaygroundChat } from '../playground';

/** A made-up kandidaat and verwijzer, as the verwijzer fills them in on the cards. */
export const KANDIDAAT = {
  kandidaatNaam: 'Sanne de Vries',
  kandidaatGeboortedatum: '1991-03-14', // Input.Date takes YYYY-MM-DD
  kandidaatWoonplaats: 'Utrecht',
  kandidaatTelefoon: '06-12345678',
  kandidaatEmail: 'sanne.devries@voorbeeld.nl',
} satisfies Partial<Record<FieldId, string>>;

export const VERWIJZER = {
  verwijzerOrganisatie: 'Gemeente Utrecht, team Werk',
  verwijzerTelefoon: '030-1234567',
} satisfies Partial<Record<FieldId, string>>;
export const LEERBEDRIJF = {
  leerbedrijfNaam: 'Zorgcentrum De Linde',
  leerbedrijfPlaats: 'Utrecht',
  praktijkopleider: 'Petra Jansen, 06-87654321',
} satisfies Partial<Record<FieldId, string>>;
export const START = { gewensteStart: '1 februari 2027' } satisfies Partial<Record<FieldId, string>>;
export const OPMERKINGEN = 'Sanne is het best bereikbaar na 14.00 uur.';
export const TOESTEMMING_WIJZE = 'mondeling';

/** As a busy verwijzer does: the kandidaat in one typed line, confirmed with Klopt; then only the e-mail. */
export const FIRST_MESSAGE = 'Sanne de Vries, geboren 14-03-1991, Utrecht, 06-12345678';

export async function typeKandidaat(chat: PlaygroundChat): Promise<void> {
  await chat.waitForBotMessage(groupMessages.kandidaat.title);
  await chat.send(FIRST_MESSAGE);
  const understood = await chat.waitForBotMessage(msg.prefill.title);
  expect(understood.text).toContain('14 maart 1991');
  expect(understood.text).toContain(KANDIDAAT.kandidaatNaam);
  await chat.clickButton(msg.prefill.kloptButton);
  const email = await chat.waitForBotMessage(groupMessages.kandidaat.title);
  expect(email.text).not.toContain(fieldMessages.kandidaatNaam.placeholder!); // only what is missing
  await chat.fill(fieldMessages.kandidaatEmail.input, KANDIDAAT.kandidaatEmail);
  await chat.clickButton(msg.card.next);
}

/** Waits for the card of `group`, fills its inputs by their labels and clicks Volgende. */
export async function fillCard(
  chat: PlaygroundChat,
  group: GroupId,
  values: Partial<Record<FieldId, string>>,
): Promise<void> {
  const card = await chat.waitForBotMessage(groupMessages[group].title);
  for (const [field, value] of Object.entries(values) as [FieldId, string][]) {
    expect(card.text).toContain(fieldMessages[field].input);
    await chat.fill(fieldMessages[field].input, value);
  }
  await chat.clickButton(msg.card.next);
}

/**
 * The cards after the screening and the werkprocessen: kandidaat (typed in one line, confirmed),
 * verwijzer (the name comes from Teams), leerbedrijf with its praktijkopleider (the screening said
 * "erkend"), the gewenste start, opmerkingen, then consent: first a
 * typed answer the bot cannot use (explained, asked again), then the toggle and the manner.
 */
export async function fillAanmelding(chat: PlaygroundChat): Promise<void> {
  await typeKandidaat(chat);
  await fillCard(chat, 'verwijzer', VERWIJZER);
  await fillCard(chat, 'leerbedrijf', LEERBEDRIJF);
  await fillCard(chat, 'start', START);
  await fillCard(chat, 'opmerkingen', { opmerkingen: OPMERKINGEN });
  await chat.waitForBotMessage(groupMessages.toestemming.title);
  await chat.send('misschien');
  await chat.waitForBotMessage(msg.invalid.consentTyped);
  await chat.tick(fieldMessages.toestemming.input);
  await chat.choose(wijzeLabels[TOESTEMMING_WIJZE]);
  await chat.clickButton(msg.card.next);
}
