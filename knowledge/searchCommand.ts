/**
 * `npm run --silent search -- "vraag" [--limit N]`: the hits as a JSON array on stdout, best
 * first. An empty or too long question, or a bad --limit, is a message on stderr and exit 2.
 */
import { containsBsn } from '../privacy/bsn';
import type { CommandEnv, CommandResult } from './cliResult';
import { KnowledgeError } from './errors';
import { loadCatalogue } from './catalogue';
import { knowledgeDirFromEnv } from './knowledgeDir';
import { msg } from './messages.nl';
import { createSearchIndex, DEFAULT_LIMIT, MAX_QUERY_LENGTH } from './search/searchIndex';
import { validateQuery } from './search/validateQuery';

type Parsed = { ok: true; query: string; limit: number } | { ok: false; message: string };

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const limit = Number(value);
  return limit >= 1 && limit <= 100 ? limit : undefined;
}

function parseSearchArgs(args: readonly string[]): Parsed {
  const words: string[] = [];
  let limit = DEFAULT_LIMIT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') continue;
    if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
      const parsed = parseLimit(value);
      if (parsed === undefined) return { ok: false, message: msg.search.limiet(value ?? '') };
      limit = parsed;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: msg.search.onbekendeOptie(arg) };
    } else {
      words.push(arg);
    }
  }
  const check = validateQuery(words.join(' '));
  if (!check.ok)
    return {
      ok: false,
      message: check.reden === 'leeg' ? msg.search.leeg : msg.search.teLang(check.lengte, MAX_QUERY_LENGTH),
    };
  return { ok: true, query: check.query, limit };
}

/** The search command without process I/O: arguments and environment in, output and exit code out. */
export function runSearchCommand(args: readonly string[], env: CommandEnv): CommandResult {
  // Before any parsing: no message below may echo what was typed when it holds a BSN.
  if (containsBsn(args.join(' '))) return { exitCode: 2, stdout: '', stderr: `${msg.search.bsn}\n` };
  const parsed = parseSearchArgs(args);
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `${parsed.message}\n` };
  try {
    const catalogue = loadCatalogue({ importedDir: knowledgeDirFromEnv(env) });
    const hits = createSearchIndex(catalogue).search(parsed.query, { limit: parsed.limit });
    return { exitCode: 0, stdout: `${JSON.stringify(hits)}\n`, stderr: '' };
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    return { exitCode: 2, stdout: '', stderr: `${msg.kennisOngeldig}\n${err.message}\n` };
  }
}
