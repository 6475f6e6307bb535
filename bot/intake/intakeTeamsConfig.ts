import type { Config } from '../config';
import { intakeTeamsFromEnv, loadIntakeTeamsFile, type IntakeTeam } from '../../intake/delivery/intakeTeams';

/**
 * Which intake teams exist: a teams file, or one team from the environment, or (embedded
 * default) one team reached through a Teams channel linked with "koppel intake intake".
 */
export const DEFAULT_INTAKE_TEAM: IntakeTeam = { id: 'intake', naam: 'Intaketeam mbo', kanaal: 'teams' };

export async function loadIntakeTeams(config: Config): Promise<IntakeTeam[]> {
  if (config.INTAKE_TEAMS_FILE) return loadIntakeTeamsFile(config.INTAKE_TEAMS_FILE);
  const fromEnv = intakeTeamsFromEnv(config);
  return fromEnv.length > 0 ? fromEnv : [DEFAULT_INTAKE_TEAM];
}
