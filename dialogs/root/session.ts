import type { FlowId } from '../flows';

/**
 * What the conversation has produced so far, kept by the root dialog across flows:
 * the last result of each finished flow (screening answers and advice, werkproces
 * selection, dossier draft). Values are the flows' own result types.
 */
export interface Session {
  results: Partial<Record<FlowId, unknown>>;
}

export function emptySession(): Session {
  return { results: {} };
}

/** Builds the begin options of a flow from the session. */
export type FlowStarter = (flow: FlowId, session: Session) => object | undefined;
