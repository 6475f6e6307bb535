/**
 * `npm run import-dossier -- FILE.xml [...]`: imports official SBB kwalificatiedossier XML
 * exports into the knowledge directory (KNOWLEDGE_DIR, else <DATA_DIR or ./data>/knowledge).
 * A file that is not such an export: message on stderr, exit 2, nothing written.
 */
import { KnowledgeError } from './errors';
import { importSbbXmlFiles } from './importSbbXml';
import { knowledgeDirFromEnv } from './knowledgeDir';
import { msg } from './messages.nl';
import type { Dossier } from './model';

function werkprocesCount(d: Dossier): number {
  return [...d.basisKerntaken, ...d.profielen.flatMap((p) => p.kerntaken)].reduce((n, kt) => n + kt.werkprocessen.length, 0);
}

function main(): number {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write(`${msg.import.gebruik}\n`);
    return 2;
  }
  try {
    const imported = importSbbXmlFiles(files, knowledgeDirFromEnv(process.env));
    for (const { dossier, file } of imported) {
      process.stdout.write(`${msg.import.geimporteerd(dossier.naam, dossier.dossierCrebo, dossier.profielen.length, werkprocesCount(dossier), file)}\n`);
    }
    process.stdout.write(`${msg.import.herstart}\n`);
    return 0;
  } catch (err) {
    if (err instanceof KnowledgeError) {
      process.stderr.write(`${msg.import.mislukt}\n${err.message}\n`);
      return 2;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (!code) throw err;
    process.stderr.write(`${msg.import.schrijfFout(code)}\n`);
    return 1;
  }
}

process.exitCode = main();
