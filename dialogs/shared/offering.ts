import { teamsNotOffering, type IntakeTeam } from '../../intake/delivery/intakeTeams';
import { offeringMessages } from './messages.nl';

/**
 * The warning for a kwalificatie (crebo) that a configured intake team does not offer, or
 * undefined when every team with a `crebos` list offers it (or none has one). Shown beside the
 * choice, never used to hide or drop it: the verwijzer and the team talk it over.
 */
export function offeringNote(teams: readonly IntakeTeam[], crebo: string): string | undefined {
  const missing = teamsNotOffering(teams, crebo);
  return missing.length > 0 ? offeringMessages.notOffered(missing.map((team) => team.naam)) : undefined;
}
