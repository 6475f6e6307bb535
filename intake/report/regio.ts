import type { IntakeTeam } from '../delivery/intakeTeams';

/** Region of a configured team; null when it has none or is not configured (any more). */
export function regioLookup(teams: readonly IntakeTeam[]): (teamId: string) => string | null {
  const regions = new Map(teams.map((team) => [team.id, team.regio ?? null]));
  return (teamId) => regions.get(teamId) ?? null;
}
