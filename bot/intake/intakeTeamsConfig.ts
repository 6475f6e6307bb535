import type { Config } from '../config';
import type { Logger } from '../logger';
import {
  intakeTeamsFromEnv,
  loadIntakeTeamsFile,
  type IntakeTeam,
  type TeamsBinding,
} from '../../intake/delivery/intakeTeams';

/**
 * The team and tenant the Microsoft 365 Agents Playground sends for its built-in test team
 * ("My Team", channelData.team.id and tenant.id). `npm run playground` and the end-to-end
 * tests use them; no real Teams tenant has these ids.
 */
export const PLAYGROUND_TEAM: TeamsBinding = { tenantId: '00000000-0000-0000-0000-0000000000001', teamId: 'team-id' };

/**
 * The embedded default when nothing is configured: one team "intake" reached through a
 * channel of the Playground's test team. In a real Teams team, "koppel intake" then shows
 * the ids to configure instead of linking: a real channel never links by accident.
 */
export const DEFAULT_INTAKE_TEAM: IntakeTeam = {
  id: 'intake',
  naam: 'Intaketeam mbo',
  kanaal: 'teams',
  teams: PLAYGROUND_TEAM,
};

/** Which intake teams exist: a teams file, or one team from the environment, or the embedded default. */
export async function loadIntakeTeams(config: Config, log?: Pick<Logger, 'warn'>): Promise<IntakeTeam[]> {
  if (config.INTAKE_TEAMS_FILE) return loadIntakeTeamsFile(config.INTAKE_TEAMS_FILE);
  const fromEnv = intakeTeamsFromEnv(config);
  if (fromEnv.length > 0) return fromEnv;
  if (!config.localMode) {
    log?.warn(
      { event: 'startup.default_intake_team' },
      'no intake teams configured (INTAKE_TEAMS_FILE): dossiers wait for the Agents Playground test team only',
    );
  }
  return [DEFAULT_INTAKE_TEAM];
}
