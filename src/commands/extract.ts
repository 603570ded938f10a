// `newsgraph extract`: the whole pipeline without a database. JSON: one Extraction per line (the
// shape tools/eval-statements.mjs reads). Text: a report a person can read. Bad inputs are reported on
// stderr as "newsgraph extract: <file>: <reason>" and make the exit code 1; the rest is still printed.
import { isInputError, readAndExtract } from "../ingest/pipeline.ts";
import type { Extraction } from "../ingest/types.ts";
import type { Command } from "./command.ts";

type Format = "json" | "text";

interface Args {
  format: Format;
  paths: string[];
}

function parseArgs(args: string[]): Args | string {
  let format: Format = "json";
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--format" || a === "-f" || a.startsWith("--format=")) {
      const v = a.startsWith("--format=") ? a.slice("--format=".length) : args[++i];
      if (v !== "json" && v !== "text") return `--format must be json or text, not '${v ?? ""}'`;
      format = v;
    } else if (a === "--") {
      paths.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith("-") && a !== "-") {
      return `unknown option '${a}'`;
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) return "no input: give one or more files or folders";
  return { format, paths };
}

async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The readable report of one article. */
export function formatText(x: Extraction): string {
  const a = x.article;
  const out: string[] = [];
  out.push(`═══ ${a.title ?? "(untitled)"}`);
  out.push(`file:      ${x.file}`);
  out.push(`id:        ${a.id}`);
  out.push(`source:    ${a.sources.length ? a.sources.join(", ") : "(unknown)"}`);
  out.push(`published: ${a.publishedAt ?? "(unknown)"}`);
  if (a.url) out.push(`url:       ${a.url}`);
  for (const w of x.warnings) out.push(`warning:   ${w}`);
  out.push("", `Statements (${x.statements.length})`);
  for (const s of x.statements) {
    const who = s.speaker.name ?? "(unknown speaker)";
    const type = s.speaker.type === "UNKNOWN" ? "" : ` [${s.speaker.type.toLowerCase()}]`;
    const cue = s.cue ? ` — cue „${s.cue.text}“` : "";
    const via = s.via ? ` via ${s.via.name}` : "";
    out.push(`  ${s.kind.padEnd(8)} ${who}${type}${cue}${via}`);
    out.push(`           ${clip(s.text.replace(/\s+/g, " "), 200)}`);
    if (s.about.length)
      out.push(`           about: ${s.about.map((b) => `${b.name} (${b.via.toLowerCase()})`).join(", ")}`);
  }
  out.push("", `Entities (${x.entities.length})`);
  for (const e of x.entities) {
    const roles = e.affiliations.map((r) => `${r.role} → ${r.organizationId} (${r.roleKind})`).join("; ");
    out.push(`  ${e.type.padEnd(12)} ${e.name}  ×${e.mentions.length}${roles ? `  ${roles}` : ""}`);
  }
  out.push("", `Meetings (${x.meetings.length})`);
  for (const m of x.meetings) {
    const when = m.start ? (m.end && m.end !== m.start ? `${m.start} – ${m.end}` : m.start) : "date unknown";
    out.push(`  ${m.name} in ${m.placeId}, ${when}; participants: ${m.participants.join(", ") || "—"}`);
  }
  return `${out.join("\n")}\n\n`;
}

export const extractCommand: Command = {
  summary: "Run the extraction pipeline without a database",
  usage: [
    "newsgraph extract [--format json|text] <files|dirs...>",
    "",
    "  Reads .txt, .json, .ndjson/.jsonl and .html files (folders recursively) and prints",
    "  --format json  one JSON object per article per line (default)",
    "  --format text  a readable report per article",
    "  Bad inputs are reported on stderr; the exit code is 1 if any input failed.",
  ].join("\n"),
  async run(argv) {
    const args = parseArgs(argv);
    if (typeof args === "string") {
      console.error(
        `newsgraph extract: ${args}\nUsage: newsgraph extract [--format json|text] <files|dirs...>`,
      );
      return 2;
    }
    let failed = 0;
    const onSkip = (file: string, reason: string) => console.error(`newsgraph extract: ${file}: ${reason}`);
    for await (const x of readAndExtract(args.paths, { onSkip })) {
      if (isInputError(x)) {
        failed++;
        console.error(`newsgraph extract: ${x.file}: ${x.reason}`);
        continue;
      }
      await write(args.format === "json" ? `${JSON.stringify(x)}\n` : formatText(x));
    }
    return failed > 0 ? 1 : 0;
  },
};
