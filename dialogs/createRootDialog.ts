import type { Policy } from '../intake/screening/policy';
import { FLOW } from './flows';
import { RootDialog } from './root/rootDialog';
import type { FlowStarter } from './root/session';
import { ScreeningDialog, type ScreeningOptions } from './screening';

/** Everything the dialogs need from the outside world, chosen by bot/app.ts. */
export interface DialogDeps {
  policy: Policy;
}

/** Builds the root dialog with every flow of this version. */
export function createRootDialog(deps: DialogDeps): RootDialog {
  const startFlow: FlowStarter = (flow) => {
    switch (flow) {
      case FLOW.screening:
        return {} satisfies ScreeningOptions;
      default:
        return {};
    }
  };
  return new RootDialog({ flows: [new ScreeningDialog(deps.policy)], startFlow });
}
