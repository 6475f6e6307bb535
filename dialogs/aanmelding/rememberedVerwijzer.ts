import type { z } from 'zod';
import { Verwijzer } from '../../intake/dossier/dossier';
import type { DossierDraft } from '../../intake/dossier/draft';
import { setDraftValue } from '../../intake/dossier/draftInput';
import { TYPED_SUBMIT_KEY } from '../flows';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { foldText } from '../shared/typedAnswer';
import { gegevensMessages as msg } from './messages.nl';

/**
 * The verwijzer's own details kept for the next aanmelding: name, organisation and phone.
 * Nothing of the client. The dossier's own rules (zod) decide what a valid record is.
 */
export const VerwijzerGegevens = Verwijzer.pick({ naam: true, organisatie: true, telefoon: true });
export type VerwijzerGegevens = z.infer<typeof VerwijzerGegevens>;

/** Per Teams user (the verwijzer id), kept by bot/ in the state storage. */
export interface VerwijzerGegevensStore {
  /** What is stored for this verwijzer, unchecked (undefined: nothing, or expired). */
  load(teamsId: string): Promise<unknown>;
  save(teamsId: string, gegevens: VerwijzerGegevens): Promise<void>;
  /** True when something was stored. */
  forget(teamsId: string): Promise<boolean>;
}

/** The stored details when they fit the dossier's rules; a corrupt record or a failing store: none (asked again). */
export async function loadGegevens(
  store: VerwijzerGegevensStore | undefined,
  teamsId: string | undefined,
): Promise<VerwijzerGegevens | undefined> {
  if (!store || !teamsId) return undefined;
  try {
    return VerwijzerGegevens.safeParse(await store.load(teamsId)).data;
  } catch {
    return undefined;
  }
}

/** The verwijzer's details in a draft, when all three are there. */
export function gegevensOf(draft: DossierDraft): VerwijzerGegevens | undefined {
  const { naam, organisatie, telefoon } = draft.verwijzer ?? {};
  return VerwijzerGegevens.safeParse({ naam, organisatie, telefoon }).data;
}

/** Fills the verwijzer's details from memory, only where the draft has none of its own (a concept keeps its own). */
export function withGegevens(draft: DossierDraft, gegevens: VerwijzerGegevens): DossierDraft | undefined {
  if (draft.verwijzer?.organisatie || draft.verwijzer?.telefoon) return undefined;
  let next = setDraftValue(draft, 'verwijzerNaam', gegevens.naam);
  next = setDraftValue(next, 'verwijzerOrganisatie', gegevens.organisatie);
  return setDraftValue(next, 'verwijzerTelefoon', gegevens.telefoon);
}

export function sameGegevens(a: VerwijzerGegevens | undefined, b: VerwijzerGegevens): boolean {
  return a !== undefined && a.naam === b.naam && a.organisatie === b.organisatie && a.telefoon === b.telefoon;
}

/** What "wijzig …" may name to change the three at once. */
const GEGEVENS_NAMES = new Set(['mijn gegevens', 'gegevens', 'jouw gegevens', 'je gegevens', 'verwijzer']);

export function namesGegevens(name: string): boolean {
  return GEGEVENS_NAMES.has(foldText(name));
}

/** "Ik gebruik jouw gegevens: …" with one button that types "wijzig mijn gegevens". */
export function gegevensCard(gegevens: VerwijzerGegevens): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock(msg.using(gegevens.naam, gegevens.organisatie, gegevens.telefoon)),
      textBlock(msg.usingHint, { isSubtle: true, size: 'Small', spacing: 'Small' }),
    ],
    [submitAction(msg.changeButton, { [TYPED_SUBMIT_KEY]: msg.changeCommand })],
  );
}
