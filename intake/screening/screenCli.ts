import { readFileSync } from 'node:fs';
import { runScreenCommand } from './screenCommand';

/** `npm run --silent screen [-- --policy FILE]`: answers JSON on stdin, advice JSON on stdout. */
function main(): number {
  try {
    const result = runScreenCommand(process.argv.slice(2), readFileSync(0, 'utf8'));
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.exitCode;
  } catch (error) {
    // Last net: a short message, never a stack trace.
    process.stderr.write(`screen: internal error (${error instanceof Error ? error.name : 'unknown'})\n`);
    return 1;
  }
}

process.exitCode = main();
