import type { WerkprocesSelection } from '../flows';
import type { DialogInstance } from '../sdk';
import type { ExplorerState } from './explorerState';

// Where botbuilder keeps a ComponentDialog's inner stack, and a waterfall's begin options.
const INNER_STACK = 'dialogs';

/**
 * The selection of an unfinished exploration, read from the dialog's saved state, so the root
 * can keep it when "stop", "menu" or another flow cancels the dialog. Undefined when the
 * verwijzer has not added or removed anything (the session then keeps what it had).
 */
export function draftInProgress(instance: DialogInstance | undefined, loopId: string): WerkprocesSelection | undefined {
  const inner = (instance?.state as Record<string, { dialogStack?: DialogInstance[] }> | undefined)?.[INNER_STACK];
  const loop = inner?.dialogStack?.find((dialog) => dialog.id === loopId);
  const state = (loop?.state as { options?: Partial<ExplorerState> } | undefined)?.options;
  if (!state?.gewijzigd || !state.selection) return undefined;
  return { kwalificaties: [...state.selection.kwalificaties], werkprocessen: [...state.selection.werkprocessen] };
}
