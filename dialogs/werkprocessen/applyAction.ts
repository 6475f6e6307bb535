import { goBack, goHome, openView, type Action, type ExplorerState } from './explorerState';
import { creboMessages } from '../shared/messages.nl';
import { werkprocessenMessages as msg } from './messages.nl';
import {
  addKwalificatie,
  addWerkprocessen,
  lookupKwalificatie,
  lookupWerkproces,
  onKwalificatieCrebos,
  removeLine,
} from './selection';
import { kerntaakOf, type ExplorerDeps } from './viewContent';

/** The next state, the texts to send first, and whether the flow ends (with state.selection). */
export interface Outcome {
  state: ExplorerState;
  replies: string[];
  done: boolean;
}

const stay = (state: ExplorerState, reply: string): Outcome => ({ state, replies: [reply], done: false });
const next = (state: ExplorerState, replies: string[] = []): Outcome => ({ state, replies, done: false });

/**
 * Pure: one action on the state. Everything a submit names is looked up in the catalogue
 * here; what is not there gets a clear message and the same view again.
 */
export function applyAction(state: ExplorerState, action: Action, deps: ExplorerDeps): Outcome {
  const { catalogue } = deps;
  switch (action.kind) {
    case 'zoek':
      return next(openView(state, { kind: 'zoeken', vraag: action.vraag }));
    case 'suggesties':
      return next(goHome({ ...state, interesses: action.interesses, werkplek: action.werkplek }));
    case 'start':
      return next(goHome(state));
    case 'terug':
      return next(goBack(state));
    case 'domeinen':
      return next(openView(state, { kind: 'domeinen' }));
    case 'selectie':
      return next(openView(state, { kind: 'selectie' }));
    case 'domein':
      if (!catalogue.domeinen().includes(action.domein)) return stay(state, msg.bladeren.onbekend);
      return next(openView(state, { kind: 'domein', domein: action.domein }));
    case 'kwalificatie':
      if (!lookupKwalificatie(catalogue, action.crebo)) return stay(state, msg.bladeren.onbekend);
      return next(openView(state, { kind: 'kwalificatie', crebo: action.crebo }));
    case 'kerntaak':
      if (!lookupKwalificatie(catalogue, action.crebo) || !kerntaakOf(catalogue, action.crebo, action.code)) {
        return stay(state, msg.bladeren.onbekend);
      }
      return next(openView(state, { kind: 'kerntaak', crebo: action.crebo, code: action.code }));
    case 'werkproces':
      if (!lookupWerkproces(catalogue, action.id)) return stay(state, msg.bladeren.onbekend);
      return next(openView(state, { kind: 'werkproces', id: action.id }));
    case 'kies':
      return choose(state, action.ids, deps);
    case 'kiesKwalificatie':
      return chooseKwalificatie(state, action.crebo, deps);
    case 'verwijder':
      return remove(state, action.id);
    case 'klaar':
      return finish(state, action.ids, deps);
  }
}

/** Known ids are added, then the selection is shown; unknown ids are reported, never added. */
function choose(state: ExplorerState, ids: readonly string[], { catalogue }: ExplorerDeps): Outcome {
  const result = addWerkprocessen(state.selection, ids, catalogue);
  const { selection, open } = onKwalificatieCrebos(result.selection, catalogue);
  result.selection = selection;
  const replies = [
    ...(result.added.length > 0 ? [msg.kies.toegevoegd(result.added.map((wp) => `${wp.code} ${wp.titel}`))] : []),
    ...(open.length > 0 ? [msg.kies.kiesKwalificatie(open)] : []),
    ...(result.already.length > 0 ? [msg.kies.alGekozen(result.already.map((wp) => `${wp.code} ${wp.titel}`))] : []),
    ...(result.unknown.length > 0 ? [msg.kies.onbekend] : []),
  ];
  if (result.added.length === 0 && result.already.length === 0) return next(state, replies);
  const changed = { ...state, selection: result.selection, gewijzigd: state.gewijzigd || result.added.length > 0 };
  return next(openView(changed, { kind: 'selectie' }), replies);
}

/** Only a kwalificatie without loaded werkprocessen is chosen whole; otherwise its werkprocessen are shown. */
function chooseKwalificatie(state: ExplorerState, crebo: string, { catalogue }: ExplorerDeps): Outcome {
  const kwalificatie = lookupKwalificatie(catalogue, crebo);
  if (!kwalificatie) return stay(state, msg.bladeren.onbekend);
  if (kwalificatie.heeftWerkprocessen) {
    return next(openView(state, { kind: 'kwalificatie', crebo }), [
      msg.kwalificatie.heeftWerkprocessen(kwalificatie.naam),
    ]);
  }
  const selection = addKwalificatie(state.selection, kwalificatie);
  const changed = { ...state, selection, gewijzigd: state.gewijzigd || selection !== state.selection };
  return next(openView(changed, { kind: 'selectie' }), [
    msg.kies.toegevoegd([msg.selectie.heleKwalificatie(kwalificatie.naam, creboMessages.crebo(crebo))]),
  ]);
}

function remove(state: ExplorerState, id: string): Outcome {
  const { selection, removed } = removeLine(state.selection, id);
  if (!removed) return stay(state, msg.selectie.nietInSelectie);
  return next(openView({ ...state, selection, gewijzigd: true }, { kind: 'selectie' }), [
    msg.selectie.verwijderd(removed),
  ]);
}

/** "Klaar" also takes what was ticked on the card, so ticks are not lost; an unknown tick stops it. */
function finish(state: ExplorerState, ids: readonly string[], deps: ExplorerDeps): Outcome {
  if (ids.length === 0) return { state, replies: [], done: true };
  const chosen = choose(state, ids, deps);
  if (addWerkprocessen(state.selection, ids, deps.catalogue).unknown.length > 0) return chosen;
  return { ...chosen, done: true };
}
