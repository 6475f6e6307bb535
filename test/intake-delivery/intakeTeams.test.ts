import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../intake/errors';
import {
  intakeTeamsFromEnv,
  loadIntakeTeamsFile,
  parseIntakeTeams,
  parseIntakeTeamsText,
} from '../../intake/delivery/intakeTeams';
import { tempDir } from './helpers';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7yBqLyTkFXU=';
const TENANT = '72f988bf-0000-0000-0000-000000000000';
const TEAM = '19:abc@thread.tacv2';
const BINDING = { tenantId: TENANT, teamId: TEAM };

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('intake teams file', () => {
  it('reads YAML and JSON lists of teams', () => {
    const yaml = `- id: team-west\n  naam: Intaketeam West\n  webhook:\n    url: https://intake.example.nl/hook\n    secret: ${SECRET}\n- id: team-oost\n  naam: Intaketeam Oost\n  kanaal: teams\n  teams:\n    tenantId: ${TENANT}\n    teamId: "${TEAM}"\n`;
    const fromYaml = parseIntakeTeamsText(yaml, 'teams.yaml');
    expect(fromYaml).toEqual([
      { id: 'team-west', naam: 'Intaketeam West', webhook: { url: 'https://intake.example.nl/hook', secret: SECRET } },
      { id: 'team-oost', naam: 'Intaketeam Oost', kanaal: 'teams', teams: BINDING },
    ]);
    expect(parseIntakeTeamsText(JSON.stringify(fromYaml), 'teams.json')).toEqual(fromYaml);
  });

  it.each([
    [
      'duplicate ids',
      [
        { id: 'a', naam: 'A', kanaal: 'teams', teams: BINDING },
        { id: 'a', naam: 'B', kanaal: 'teams', teams: BINDING },
      ],
      'teams.1.id',
    ],
    ['missing naam', [{ id: 'a', kanaal: 'teams', teams: BINDING }], 'teams.0.naam'],
    ['a Teams channel without its team', [{ id: 'a', naam: 'A', kanaal: 'teams' }], 'teams.0.teams'],
    [
      'a team binding without tenant',
      [{ id: 'a', naam: 'A', kanaal: 'teams', teams: { teamId: TEAM } }],
      'teams.0.teams.tenantId',
    ],
    [
      'plain http to another host',
      [{ id: 'a', naam: 'A', webhook: { url: 'http://intake.example.nl', secret: SECRET } }],
      'teams.0.webhook.url',
    ],
    [
      'short secret',
      [{ id: 'a', naam: 'A', webhook: { url: 'https://intake.example.nl', secret: 'kort' } }],
      'teams.0.webhook.secret',
    ],
    [
      'secret not in the Standard Webhooks format',
      [{ id: 'a', naam: 'A', webhook: { url: 'https://intake.example.nl', secret: 'geheim-en-lang-genoeg-123' } }],
      'teams.0.webhook.secret',
    ],
    [
      'whsec_ secret of too few bytes',
      [{ id: 'a', naam: 'A', webhook: { url: 'https://intake.example.nl', secret: 'whsec_c2hvcnQ=' } }],
      'teams.0.webhook.secret',
    ],
    ['no channel at all', [{ id: 'a', naam: 'A' }], 'teams.0'],
    ['unknown key', [{ id: 'a', naam: 'A', kanaal: 'teams', teams: BINDING, email: 'x@y.nl' }], 'teams.0'],
    ['empty list', [], 'teams'],
  ])('rejects %s with INTAKE_TEAMS_INVALID naming %s', (_name, data, path) => {
    const error = failure(() => parseIntakeTeams(data));
    expect(error.code).toBe('INTAKE_TEAMS_INVALID');
    expect(error.details.some((detail) => detail.startsWith(`${path}:`))).toBe(true);
  });

  it('allows http only for loopback receivers', () => {
    expect(
      parseIntakeTeams([{ id: 'a', naam: 'A', webhook: { url: 'http://127.0.0.1:8080/hook', secret: SECRET } }]),
    ).toHaveLength(1);
  });

  it('loads a file and names it when unreadable or invalid', async () => {
    const dir = await tempDir();
    try {
      const path = join(dir.path, 'teams.yaml');
      await writeFile(
        path,
        `- id: team-west\n  naam: West\n  kanaal: teams\n  teams: { tenantId: ${TENANT}, teamId: "${TEAM}" }\n`,
      );
      expect(await loadIntakeTeamsFile(path)).toEqual([
        { id: 'team-west', naam: 'West', kanaal: 'teams', teams: BINDING },
      ]);
      await writeFile(path, '- id: [unclosed');
      await expect(loadIntakeTeamsFile(path)).rejects.toMatchObject({ code: 'INTAKE_TEAMS_INVALID', details: [path] });
      await expect(loadIntakeTeamsFile(join(dir.path, 'nope.yaml'))).rejects.toMatchObject({
        details: ['INTAKE_TEAMS_FILE'],
      });
    } finally {
      await dir.remove();
    }
  });
});

describe('intakeTeamsFromEnv', () => {
  it('gives no team when nothing is set', () => {
    expect(intakeTeamsFromEnv({})).toEqual([]);
  });

  it('builds one webhook team, or a Teams-channel team without a URL', () => {
    expect(
      intakeTeamsFromEnv({
        INTAKE_TEAM_ID: 'regio',
        INTAKE_TEAM_NAAM: 'Regio Noord',
        INTAKE_WEBHOOK_URL: 'https://i.example.nl/h',
        INTAKE_WEBHOOK_SECRET: SECRET,
      }),
    ).toEqual([{ id: 'regio', naam: 'Regio Noord', webhook: { url: 'https://i.example.nl/h', secret: SECRET } }]);
    expect(
      intakeTeamsFromEnv({ INTAKE_TEAM_ID: 'regio', INTAKE_TEAMS_TENANT_ID: TENANT, INTAKE_TEAMS_TEAM_ID: TEAM }),
    ).toEqual([{ id: 'regio', naam: 'regio', kanaal: 'teams', teams: BINDING }]);
  });

  it.each([
    [{ INTAKE_TEAM_NAAM: 'Noord' }, 'INTAKE_TEAM_ID'],
    [{ INTAKE_TEAM_ID: 'regio', INTAKE_WEBHOOK_URL: 'https://i.example.nl/h' }, 'INTAKE_WEBHOOK_SECRET'],
    [{ INTAKE_TEAM_ID: 'regio', INTAKE_WEBHOOK_SECRET: SECRET }, 'INTAKE_WEBHOOK_URL'],
    [{ INTAKE_TEAM_ID: 'regio', INTAKE_WEBHOOK_URL: 'geen-url', INTAKE_WEBHOOK_SECRET: SECRET }, 'INTAKE_WEBHOOK_URL'],
    [
      { INTAKE_TEAM_ID: 'regio', INTAKE_WEBHOOK_URL: 'https://i.example.nl/h', INTAKE_WEBHOOK_SECRET: 'kort' },
      'INTAKE_WEBHOOK_SECRET',
    ],
    [{ INTAKE_TEAM_ID: 'regio met spaties' }, 'INTAKE_TEAM_ID'],
    [{ INTAKE_TEAM_ID: 'regio' }, 'INTAKE_TEAMS_TEAM_ID'],
    [{ INTAKE_TEAM_ID: 'regio', INTAKE_TEAMS_TEAM_ID: TEAM }, 'INTAKE_TEAMS_TENANT_ID'],
  ])('names the variable at fault (%j → %s)', (env, variable) => {
    const error = failure(() => intakeTeamsFromEnv(env));
    expect(error.code).toBe('INTAKE_TEAMS_INVALID');
    expect(error.details[0]).toMatch(new RegExp(`^${variable}:`));
  });
});
