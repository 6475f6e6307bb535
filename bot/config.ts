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
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)) && URL.canParse(v), {
      message: hint,
    });

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
    MicrosoftAppType: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        message: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('MultiTenant'),
    REDIS_URL: urlWithProtocols(['redis://', 'rediss://'], 'must be a redis:// or rediss:// URL'),
    REDIS_PREFIX: z.string().trim().min(1).default('pvbot'),
    OPENAI_API_KEY: optionalText,
    OPENAI_MODEL: z.string().trim().min(1, 'must not be empty').default('gpt-4o-mini'),
    OPENAI_BASE_URL: urlWithProtocols(['http://', 'https://'], 'must be an http(s):// URL'),
    POLICY_FILE: optionalText,
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
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for MicrosoftAppType SingleTenant' });
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
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  return Object.freeze({
    ...c,
    localMode: !c.MicrosoftAppId,
    knowledgeDir: c.KNOWLEDGE_DIR ?? `${c.DATA_DIR.replace(/\/$/, '')}/knowledge`,
  });
}
