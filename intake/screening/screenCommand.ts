import { DomainError } from '../errors';
import { DEFAULT_POLICY, loadPolicyFile, type Policy } from './policy';
import { screen, validateAnswers } from './screen';

export interface CommandResult {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run --silent screen [-- --policy FILE] < answers.json';

/**
 * The `screen` command without process I/O: arguments and stdin text in, output and
 * exit code out. Every expected failure is exit 2 with a message naming the field.
 */
export function runScreenCommand(
  args: readonly string[],
  stdinText: string,
  loadPolicy = loadPolicyFile,
): CommandResult {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs.ok) return fail(`screen: ${parsedArgs.problem}\n${USAGE}`);
  let policy: Policy;
  try {
    policy = parsedArgs.policyFile ? loadPolicy(parsedArgs.policyFile) : DEFAULT_POLICY;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return fail(`screen: invalid policy file ${parsedArgs.policyFile}\n${bullets(error.details)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(stdinText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`screen: stdin is not valid JSON (${reason}); expected one JSON object with the answers`);
  }
  const validation = validateAnswers(input);
  if (!validation.ok) {
    const lines = validation.errors.map((e) => `${e.field}: ${e.message} (allowed: ${e.allowed})`);
    return fail(`screen: invalid answers\n${bullets(lines)}`);
  }
  return { exitCode: 0, stdout: `${JSON.stringify(screen(validation.answers, policy), null, 2)}\n`, stderr: '' };
}

type ParsedArgs = { ok: true; policyFile?: string } | { ok: false; problem: string };

function parseArgs(args: readonly string[]): ParsedArgs {
  let policyFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--policy') {
      policyFile = args[++i];
      if (!policyFile) return { ok: false, problem: '--policy needs a file name' };
    } else if (arg.startsWith('--policy=')) {
      policyFile = arg.slice('--policy='.length);
    } else {
      return { ok: false, problem: `unknown argument ${JSON.stringify(arg)}` };
    }
  }
  return { ok: true, policyFile };
}

function fail(stderr: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `${stderr}\n` };
}

function bullets(lines: readonly string[]): string {
  return lines.map((line) => `  - ${line}`).join('\n');
}
