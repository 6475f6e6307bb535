import type { WerkprocesSelection } from '../flows';

/** What the verwijzer is looking at. Lists are recomputed from the catalogue when shown. */
export type View =
  | { kind: 'start' }
  | { kind: 'zoeken'; vraag: string }
  | { kind: 'domeinen' }
  | { kind: 'domein'; domein: string }
  | { kind: 'kwalificatie'; crebo: string }
  | { kind: 'kerntaak'; crebo: string; code: string }
  | { kind: 'werkproces'; id: string }
  | { kind: 'selectie' };

/** The whole flow state; plain data, because it lives in the saved dialog state. */
export interface ExplorerState {
  selection: WerkprocesSelection;
  /** The verwijzer added or removed something: only then is the selection worth handing over on "stop". */
  gewijzigd: boolean;
  interesses: string;
  werkplek: string;
  view: View;
  /** Views to go back to, the latest last. */
  trail: View[];
  /** Opened from the aanmelding's review card: "klaar" goes back there, without the closing card. */
  terugNaarAanmelding?: boolean;
}

/** What one turn asks for, from a card submit or typed text. */
export type Action =
  | { kind: 'zoek'; vraag: string }
  | { kind: 'suggesties'; interesses: string; werkplek: string }
  | { kind: 'start' }
  | { kind: 'domeinen' }
  | { kind: 'domein'; domein: string }
  | { kind: 'kwalificatie'; crebo: string }
  | { kind: 'kerntaak'; crebo: string; code: string }
  | { kind: 'werkproces'; id: string }
  | { kind: 'selectie' }
  | { kind: 'terug' }
  | { kind: 'kies'; ids: string[] }
  | { kind: 'kiesKwalificatie'; crebo: string }
  | { kind: 'verwijder'; id: string }
  | { kind: 'klaar'; ids: string[] };

const MAX_TRAIL = 10;

export function homeState(selection: WerkprocesSelection, interesses = '', werkplek = ''): ExplorerState {
  return { selection, gewijzigd: false, interesses, werkplek, view: { kind: 'start' }, trail: [] };
}

function sameView(a: View, b: View): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Opens a view; the current one becomes the way back. */
export function openView(state: ExplorerState, view: View): ExplorerState {
  if (sameView(state.view, view)) return state;
  const trail = [...state.trail, state.view].slice(-MAX_TRAIL);
  return { ...state, view, trail };
}

/** One step back; at the start it stays there. */
export function goBack(state: ExplorerState): ExplorerState {
  const previous = state.trail[state.trail.length - 1];
  return previous ? { ...state, view: previous, trail: state.trail.slice(0, -1) } : goHome(state);
}

export function goHome(state: ExplorerState): ExplorerState {
  return { ...state, view: { kind: 'start' }, trail: [] };
}
