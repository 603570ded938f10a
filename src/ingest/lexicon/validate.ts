// Reading and checking lexicon files: every field of every entry is checked, and a bad one stops
// loading with a message naming file, entry and field
// (`lexicon <file>: entry N (<name>), field "<field>": <reason>`).
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";

export class LexiconError extends Error {
  constructor(file: string, where: string, reason: string) {
    super(`lexicon ${file}: ${where}: ${reason}`);
    this.name = "LexiconError";
  }
}

export type Raw = Record<string, unknown>;

/** One entry of a lexicon file, with typed accessors that fail naming file, entry and field. */
export class Reader {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly raw: Raw,
  ) {}
  fail(field: string, reason: string): never {
    throw new LexiconError(this.file, `${this.where}, field "${field}"`, reason);
  }
  str(field: string): string {
    const v = this.raw[field];
    if (typeof v !== "string" || v.trim() === "") this.fail(field, "must be a non-empty string");
    return v.trim();
  }
  optStr(field: string): string | null {
    const v = this.raw[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string" || v.trim() === "") this.fail(field, "must be a non-empty string when given");
    return v.trim();
  }
  list(field: string): string[] {
    const v = this.raw[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(field, "must be a list of strings");
    return v.map((x, i) => {
      if (typeof x !== "string" && typeof x !== "number") this.fail(`${field}[${i}]`, "must be a string");
      return String(x).trim();
    });
  }
  bool(field: string, dflt: boolean): boolean {
    const v = this.raw[field];
    if (v === undefined || v === null) return dflt;
    if (typeof v !== "boolean") this.fail(field, "must be true or false");
    return v;
  }
  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.str(field);
    if (!(allowed as readonly string[]).includes(v))
      this.fail(field, `"${v}" is not one of ${allowed.join(", ")}`);
    return v as T;
  }
  known(field: string): void {
    for (const k of Object.keys(this.raw)) if (!(k in KNOWN_FIELDS[field]!)) this.fail(k, "unknown field");
  }
}

const KNOWN_FIELDS: Record<string, Record<string, true>> = {
  people: { name: true, aliases: true, surnames: true, country: true, office: true, roles: true },
  organizations: {
    name: true,
    kind: true,
    aliases: true,
    country: true,
    adjective: true,
    prefixes: true,
    demonyms: true,
    contextOnly: true,
    context: true,
    seat: true,
  },
  places: { name: true, kind: true, locatedIn: true, aliases: true },
  roles: { noun: true, roleKind: true, organization: true, adjectival: true, head: true, body: true },
  topics: { name: true, aliases: true },
};

/** A lexicon file parsed; unreadable files and invalid YAML fail naming the file. */
export function readYaml(dir: string, name: string): { file: string; data: unknown } {
  const file = path.join(dir, `${name}.yaml`);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new LexiconError(file, "file", `cannot be read (${(e as Error).message})`);
  }
  try {
    return { file, data: parseYaml(text) };
  } catch (e) {
    throw new LexiconError(file, "file", `is not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
}

/** The entries of a list file (people, organizations, …), each checked for unknown fields. */
export function entries(dir: string, name: string): Reader[] {
  const { file, data } = readYaml(dir, name);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new LexiconError(file, "file", "must be a YAML list of entries");
  return data.map((raw, i) => {
    const label = raw && typeof raw === "object" && "name" in raw ? ` (${String((raw as Raw).name)})` : "";
    const where = `entry ${i + 1}${label}`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw))
      throw new LexiconError(file, where, "must be a mapping of fields");
    const r = new Reader(file, where, raw as Raw);
    r.known(name);
    return r;
  });
}
