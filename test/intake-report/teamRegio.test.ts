import { describe, expect, it } from 'vitest';
import { parseIntakeTeamsText } from '../../intake/delivery/intakeTeams';
import { regioLookup } from '../../intake/report/regio';

const YAML = `
- id: west
  naam: Intaketeam ROC West
  regio: Rijnmond
  kanaal: teams
  teams: { tenantId: t, teamId: "19:x@thread.tacv2" }
- id: oost
  naam: Intaketeam ROC Oost
  kanaal: teams
  teams: { tenantId: t, teamId: "19:y@thread.tacv2" }
`;

describe('intake team config: the optional regio', () => {
  it('is read from the teams file; a team without one has none', () => {
    const teams = parseIntakeTeamsText(YAML, 'teams.yaml');
    const regio = regioLookup(teams);
    expect([regio('west'), regio('oost'), regio('gone')]).toEqual(['Rijnmond', null, null]);
  });

  it('refuses an empty regio naming the field', () => {
    expect(() => parseIntakeTeamsText(YAML.replace('regio: Rijnmond', 'regio: " "'), 'teams.yaml')).toThrow(
      /teams\.yaml\.0\.regio/,
    );
  });
});
