import 'dotenv/config';
import { writeTeamsPackage } from './teamsPackage';

/**
 * `npm run package [-- --out FILE]`: the Teams app zip for the app id in MicrosoftAppId
 * (environment or .env). The work is in teamsPackage.ts.
 */
async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const result = await writeTeamsPackage(
    process.env.MicrosoftAppId,
    outIndex > 0 ? process.argv[outIndex + 1] : undefined,
  );
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    process.exit(result.exitCode);
  }
  process.stdout.write(`Teams app package written to ${result.out} (app id ${process.env.MicrosoftAppId?.trim()}).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Packaging failed: ${(error as Error).message}\n`);
  process.exit(1);
});
