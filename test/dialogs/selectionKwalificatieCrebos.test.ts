import { describe, expect, it } from 'vitest';
import { initialState } from '../../dialogs/aanmelding/flowState';
import { addWerkprocessen, emptySelection, onKwalificatieCrebos } from '../../dialogs/werkprocessen/selection';
import { loadCatalogue } from '../../knowledge/catalogue';

const catalogue = loadCatalogue();
const TEAMS = [{ id: 'west', naam: 'Intaketeam West', kanaal: 'teams' as const }];

/** An aanmelding is per kwalificatie: the dossier crebo 23189 (Dienstverlening) is never one. */
describe('a selection names kwalificatie crebos, never a dossier crebo', () => {
  it('moves a basisdeel werkproces to the kwalificatie of that dossier already chosen', () => {
    const added = addWerkprocessen(emptySelection(), ['25498:P2-K1-W1', '23189:B1-K1-W2'], catalogue).selection;
    const { selection, open } = onKwalificatieCrebos(added, catalogue);
    expect(open).toEqual([]);
    expect(selection.werkprocessen.map((w) => `${w.crebo}:${w.code}`)).toEqual(['25498:P2-K1-W1', '25498:B1-K1-W2']);
  });

  it('keeps a basisdeel werkproces open when the dossier has several kwalificaties and none is chosen', () => {
    const added = addWerkprocessen(emptySelection(), ['23189:B1-K1-W2'], catalogue).selection;
    const { selection, open } = onKwalificatieCrebos(added, catalogue);
    expect(open).toHaveLength(1);
    expect(selection.werkprocessen[0]).toMatchObject({ crebo: '23189', opDossier: true });
    const { state } = initialState({ selection }, undefined, TEAMS);
    expect(state.draft.wensen?.kwalificaties).toEqual([]);
  });

  it('the aanmelding takes over kwalificatie crebos only', () => {
    const added = addWerkprocessen(emptySelection(), ['23189:B1-K1-W2', '25499:P1-K1-W1'], catalogue).selection;
    const { selection } = onKwalificatieCrebos(added, catalogue);
    const { state } = initialState({ selection }, undefined, TEAMS);
    expect(state.draft.wensen?.kwalificaties).toEqual(['25499']);
    expect(state.draft.wensen?.werkprocessen).toEqual([
      { crebo: '25499', code: 'B1-K1-W2' },
      { crebo: '25499', code: 'P1-K1-W1' },
    ]);
  });
});
