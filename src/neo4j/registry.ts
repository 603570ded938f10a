// Every query lives in cypher/**/*.cypher and is looked up by name ("read/statements-by-ids"), so the
// Cypher is reviewable on its own, EXPLAIN-tested as a whole, and never string-built from input.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

let cache: Map<string, string> | null = null;

function walk(dir: string, prefix: string, out: Map<string, string>): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, `${prefix}${entry.name}/`, out);
    } else if (entry.name.endsWith(".cypher")) {
      const name = `${prefix}${entry.name.slice(0, -".cypher".length)}`;
      if (!NAME.test(name)) {
        throw new Error(`cypher/${name}.cypher: file and folder names must be kebab-case (a-z, 0-9, -)`);
      }
      out.set(name, fs.readFileSync(full, "utf8"));
    }
  }
}

function load(): Map<string, string> {
  if (!cache) {
    const out = new Map<string, string>();
    walk(CYPHER_DIR, "", out);
    cache = out;
  }
  return cache;
}

/** The text of `cypher/<name>.cypher`. Throws on an unknown name so a typo fails loudly, not as empty Cypher. */
export function cypher(name: string): string {
  const text = load().get(name);
  if (text === undefined) {
    throw new Error(`unknown Cypher query '${name}': no file cypher/${name}.cypher`);
  }
  return text;
}

/** All query names, sorted (e.g. "read/statements-by-ids", "schema/constraints"). */
export function cypherNames(): string[] {
  return [...load().keys()].sort();
}

/** Forget the loaded files (tests that add files; the registry is otherwise read once per process). */
export function reloadCypher(): void {
  cache = null;
}

/**
 * Example parameter values a file declares in `// @param name: <JSON>` comment lines — used by the
 * EXPLAIN test where a null would not type-check (e.g. a list for UNWIND, a map for SET +=).
 */
export function declaredParams(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of text.matchAll(/^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*$/gm)) {
    const [, name, json] = m;
    if (!name || json === undefined) continue;
    try {
      out[name] = JSON.parse(json);
    } catch {
      throw new Error(`@param ${name}: '${json}' is not valid JSON`);
    }
  }
  return out;
}

/** `$name` parameters a query uses (outside comments and string literals is good enough for EXPLAIN). */
export function paramNames(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))].sort();
}
