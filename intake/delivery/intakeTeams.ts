import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Crebo, DutchPhone, Email } from '../dossier/fields';
import { DomainError } from '../errors';
import { WebhookSecret } from './standardWebhooks';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http only on the local machine (tests, a receiver beside the bot). */
const WebhookUrl = z.url().refine((raw) => {
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}, 'webhook url must use https (http only for localhost)');

export const Webhook = z.strictObject({
  url: WebhookUrl,
  secret: WebhookSecret,
});
export type Webhook = z.infer<typeof Webhook>;

/**
 * The Microsoft Teams team whose channel may receive and act on a team's dossiers:
 * `teamId` is `channelData.team.id` as Teams sends it ("19:…@thread.tacv2"). In a channel
 * of an unconfigured team, "koppel intake" shows both values to copy here.
 */
export const TeamsBinding = z.strictObject({
  tenantId: z.string().trim().min(1).max(100),
  teamId: z.string().trim().min(1).max(300),
});
export type TeamsBinding = z.infer<typeof TeamsBinding>;

/**
 * How verwijzers reach the intake team: shown on every message the bot sends them about a
 * dossier. A name (a person or a desk), a phone number, an e-mail address; each optional.
 */
export const IntakeTeamContact = z.strictObject({
  naam: z.string().trim().min(1).max(100).optional(),
  telefoon: DutchPhone.optional(),
  email: Email.optional(),
});
export type IntakeTeamContact = z.infer<typeof IntakeTeamContact>;

export const IntakeTeam = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'id: letters, digits, - and _ only'),
    naam: z.string().trim().min(1).max(200),
    /** The region the team belongs to; the regional report (`npm run rapport`) groups teams by it. */
    regio: z.string().trim().min(1).max(100).optional(),
    webhook: Webhook.optional(),
    kanaal: z.literal('teams').optional(),
    teams: TeamsBinding.optional(),
    /** The kwalificaties (crebos) this team offers in the derde leerweg; absent: not configured, nothing flagged. */
    crebos: z.array(Crebo).min(1).max(500).optional(),
    contact: IntakeTeamContact.optional(),
  })
  .refine((team) => team.webhook !== undefined || team.kanaal !== undefined, {
    message: 'team needs a webhook or kanaal: teams',
  })
  .refine((team) => team.kanaal === undefined || team.teams !== undefined, {
    path: ['teams'],
    message: 'kanaal: teams needs teams: { tenantId, teamId } (type "koppel intake" in the channel to see them)',
  });
export type IntakeTeam = z.infer<typeof IntakeTeam>;

export const IntakeTeams = z
  .array(IntakeTeam)
  .min(1)
  .superRefine((teams, ctx) => {
    const seen = new Set<string>();
    teams.forEach((team, i) => {
      if (seen.has(team.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${team.id}` });
      seen.add(team.id);
    });
  });
export type IntakeTeams = z.infer<typeof IntakeTeams>;

/**
 * The configured teams that do not offer this kwalificatie in the derde leerweg. Teams without a
 * `crebos` list say nothing, so they are never in it. The verwijzer is told, never stopped.
 */
export function teamsNotOffering(teams: readonly IntakeTeam[], crebo: string): IntakeTeam[] {
  return teams.filter((team) => team.crebos !== undefined && !team.crebos.includes(crebo));
}

function invalid(error: z.ZodError, prefix: string): DomainError {
  const details = error.issues.map(
    (issue) => `${[prefix, ...issue.path].filter((p) => p !== '').join('.')}: ${issue.message}`,
  );
  return new DomainError('INTAKE_TEAMS_INVALID', `intake teams invalid: ${details.join('; ')}`, details);
}

/** Validates already-parsed teams data; throws INTAKE_TEAMS_INVALID naming the field. */
export function parseIntakeTeams(data: unknown, source = 'teams'): IntakeTeam[] {
  const parsed = IntakeTeams.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error, source);
  return parsed.data;
}

/** Parses the text of a teams file: YAML or JSON (JSON is valid YAML). */
export function parseIntakeTeamsText(text: string, source: string): IntakeTeam[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new DomainError('INTAKE_TEAMS_INVALID', `${source}: not valid YAML/JSON (${reason})`, [source]);
  }
  return parseIntakeTeams(data, source);
}

/** Reads and validates the file named by INTAKE_TEAMS_FILE. */
export async function loadIntakeTeamsFile(path: string): Promise<IntakeTeam[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DomainError('INTAKE_TEAMS_INVALID', `INTAKE_TEAMS_FILE: cannot read ${path}`, ['INTAKE_TEAMS_FILE']);
  }
  return parseIntakeTeamsText(text, path);
}

export interface IntakeTeamEnv {
  INTAKE_TEAM_ID?: string | undefined;
  INTAKE_TEAM_NAAM?: string | undefined;
  INTAKE_WEBHOOK_URL?: string | undefined;
  INTAKE_WEBHOOK_SECRET?: string | undefined;
  INTAKE_TEAMS_TENANT_ID?: string | undefined;
  INTAKE_TEAMS_TEAM_ID?: string | undefined;
}

const ENV_NAMES: Record<string, keyof IntakeTeamEnv> = {
  id: 'INTAKE_TEAM_ID',
  naam: 'INTAKE_TEAM_NAAM',
  'webhook.url': 'INTAKE_WEBHOOK_URL',
  'webhook.secret': 'INTAKE_WEBHOOK_SECRET',
  teams: 'INTAKE_TEAMS_TEAM_ID',
  'teams.tenantId': 'INTAKE_TEAMS_TENANT_ID',
  'teams.teamId': 'INTAKE_TEAMS_TEAM_ID',
};

/**
 * One default team from environment values (passed in; this never reads process.env).
 * No variables at all gives no teams. Without a webhook URL the team is reached through a
 * channel of the Teams team named by INTAKE_TEAMS_TENANT_ID and INTAKE_TEAMS_TEAM_ID.
 * Errors name the variable.
 */
export function intakeTeamsFromEnv(env: IntakeTeamEnv): IntakeTeam[] {
  const { INTAKE_TEAM_ID: id, INTAKE_TEAM_NAAM: naam, INTAKE_WEBHOOK_URL: url, INTAKE_WEBHOOK_SECRET: secret } = env;
  if (!id && !naam && !url && !secret) return [];
  if (!id) throw envError('INTAKE_TEAM_ID: required');
  if (Boolean(url) !== Boolean(secret)) {
    throw envError(
      `${url ? 'INTAKE_WEBHOOK_SECRET' : 'INTAKE_WEBHOOK_URL'}: required together with the other webhook variable`,
    );
  }
  const { INTAKE_TEAMS_TENANT_ID: tenantId, INTAKE_TEAMS_TEAM_ID: teamId } = env;
  const teams = tenantId || teamId ? { teams: { tenantId, teamId } } : {};
  const candidate =
    url && secret
      ? { id, naam: naam || id, webhook: { url, secret } }
      : { id, naam: naam || id, kanaal: 'teams', ...teams };
  const parsed = IntakeTeam.safeParse(candidate);
  if (parsed.success) return [parsed.data];
  const details = parsed.error.issues.map(
    (issue) => `${ENV_NAMES[issue.path.join('.')] ?? 'INTAKE_TEAM_ID'}: ${issue.message}`,
  );
  throw envError(...details);
}

function envError(...details: string[]): DomainError {
  return new DomainError('INTAKE_TEAMS_INVALID', `intake team invalid: ${details.join('; ')}`, details);
}
