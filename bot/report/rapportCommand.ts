import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { DEMO_TEAMS, demoDossiers } from '../../intake/report/demoDossiers';
import { rapportFrom, rapportFromStores, type Rapport } from '../../intake/report/rapport';
import { regioLookup } from '../../intake/report/regio';
import { summarize, type DossierSummary } from '../../intake/report/summary';
import { ConfigError, parseConfig } from '../config';
import { dossierStores } from '../intake/intakeServices';
import { loadIntakeTeams } from '../intake/intakeTeamsConfig';
import { createRedisClient, waitForRedis } from '../storage/redisClient';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const USAGE = `Gebruik: npm run rapport [-- --out MAP] [-- --demo]
  --out MAP   schrijf het rapport naar MAP (standaard: rapport/)
  --demo      rapport over verzonnen voorbeelddossiers (raakt geen opslag)
Leest de opslag zoals de bot: REDIS_URL (Redis) of DATA_DIR (bestanden), INTAKE_TEAMS_FILE voor teams en regio's.
`;

/**
 * `npm run rapport`: writes `index.html` and one CSV per figure to a folder, over the store the
 * bot uses (or invented demo dossiers). Returns instead of exiting, so tests call it in-process.
 */
export async function runRapportCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  now: Date = new Date(),
): Promise<CommandResult> {
  let args: { out: string; demo: boolean; help: boolean };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'rapport' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    args = { out: values.out, demo: values.demo, help: values.help };
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `rapport: ${(error as Error).message}\n${USAGE}` };
  }
  if (args.help) return { exitCode: 0, stdout: USAGE, stderr: '' };

  let rapport: Rapport;
  try {
    rapport = args.demo ? demoRapport(now) : await storedRapport(env, now);
  } catch (error) {
    const reason = error instanceof ConfigError ? error.message : `${(error as Error)?.name ?? 'Error'}`;
    return { exitCode: 1, stdout: '', stderr: `rapport: niet gemaakt (${reason})\n` };
  }
  const dir = resolve(args.out);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), rapport.html, 'utf8');
  for (const [name, text] of rapport.csv) await writeFile(join(dir, name), text, 'utf8');
  const total = rapport.model.tables[0]!.cells.at(-1)!.at(-1)!.text;
  const what = `${total} aanmeldingen${args.demo ? ', voorbeeldgegevens' : ''}`;
  return {
    exitCode: 0,
    stdout: `Rapport geschreven: ${join(dir, 'index.html')} en ${rapport.csv.size} CSV-bestanden (${what}).\n`,
    stderr: '',
  };
}

function demoRapport(now: Date): Rapport {
  const regio = regioLookup(DEMO_TEAMS);
  const summaries = demoDossiers({ now })
    .map((dossier) => summarize(dossier, regio(dossier.intakeTeam)))
    .filter((s): s is DossierSummary => s !== undefined);
  return rapportFrom(summaries, DEMO_TEAMS, now);
}

async function storedRapport(env: Record<string, string | undefined>, now: Date): Promise<Rapport> {
  const config = parseConfig({ ...env, PORT: '0' });
  const teams = await loadIntakeTeams(config);
  let redis: Redis | undefined;
  if (config.REDIS_URL) {
    redis = createRedisClient(config.REDIS_URL, { connectionName: 'pvbot-rapport' });
    await waitForRedis(redis).catch((error: unknown) => {
      redis?.disconnect();
      throw error;
    });
  }
  try {
    const { store, summaries } = dossierStores(config, redis, () => undefined);
    return await rapportFromStores({ dossiers: store, summaries, teams, now });
  } finally {
    await redis?.quit().catch(() => redis?.disconnect());
  }
}
