import 'dotenv/config';
import { runRapportCommand } from './rapportCommand';

/** `npm run rapport [-- --out DIR] [-- --demo]`: the regional report as HTML and CSV files. */
async function main(): Promise<number> {
  try {
    const result = await runRapportCommand(process.argv.slice(2), process.env);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.exitCode;
  } catch (error) {
    // Last net: a short message, never a stack trace.
    process.stderr.write(`rapport: internal error (${error instanceof Error ? error.name : 'unknown'})\n`);
    return 1;
  }
}

process.exitCode = await main();
