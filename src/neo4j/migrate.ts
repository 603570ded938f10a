// Applies cypher/schema/*.cypher at every start, then the backfills of cypher/migrate whose probe finds
// data missing. Every statement is IF NOT EXISTS, so running it
// again is a no-op; new constraints/indexes are added by adding statements, never by editing old ones.
import { cypher, cypherNames } from "./registry.ts";
import { read, runSchema } from "./run.ts";

// The API's short read timeout is for client queries; right after start-up a loaded machine can take
// longer than that just to compile these.
const STARTUP = { timeoutMs: 120_000 };

/** Splits a file into statements on `;`, ignoring semicolons inside comments, strings and backticks. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (ch === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ";") {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The name a `CREATE … <name> IF NOT EXISTS` statement gives its constraint or index, if any. */
export function createdName(statement: string): string | null {
  const m =
    /^\s*CREATE\s+(?:CONSTRAINT|(?:RANGE\s+|TEXT\s+|POINT\s+|FULLTEXT\s+|VECTOR\s+|LOOKUP\s+)?INDEX)\s+(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\b/i.exec(
      statement,
    );
  return m?.[1] ? m[1].replace(/^`|`$/g, "") : null;
}

export interface MigrationResult {
  /** Schema statements in cypher/schema. */
  statements: number;
  /** Of those, the ones that ran because their constraint/index did not exist yet. */
  applied: number;
  files: string[];
  /** Backfills that found data to copy and ran (`BACKFILLS`). */
  backfilled: string[];
}

/**
 * Statements whose named constraint/index already exists are skipped: the result is the same as running
 * them (IF NOT EXISTS), but a restart does not pay for compiling each one on a cold server.
 */
export async function migrate(opts: { indexTimeoutSeconds?: number } = {}): Promise<MigrationResult> {
  const files = cypherNames().filter((n) => n.startsWith("schema/"));
  const existing = new Set(
    [
      ...(await read<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name", {}, STARTUP)),
      ...(await read<{ name: string }>("SHOW INDEXES YIELD name RETURN name", {}, STARTUP)),
    ].map((r) => r.name),
  );
  let statements = 0;
  let applied = 0;
  for (const name of files) {
    const parts = splitStatements(cypher(name));
    for (const [idx, statement] of parts.entries()) {
      statements++;
      const created = createdName(statement);
      if (created && existing.has(created)) continue;
      try {
        await runSchema(statement);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`cypher/${name}.cypher, statement ${idx + 1}: ${reason}`);
      }
      applied++;
    }
  }
  await awaitIndexes(opts.indexTimeoutSeconds ?? 120);
  const backfilled = await backfill();
  return { statements, applied, files, backfilled };
}

/**
 * Data the readers rely on for speed that older graphs lack, copied in once: each backfill has a cheap
 * probe (`<name>-probe`, one row `{ missing }`) and an idempotent query that runs in its own batched
 * transactions (so it needs an auto-commit session, like the schema). Returns the names that ran.
 */
const BACKFILLS = ["migrate/statement-speaker-ids"];

async function backfill(): Promise<string[]> {
  const ran: string[] = [];
  for (const name of BACKFILLS) {
    const [probe] = await read<{ missing: boolean }>(cypher(`${name}-probe`), {}, STARTUP);
    if (!probe?.missing) continue;
    await runSchema(cypher(name));
    ran.push(name);
  }
  return ran;
}

/** Queries would silently skip an index that is still POPULATING, and full-text search would miss rows. */
export async function awaitIndexes(timeoutSeconds: number): Promise<void> {
  await runSchema("CALL db.awaitIndexes($timeout)", { timeout: timeoutSeconds });
  const failed = await read<{ name: string; state: string }>(
    "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
    {},
    STARTUP,
  );
  if (failed.length > 0) {
    throw new Error(`indexes not online: ${failed.map((f) => `${f.name} (${f.state})`).join(", ")}`);
  }
}
