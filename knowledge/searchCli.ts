import { writeCommandResult } from './cliResult';
import { runSearchCommand } from './searchCommand';

/** Entry point of `npm run --silent search -- "vraag" [--limit N]`; the logic is in searchCommand.ts. */
writeCommandResult(runSearchCommand(process.argv.slice(2), process.env));
