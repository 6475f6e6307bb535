import { FLOW, type FlowId } from '../flows';
import type { DialogContext } from '../sdk';

const FLOW_IDS: ReadonlySet<string> = new Set(Object.values(FLOW));

/**
 * The flow the user is in, as the menu names it: the outermost flow on the dialog stack
 * (inside an aanmelding that runs the screening, the aanmelding). Undefined at the menu.
 */
export function runningFlow(dc: DialogContext): FlowId | undefined {
  let running: FlowId | undefined;
  for (let at: DialogContext | undefined = dc; at; at = at.parent) {
    const id = at.activeDialog?.id;
    if (id !== undefined && FLOW_IDS.has(id)) running = id as FlowId;
  }
  return running;
}
