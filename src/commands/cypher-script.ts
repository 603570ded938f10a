// A Cypher script as cypher-shell reads it: statements end with `;` (outside strings, backticks and
// comments), a last statement may omit it, and a line that starts with `:` is a shell command
// (`:param {…}` or `:param name => value`), which ends at the end of its line.

export type ScriptPart = { kind: "statement"; text: string } | { kind: "command"; name: string; arg: string };

type Mode = "code" | "'" | '"' | "`" | "line-comment" | "block-comment";

/** The statements and `:` commands of a script, in order. */
export function splitScript(text: string): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let mode: Mode = "code";
  let current = "";
  let hasCode = false; // anything but whitespace and comments since the last statement
  const flush = () => {
    if (hasCode) parts.push({ kind: "statement", text: current.trim() });
    current = "";
    hasCode = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (mode === "code") {
      if (!hasCode && c === ":") {
        const end = text.indexOf("\n", i);
        const line = text.slice(i + 1, end === -1 ? text.length : end).trim();
        const name = line.split(/\s+/)[0] ?? "";
        parts.push({ kind: "command", name: name.toLowerCase(), arg: line.slice(name.length).trim() });
        current = "";
        i = end === -1 ? text.length : end;
        continue;
      }
      if (c === ";") {
        flush();
        continue;
      }
      if (c === "/" && next === "/") mode = "line-comment";
      else if (c === "/" && next === "*") mode = "block-comment";
      else if (c === "'" || c === '"' || c === "`") {
        mode = c;
        hasCode = true;
      } else if (!/\s/.test(c)) hasCode = true;
      current += c;
      continue;
    }
    current += c;
    if (mode === "line-comment") {
      if (c === "\n") mode = "code";
    } else if (mode === "block-comment") {
      if (c === "*" && next === "/") {
        current += "/";
        i++;
        mode = "code";
      }
    } else if (c === "\\" && mode !== "`" && next !== undefined) {
      current += next; // an escaped quote does not end the string
      i++;
    } else if (c === mode) {
      mode = "code";
    }
  }
  flush();
  return parts;
}

const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*|`[^`]+`)\s*(?:=>|=|:)\s*([\s\S]+?)\s*$/;

/**
 * A parameter definition as cypher-shell takes it (`-P`, `:param`): a map literal `{a: 1, b: 'x'}`,
 * or one `name => value` (also `name=value`). Returns the Cypher map expression to evaluate.
 */
export function paramExpression(definition: string): string {
  const text = definition.trim();
  if (text.startsWith("{")) return text;
  const m = NAME.exec(text);
  if (!m) {
    throw new Error(
      `parameter '${definition}': expected a map {name: value, …} or name => value (a Cypher expression, e.g. speaker => 'Dmitriev')`,
    );
  }
  const name = (m[1] as string).startsWith("`") ? (m[1] as string) : `\`${m[1]}\``;
  return `{${name}: ${m[2]}}`;
}
