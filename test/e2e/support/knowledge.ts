import { expect } from 'vitest';
import { loadCatalogue, type WerkprocesInfo } from '../../../knowledge/catalogue';
import { createSearchIndex } from '../../../knowledge/search/searchIndex';
import { werkprocessenMessages as msg } from '../../../dialogs/werkprocessen/messages.nl';
import type { ResolvedHit } from '../../../dialogs/werkprocessen/viewContent';
import { creboMessages } from '../../../dialogs/shared/messages.nl';
import type { BotMessage } from '../playground';
import { visible } from './text';

/**
 * The knowledge base the bot runs with in the embedded default (the bundled files; the
 * e2e data folder has no imported dossiers), so scenarios can name what the page must show.
 */
export const knowledge = (() => {
  const catalogue = loadCatalogue();
  return { catalogue, index: createSearchIndex(catalogue) };
})();

/** How a hit reads on a card: its name, and its codes (crebo, werkproces code, kwalificatie, niveau). */
export function expectHitShown(message: BotMessage, hit: ResolvedHit): void {
  if (hit.type === 'kwalificatie') {
    const k = hit.kwalificatie;
    expect(message.text).toContain(k.naam);
    expect(message.text).toContain(msg.kwalificatie.meta(k.crebo, k.niveau, k.domein));
  } else if (hit.type === 'werkproces') {
    expectWerkprocesShown(message, hit.werkproces);
  } else {
    expect(message.text).toContain(visible(hit.onderwerp.titel));
  }
}

/** A basisdeel werkproces under its dossier names the kwalificatiedossier, any other its kwalificatie crebo. */
export function creboOf(wp: WerkprocesInfo): string {
  return creboMessages.crebo(wp.crebo, wp.crebo === wp.dossier.dossierCrebo);
}

export function expectWerkprocesShown(message: BotMessage, wp: WerkprocesInfo): void {
  expect(message.text).toContain(wp.titel);
  expect(message.text).toContain(msg.werkproces.meta(wp.code, wp.kwalificatie, creboOf(wp), wp.niveau));
}

/** The title of a werkproces tick box: its number in the list, title and code. */
export function tickTitle(wp: WerkprocesInfo, nummer: number): string {
  return `${nummer}. ${wp.titel} (${wp.code})`;
}

/**
 * A selection line as the selection and finish cards show it. Its "1. " is drawn as a list
 * marker (the TextBlock's markdown makes it a numbered list), which is not part of the text.
 */
export function selectionLine(wp: WerkprocesInfo): string {
  return msg.selectie.werkproces(wp.code, wp.titel, wp.kwalificatie, creboOf(wp));
}

/** The selection lines appear in this order. */
export function expectSelectionLines(message: BotMessage, werkprocessen: readonly WerkprocesInfo[]): void {
  const positions = werkprocessen.map((wp) => message.text.indexOf(selectionLine(wp)));
  expect(
    positions.every((p) => p >= 0),
    `selection lines in: ${message.text}`,
  ).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}
