// `newsgraph cypher`: the project's own cypher-shell, over its driver and connection rules, so the
// saved analyst queries run with what `npm install` brings. Read-only unless --write: the session's
// access mode is READ and the server refuses writes in it. Parameters are typed as cypher-shell types
// them, by letting the server evaluate the literal (`{n: 1}` is INTEGER, `{n: 1.0}` FLOAT,
// `{d: date('2025-12-20')}` a DATE), in a read-only query of its own.
import fs from "node:fs";
import { connect } from "../neo4j/connect.ts";
import { closeDriver } from "../neo4j/driver.ts";
import { neo4jErrorKind, type Params, runUserStatement } from "../neo4j/run.ts";
import type { Command } from "./command.ts";
import { formatResult, OUTPUT_FORMATS, type OutputFormat, TABLE_CELL_MAX } from "./cypher-output.ts";
import { paramExpression, type ScriptPart, splitScript } from "./cypher-script.ts";

const USAGE = `newsgraph cypher [-f FILE | QUERY] [-P '{name: value, …}' | --param name=value]… [--format table|csv|json] [--write]

  QUERY            Cypher to run; or -f FILE (statements end with ';', ':param' lines set parameters,
                   as in cypher-shell); or the script on standard input
  -P, --param      parameters, typed as cypher-shell types them: values are Cypher literals, evaluated
                   by the server: -P "{speaker: 'Dmitriev', minSimilarity: 0.3}", --param "speaker='Dmitriev'",
                   --param "since=date('2025-12-01')". Repeatable; later ones win
  --format         table (default; cells over ${TABLE_CELL_MAX} characters are cut), csv, json (an array of rows)
  --write          allow writes (default: read-only, enforced by the server's read access mode)

Connects as every command does: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) if set, else the local
server of \`newsgraph db start\` or \`npm start\`. It starts no database.
Example: newsgraph cypher -P "{speaker: 'Dmitriev'}" -f cypher/analyst/02-speaker-statements-over-time.cypher`;

export interface CypherArgs {
  /** The script (QUERY, the file's text or standard input) and where it came from, for messages. */
  script: string;
  source: string;
  params: string[];
  format: OutputFormat;
  write: boolean;
}

export function parseCypherArgs(
  args: string[],
  stdin: () => string = () => fs.readFileSync(0, "utf8"),
): CypherArgs {
  let file: string | null = null;
  const queries: string[] = [];
  const out: Omit<CypherArgs, "script" | "source"> = { params: [], format: "table", write: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, null];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "-f":
      case "--file":
        file = value();
        break;
      case "-P":
      case "--param":
        out.params.push(value());
        break;
      case "--format": {
        const f = value();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) {
          throw new UsageError(`--format ${f}: expected one of ${OUTPUT_FORMATS.join(", ")}`);
        }
        out.format = f as OutputFormat;
        break;
      }
      case "--write":
        out.write = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
        queries.push(arg);
    }
  }
  if (file !== null && queries.length > 0) throw new UsageError("give either -f FILE or a QUERY, not both");
  if (queries.length > 1) throw new UsageError("one QUERY only (quote it); several statements go in a file");
  if (file !== null) {
    try {
      return { ...out, script: fs.readFileSync(file, "utf8"), source: file };
    } catch (err) {
      throw new UsageError(`-f ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }
  const query = queries[0];
  if (query !== undefined && query !== "-") return { ...out, script: query, source: "QUERY" };
  if (query === undefined && process.stdin.isTTY)
    throw new UsageError("no query: give QUERY, -f FILE or a script on standard input");
  return { ...out, script: stdin(), source: "standard input" };
}

class UsageError extends Error {}

/** Evaluates a parameter definition on the server, so the values come back with Cypher's types. */
async function evaluateParams(definition: string): Promise<Params> {
  const expr = paramExpression(definition);
  let value: unknown;
  try {
    const { records } = await runUserStatement(`RETURN ${expr} AS params`, {}, false);
    value = records[0]?.get("params");
  } catch (err) {
    const hint =
      neo4jErrorKind(err) === "syntax"
        ? " (values are Cypher: quote strings, e.g. speaker => 'Dmitriev')"
        : "";
    throw new Error(
      `parameter ${definition}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}${hint}`,
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`parameter ${definition}: not a map of name → value`);
  }
  return value as Params;
}

function describeUpdates(updates: Record<string, number>): string {
  return Object.entries(updates)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");
}

async function runScript(parts: ScriptPart[], args: CypherArgs): Promise<void> {
  let params: Params = {};
  // Command-line parameters apply to the whole script and win over its `:param` lines, so a file's
  // own defaults can be changed from the command line.
  for (const p of args.params) params = { ...params, ...(await evaluateParams(p)) };
  let printed = 0;
  for (const part of parts) {
    if (part.kind === "command") {
      if (part.name !== "param" && part.name !== "params") {
        throw new Error(`:${part.name} is not supported here (only :param); ${args.source}`);
      }
      const fromFile = await evaluateParams(part.arg);
      params = { ...fromFile, ...params };
      continue;
    }
    const result = await runUserStatement(part.text, params, args.write);
    if (result.keys.length > 0) {
      if (printed++ > 0 && args.format === "table") process.stdout.write("\n");
      process.stdout.write(formatResult(args.format, result.keys, result.records));
      if (args.format === "table") {
        console.error(`${result.records.length} row${result.records.length === 1 ? "" : "s"}`);
      }
    }
    if (Object.keys(result.updates).length > 0) console.error(describeUpdates(result.updates));
  }
}

function explain(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  switch (neo4jErrorKind(err)) {
    case "read-only":
      return `${message}\n(read-only by default: add --write to allow writes)`;
    case "unavailable":
      return `${message}\n(no Neo4j answered: start the local one with \`npx newsgraph db start\`, or set NEO4J_URI)`;
    case "auth":
      return `${message}\n(check NEO4J_USER / NEO4J_PASSWORD)`;
    default:
      return message;
  }
}

export const cypherCommand: Command = {
  summary: "Run Cypher (a query or a file such as cypher/analyst/*.cypher) and print the rows",
  usage: USAGE,
  async run(argv) {
    let args: CypherArgs;
    try {
      args = parseCypherArgs(argv);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      console.error(`newsgraph cypher: ${err.message}\n\nUsage: ${USAGE}`);
      return 2;
    }
    const parts = splitScript(args.script);
    if (!parts.some((p) => p.kind === "statement")) {
      console.error(`newsgraph cypher: no statement in ${args.source}`);
      return 2;
    }
    // Reads a database that is there, as `export` does: it never starts one.
    const neo4j = await connect({ startAs: null, shareAttached: true });
    try {
      await runScript(parts, args);
      return 0;
    } catch (err) {
      console.error(`newsgraph cypher: ${explain(err)}`);
      return 1;
    } finally {
      await closeDriver();
      await neo4j.release();
    }
  },
};
