/** What a command-line tool produced, without process I/O: tests call the command in-process. */
export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The environment a command reads; entry points pass `process.env`. */
export type CommandEnv = Readonly<Record<string, string | undefined>>;

/** Writes a command's result to the process and sets its exit code: the one place with process I/O. */
export function writeCommandResult(result: CommandResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
