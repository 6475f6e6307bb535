import { writeCommandResult } from './cliResult';
import { runImportCommand } from './importCommand';

/** Entry point of `npm run import-dossier -- FILE.xml [...]`; the logic is in importCommand.ts. */
writeCommandResult(runImportCommand(process.argv.slice(2), process.env));
