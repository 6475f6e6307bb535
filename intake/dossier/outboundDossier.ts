import type { PreIntakeDossier } from './dossier';

/**
 * The dossier as it leaves the bot (webhook body): everything the intake team needs, minus
 * what only the bot needs. `verwijzer.teamsId` (the verwijzer's Entra object id) only lets the
 * bot find the verwijzer's chat again; the status history holds roles, never names.
 */
export type OutboundDossier = Omit<PreIntakeDossier, 'verwijzer'> & {
  verwijzer: Omit<PreIntakeDossier['verwijzer'], 'teamsId'>;
};

export function outboundDossier(dossier: PreIntakeDossier): OutboundDossier {
  const { teamsId: _ownLookupOnly, ...verwijzer } = dossier.verwijzer;
  return { ...dossier, verwijzer };
}
