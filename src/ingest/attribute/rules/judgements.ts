// "Für den Minister ist die Lage „alarmierend“": a quoted judgement in a clause with a copula belongs to the
// one it is "für" (read beside the frame rules, in sentences without a frame of their own).

import { COPULAS } from "../../german/verbs.ts";
import { clauseEnd, clauseStart, closeOf } from "../clause.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import type { Unit } from "../text.ts";
import { type Frame, quotationFrame } from "./rule.ts";

/** "Für den Minister ist die Lage „alarmierend“", "Was für die Ministerin eine „Erleichterung“ ist, war für
 * die Verbände „Wortbruch“": a quoted judgement in a clause with a copula belongs to the one it is "für". */
export function opinionQuotes(unit: Unit, lex: AttributionLexicon): Frame[] {
  const toks = unit.toks;
  const out: Frame[] = [];
  if (!/\b[Ff]ür\b/.test(unit.text)) return out;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind !== "qopen") continue;
    const close = closeOf(toks, k);
    if (close < 0) break;
    const from = clauseStart(toks, k);
    const to = clauseEnd(toks, close);
    if (!toks.slice(from, to).some((t) => t.q === -1 && COPULAS.has(t.lower))) continue;
    let subject: NP | null = null;
    for (let m = k - 1; m >= from; m--) {
      if (toks[m]!.lower !== "für" || toks[m]!.q !== -1) continue;
      const np = parseNP(toks, m + 1, lex);
      if (np && np.end <= k && (np.names.length || np.role || np.org)) subject = np;
      break;
    }
    if (!subject) continue;
    const quote = { start: toks[k]!.start, end: toks[close]!.end };
    out.push(quotationFrame("direct:fuer-x", quote, subject, toks.slice(from, to), 0.55));
    k = close;
  }
  return out;
}
