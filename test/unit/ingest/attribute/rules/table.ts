// Table-driven tests of the frame rules: each row is a sentence of our own and the statement it must give
// (rule, kind, the speaker's words in the text, the content), read by the whole attribute stage with an
// empty Recognition, so the speaker comes from the text itself.
import { expect, it } from "vitest";
import { attribute } from "../../../../../src/ingest/attribute/attribute.ts";
import type { FrameRule } from "../../../../../src/ingest/attribute/rules/rule.ts";
import { segment } from "../../../../../src/ingest/segment/segment.ts";
import type { Statement, StatementKind } from "../../../../../src/ingest/types.ts";

export interface Row {
  text: string;
  rule: string;
  kind: StatementKind;
  /** the speaker as the text names them */
  speaker: string;
  content: string;
}

export function statementsOf(text: string): Statement[] {
  const article = {
    id: "art-r",
    contentHash: "x",
    file: "r.txt",
    meta: { title: null, source: null, sources: [], publishedAt: "2025-12-20", url: null, dateline: null },
    text,
    warnings: [],
  };
  return attribute(segment(article), { entities: [], mentions: [], roleMentions: [] });
}

/** Whether a rule lists `rule` among what it reports ("direct:<lemma>" stands for any lemma). */
export function reports(r: FrameRule, rule: string): boolean {
  return r.reports.some((p) => (p.endsWith(":<lemma>") ? rule.startsWith(p.slice(0, -7)) : p === rule));
}

/** One test per row: the statement of the row's rule, with its kind, speaker and content; when the rules
 * of a family are given, the row's rule is one of theirs. */
export function rows(table: Row[], family: readonly FrameRule[] = []): void {
  it.each(table)("$rule: $text", (row) => {
    const out = statementsOf(row.text);
    const s = out.find((x) => x.rule === row.rule);
    expect(s, `rules read: ${out.map((x) => x.rule).join(", ")}`).toBeDefined();
    expect({ kind: s!.kind, speaker: s!.speaker.mention?.text, content: s!.text }).toEqual({
      kind: row.kind,
      speaker: row.speaker,
      content: row.content,
    });
    if (family.length) expect(family.some((r) => reports(r, row.rule))).toBe(true);
  });
}
