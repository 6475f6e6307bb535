import type { DossierStore } from '../delivery/ports';
import type { RegioOf } from './summarizingDossierStore';
import { summarize, summaryKey, type DossierSummary } from './summary';
import type { SummaryStore } from './summaryStore';

/**
 * Every dossier counted once: the stored summaries (dossiers already deleted after retention
 * among them), overridden by a fresh summary of each dossier that still exists (the same key),
 * so dossiers from before the summaries existed count too.
 */
export async function collectSummaries(
  dossiers: DossierStore,
  stored: SummaryStore,
  regioOf: RegioOf,
): Promise<DossierSummary[]> {
  const byKey = await stored.list();
  for (const id of await dossiers.listIds()) {
    const dossier = await dossiers.get(id);
    const summary = dossier && summarize(dossier, regioOf(dossier.intakeTeam));
    if (summary) byKey.set(summaryKey(id), summary);
  }
  return [...byKey.values()];
}
