import { RootDialog } from './root/rootDialog';
import type { FlowStarter } from './root/session';

/** Everything the dialogs need from the outside world, chosen by bot/main.ts. */
export interface DialogDeps {}

/** Builds the root dialog with every flow of this version. */
export function createRootDialog(_deps: DialogDeps): RootDialog {
  const startFlow: FlowStarter = () => ({});
  return new RootDialog({ flows: [], startFlow });
}
