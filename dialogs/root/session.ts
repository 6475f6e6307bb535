import { z } from 'zod';
import { AanmeldingOutcome, KeptAanmelding } from '../aanmelding/flowState';
import { FLOW, WerkprocesSelection, type FlowId } from '../flows';
import { ScreeningInProgress, ScreeningOutcome } from '../screening/screeningState';

/**
 * What the conversation has produced so far, kept by the root dialog across flows: the last
 * screening (answers and advice), werkproces selection and aanmelding (a concept or a sent
 * one). Parsed each time it is read back from storage; a result that no longer fits its
 * schema is dropped on its own, so the others are kept.
 */
const Results = z.object({
  screening: ScreeningOutcome.optional().catch(undefined),
  werkprocessen: WerkprocesSelection.optional().catch(undefined),
  aanmelding: AanmeldingOutcome.optional().catch(undefined),
  /** A screening stopped halfway: its answers so far (a finished screening is never replaced by them). */
  screeningBezig: ScreeningInProgress.optional().catch(undefined),
  /** Other clients' concepts, set aside while a new aanmelding runs; the last comes back once that one is done. */
  opzij: z.array(KeptAanmelding).optional().catch(undefined),
});
export const Session = z.object({
  results: Results.catch({}),
  /** The flow "stop" kept half-done work of: "verder" at the menu goes on with it. */
  gestopt: z
    .enum(Object.values(FLOW) as [FlowId, ...FlowId[]])
    .optional()
    .catch(undefined),
});
export type Session = z.infer<typeof Session>;
export type KeptFlow = keyof Session['results'];

export function emptySession(): Session {
  return { results: {} };
}

/** The session as stored, or an empty one when nothing usable is there. */
export function sessionOf(stored: unknown): Session {
  const parsed = Session.safeParse(stored);
  return parsed.success ? parsed.data : emptySession();
}

/** Keeps a finished flow's result when it is one the session holds and it fits its schema. */
export function withResult(session: Session, flow: FlowId, result: unknown): Session {
  if (!(flow in Results.shape)) return session;
  const { screeningBezig, ...results } = session.results;
  const bezig = flow === FLOW.screening ? {} : { screeningBezig }; // a finished screening replaces the half one
  return sessionOf({ ...session, results: { ...results, ...bezig, [flow]: result } });
}

/** Half-done work kept by "stop": the flow's own slot, except a screening's answers so far (their own slot). */
export function withDraft(session: Session, flow: FlowId, draft: unknown): Session {
  if (flow !== FLOW.screening) return withResult(session, flow, draft);
  return sessionOf({ ...session, results: { ...session.results, screeningBezig: draft } });
}

/** Builds the begin options of a flow from the session. */
export type FlowStarter = (flow: FlowId, session: Session) => object | undefined;
