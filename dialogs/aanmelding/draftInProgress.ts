import { DossierDraft } from '../../intake/dossier/draft';
import type { DialogInstance } from '../sdk';
import type { AanmeldingOutcome, FlowState } from './flowState';

// Where botbuilder keeps a ComponentDialog's inner stack (top last), and a waterfall's options and values.
const INNER_STACK = 'dialogs';

interface WaterfallState {
  options?: Partial<FlowState>;
  values?: { state?: Partial<FlowState> };
}

/**
 * The draft of an unfinished aanmelding, read from the dialog's own saved state, so the root
 * can keep it when "stop", "menu" or another flow cancels the dialog. The innermost form step
 * holds the newest draft. Undefined when there is nothing worth keeping yet.
 */
export function draftInProgress(
  instance: DialogInstance | undefined,
  ids: { form: string; round: string },
): AanmeldingOutcome | undefined {
  const inner = (instance?.state as Record<string, { dialogStack?: DialogInstance[] }> | undefined)?.[INNER_STACK];
  for (const dialog of [...(inner?.dialogStack ?? [])].reverse()) {
    const saved = dialog.state as WaterfallState;
    const state = dialog.id === ids.round ? saved.options : dialog.id === ids.form ? (saved.values?.state ?? saved.options) : undefined;
    if (!state) continue;
    const parsed = DossierDraft.safeParse(state.draft);
    if (!parsed.success || !(parsed.data.kandidaat || parsed.data.screening)) return undefined;
    return state.pendingId ? { draft: parsed.data, pendingDossierId: state.pendingId } : { draft: parsed.data };
  }
  return undefined;
}
