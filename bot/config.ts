import { z } from 'zod';

/** Empty strings in .env files mean "not set". */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const urlWithProtocols = (protocols: string[], hint: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .refine((v) => v === undefined || (protocols.some((p) => v.startsWith(p)) && URL.canParse(v)), {
      message: hint,
    });

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CREDENTIAL_NAMES = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType'];

const ConfigSchema = z
  .object({
    PORT: z.coerce
      .number({ message: 'must be a whole number from 0 to 65535 (0 picks a free port)' })
      .int('must be a whole number from 0 to 65535 (0 picks a free port)')
      .min(0, 'must be a whole number from 0 to 65535 (0 picks a free port)')
      .max(65535, 'must be a whole number from 0 to 65535 (0 picks a free port)')
      .default(3978),
    HOST: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    MicrosoftAppType: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), // empty in .env = default
      z
        .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
          message: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
        })
        .default('MultiTenant'),
    ),
    REDIS_URL: urlWithProtocols(['redis://', 'rediss://'], 'must be a redis:// or rediss:// URL'),
    REDIS_PREFIX: z.string().trim().min(1).default('pvbot'),
    OPENAI_API_KEY: optionalText,
    OPENAI_MODEL: z.string().trim().min(1, 'must not be empty').default('gpt-4o-mini'),
    OPENAI_BASE_URL: urlWithProtocols(['http://', 'https://'], 'must be an http(s):// URL'),
    POLICY_FILE: optionalText,
    /** Who verwijzers can reach instead of the bot; shown in the welcome, help and "privacy". */
    REGIONAL_CONTACT: z
      .string()
      .trim()
      .max(300, 'must be at most 300 characters')
      .optional()
      .transform((v) => (v === '' ? undefined : v)),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    KNOWLEDGE_DIR: optionalText,
    INTAKE_TEAMS_FILE: optionalText,
    INTAKE_TEAM_ID: optionalText,
    INTAKE_TEAM_NAAM: optionalText,
    INTAKE_WEBHOOK_URL: optionalText,
    INTAKE_WEBHOOK_SECRET: optionalText,
    INTAKE_TEAMS_TENANT_ID: optionalText,
    INTAKE_TEAMS_TEAM_ID: optionalText,
    RETENTION_DAYS: z.coerce
      .number({ message: 'must be a whole number of days from 1 to 3650' })
      .int('must be a whole number of days from 1 to 3650')
      .min(1, 'must be a whole number of days from 1 to 3650')
      .max(3650, 'must be a whole number of days from 1 to 3650')
      .default(90),
    METRICS_TOKEN: optionalText,
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ message: 'must be a whole number from 1 to 10000' })
      .int('must be a whole number from 1 to 10000')
      .min(1, 'must be a whole number from 1 to 10000')
      .max(10_000, 'must be a whole number from 1 to 10000')
      .default(30),
    DELIVERY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
    /** Working days a delivered dossier may wait for the team's first action before the channel is reminded. */
    REMINDER_WORKING_DAYS: z.coerce
      .number({ message: 'must be a whole number of working days from 1 to 60' })
      .int('must be a whole number of working days from 1 to 60')
      .min(1, 'must be a whole number of working days from 1 to 60')
      .max(60, 'must be a whole number of working days from 1 to 60')
      .default(5),
    /** Dutch public holidays do not count as working days (true/false). */
    REMINDER_SKIP_HOLIDAYS: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true'),
    /** Time between rounds of scheduled work (reminders, follow-up questions). */
    SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(900_000),
    /** A dossier claimed by an instance that died is taken over after this (keep it above the send timeouts). */
    DELIVERY_CLAIM_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(60_000),
    ALLOWED_TENANTS: z
      .string()
      .trim()
      .transform((v) =>
        v
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine((ids) => ids.every((id) => TENANT_ID.test(id)), { message: 'must be comma-separated tenant ids (GUIDs)' })
      .transform((ids) => (ids.length === 0 ? undefined : Object.freeze(ids)))
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required for MicrosoftAppType SingleTenant',
      });
    }
  });

export type Config = Readonly<z.infer<typeof ConfigSchema>> & {
  /** No MicrosoftAppId: authentication off, loopback only. */
  readonly localMode: boolean;
  readonly knowledgeDir: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of process.env in the bot: everything else receives the frozen Config. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  const problems = credentialProblems(env);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const c = parsed.data;
  return Object.freeze({
    ...c,
    localMode: !c.MicrosoftAppId,
    knowledgeDir: c.KNOWLEDGE_DIR ?? `${c.DATA_DIR.replace(/\/$/, '')}/knowledge`,
  });
}

/**
 * Local mode (no authentication) must never start by accident: a Microsoft credential in the
 * wrong spelling (MICROSOFT_APP_ID, microsoftapppassword) or without MicrosoftAppId stops the start.
 */
function credentialProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const isSet = (name: string) => (env[name]?.trim() ?? '') !== '';
  for (const name of Object.keys(env).filter(isSet)) {
    const folded = name.toLowerCase().replace(/[^a-z]/g, '');
    if (!folded.startsWith('microsoftapp') || CREDENTIAL_NAMES.includes(name)) continue;
    const meant = CREDENTIAL_NAMES.find((n) => n.toLowerCase() === folded);
    const hint = meant ? `write it as ${meant}` : `the bot reads only ${CREDENTIAL_NAMES.join(', ')}`;
    problems.push(`${name}: is not read (the names are case-sensitive); ${hint}`);
  }
  if (!isSet('MicrosoftAppId')) {
    for (const name of CREDENTIAL_NAMES.filter((n) => n !== 'MicrosoftAppId' && isSet(n))) {
      problems.push(
        `${name}: is set without MicrosoftAppId; set MicrosoftAppId for Teams, or empty ${name} for local mode`,
      );
    }
  }
  return problems;
}
