import { MAX_QUERY_LENGTH } from '../../knowledge/search/searchIndex';
import type { WerkprocesSelection } from '../flows';
import { applyAction, type Outcome } from './applyAction';
import { homeState, type Action } from './explorerState';
import { werkprocessenMessages as msg } from './messages.nl';
import { selectionFrom, selectionSize } from './selection';
import { MenuStartSubmit } from './submits';
import type { ExplorerDeps } from './viewContent';

/** Begin options, built by the root from the session. */
export interface WerkprocessenOptions {
  /** What the client likes doing, from the screening. */
  interesses?: string;
  /** An earlier selection, to extend. */
  selection?: WerkprocesSelection;
  /** Opened from the aanmelding's review card: the selection goes back there. */
  terugNaarAanmelding?: boolean;
}

/** A button on the menu's answer card says where to begin. */
function startAction(value: unknown): Action | undefined {
  const parsed = MenuStartSubmit.safeParse(value);
  if (!parsed.success) return undefined;
  const { kies, kwalificatie, vraag, bladeren } = parsed.data;
  if (kies) return { kind: 'kies', ids: [kies] };
  if (kwalificatie) return { kind: 'kwalificatie', crebo: kwalificatie };
  if (vraag?.trim()) return { kind: 'zoek', vraag: vraag.trim().slice(0, MAX_QUERY_LENGTH) };
  return bladeren ? { kind: 'domeinen' } : undefined;
}

/**
 * The first state: the earlier selection (only what the catalogue still knows), the interests,
 * and where the starting button pointed. `activityValue` is the turn that started the flow.
 */
export function beginState(options: WerkprocessenOptions, activityValue: unknown, deps: ExplorerDeps): Outcome {
  const selection = selectionFrom(options.selection, deps.catalogue);
  const interesses = typeof options.interesses === 'string' ? options.interesses.trim().slice(0, MAX_QUERY_LENGTH) : '';
  const home = {
    ...homeState(selection, interesses),
    ...(options.terugNaarAanmelding ? { terugNaarAanmelding: true } : {}),
  };
  const resumed = selectionSize(selection) > 0 ? [msg.hervat(selectionSize(selection))] : [];
  const action = startAction(activityValue);
  if (!action) return { state: home, replies: resumed, done: false };
  const outcome = applyAction(home, action, deps);
  return { ...outcome, replies: [...resumed, ...outcome.replies], done: false };
}
