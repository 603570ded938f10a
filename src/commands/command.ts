// What every `newsgraph` subcommand exports. It lives here, not in cli.ts, so that the commands and the
// dispatcher that loads them do not import each other.

export interface Command {
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}
