import type { Clock } from '../dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../dossier/dossier';
import { isDeletable, isResendable } from '../dossier/lifecycle';
import { DomainError } from '../errors';
import { changedDossier } from './dossierRecord';
import type { DossierStore, Outbox } from './ports';

export interface SubmitDeps {
  store: DossierStore;
  outbox: Outbox;
  clock: Clock;
}

/**
 * Sends a dossier: stores it with status 'verzonden', then puts it in the outbox. Both are
 * durable when this resolves, so only then may the verwijzer hear it is sent. Calling it
 * again for the same dossier changes nothing. Throws CONSENT_MISSING without consent.
 */
export async function submitDossier(deps: SubmitDeps, dossier: PreIntakeDossier): Promise<PreIntakeDossier> {
  if (!dossier.toestemming.gegeven) throw new DomainError('CONSENT_MISSING', 'dossier has no consent', [dossier.id]);
  const existing = await deps.store.get(dossier.id);
  let sent = existing;
  if (!existing || currentStatus(existing).status === 'concept') {
    sent = changedDossier(dossier, { status: 'verzonden', op: deps.clock().toISOString(), door: 'verwijzer' });
    await deps.store.put(sent);
  }
  await deps.outbox.enqueue(sent!.id, sent!.intakeTeam);
  return sent!;
}

/**
 * Enqueues every stored dossier still marked 'verzonden' (a crash between storing and
 * enqueueing). Enqueue is idempotent, so dossiers the outbox already knows are untouched.
 * Returns those the outbox already delivered: a crash between the ack and the status write
 * left them 'verzonden'; the caller records 'afgeleverd'.
 */
export async function requeueSubmitted(store: DossierStore, outbox: Outbox): Promise<PreIntakeDossier[]> {
  const delivered: PreIntakeDossier[] = [];
  for (const id of await store.listIds()) {
    const dossier = await store.get(id);
    if (!dossier || currentStatus(dossier).status !== 'verzonden') continue;
    if (await outbox.isDelivered(dossier.id)) delivered.push(dossier);
    else if (wasResent(dossier))
      await putBack(outbox, dossier); // a crash right after a resend's status write
    else await outbox.enqueue(dossier.id, dossier.intakeTeam);
  }
  return delivered;
}

export type ResendOutcome = 'resent' | 'not-found' | 'not-allowed';

/**
 * The verwijzer sends their failed ('mislukt') dossier again. The status change is the
 * store's check-and-set: of a double click or a replayed submit only one wins, and only the
 * winner puts the dossier back in the outbox (fresh attempts). Someone else's dossier reads as
 * not found; a dossier that is not (or no longer) 'mislukt' is not allowed.
 */
export async function resendOwnDossier(deps: SubmitDeps, id: string, teamsId: string): Promise<ResendOutcome> {
  const dossier = await deps.store.get(id);
  if (!dossier || dossier.verwijzer.teamsId !== teamsId) return 'not-found';
  if (!isResendable(currentStatus(dossier).status)) return 'not-allowed';
  let sent: PreIntakeDossier | undefined;
  try {
    sent = await deps.store.updateStatus(id, {
      status: 'verzonden',
      op: deps.clock().toISOString(),
      door: 'verwijzer',
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'TRANSITION_NOT_ALLOWED') return 'not-allowed';
    throw error;
  }
  if (!sent) return 'not-found';
  await putBack(deps.outbox, sent);
  return 'resent';
}

/** Revives the dossier's dead letter; when there is none (any more), enqueues it anew. */
async function putBack(outbox: Outbox, dossier: PreIntakeDossier): Promise<void> {
  if (!(await outbox.retryDeadLetter(dossier.id))) await outbox.enqueue(dossier.id, dossier.intakeTeam);
}

/** 'verzonden' right after 'mislukt': sent again by the verwijzer or beheer. */
function wasResent(dossier: PreIntakeDossier): boolean {
  return dossier.statusHistory.at(-2)?.status === 'mislukt';
}

export type DeleteOutcome = 'deleted' | 'not-found' | 'not-allowed';

/**
 * The verwijzer deletes their own concept or undelivered dossier. Someone else's dossier
 * reads as not found. A job still in the outbox is dropped by the worker when it finds no dossier.
 */
export async function deleteOwnDossier(store: DossierStore, id: string, teamsId: string): Promise<DeleteOutcome> {
  const dossier = await store.get(id);
  if (!dossier || dossier.verwijzer.teamsId !== teamsId) return 'not-found';
  if (!isDeletable(currentStatus(dossier).status)) return 'not-allowed';
  return (await store.delete(id)) ? 'deleted' : 'not-found';
}
