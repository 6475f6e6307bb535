/**
 * `npm run import-dossier -- FILE.xml [...]`: imports official SBB kwalificatiedossier XML
 * exports into the knowledge directory (KNOWLEDGE_DIR, else <DATA_DIR or ./data>/knowledge).
 * A file that is not such an export: message on stderr, exit 2, nothing written.
 */
import type { CommandEnv, CommandResult } from './cliResult';
import { KnowledgeError } from './errors';
import { importSbbXmlFiles } from './importSbbXml';
import { knowledgeDirFromEnv } from './knowledgeDir';
import { msg } from './messages.nl';
import type { Dossier } from './model';

function werkprocesCount(d: Dossier): number {
  return [...d.basisKerntaken, ...d.profielen.flatMap((p) => p.kerntaken)].reduce(
    (n, kt) => n + kt.werkprocessen.length,
    0,
  );
}

/** The import command without process I/O: file arguments and environment in, output and exit code out. */
export function runImportCommand(args: readonly string[], env: CommandEnv): CommandResult {
  const files = args.filter((arg) => arg !== '--');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) return fail(2, msg.import.gebruik);
  try {
    const imported = importSbbXmlFiles(files, knowledgeDirFromEnv(env));
    const lines = imported.map(({ dossier, file }) =>
      msg.import.geimporteerd(
        dossier.naam,
        dossier.dossierCrebo,
        dossier.profielen.length,
        werkprocesCount(dossier),
        file,
      ),
    );
    return { exitCode: 0, stdout: [...lines, msg.import.herstart].map((line) => `${line}\n`).join(''), stderr: '' };
  } catch (err) {
    if (err instanceof KnowledgeError) return fail(2, `${msg.import.mislukt}\n${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    if (!code) throw err;
    return fail(1, msg.import.schrijfFout(code));
  }
}

function fail(exitCode: 1 | 2, message: string): CommandResult {
  return { exitCode, stdout: '', stderr: `${message}\n` };
}
