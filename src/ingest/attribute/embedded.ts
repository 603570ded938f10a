// Reported speech embedded after an indicative main clause that no frame rule read: "Jugendliche haben
// gegenüber der Zeitung ausgesagt, dass Paris das Vorbild sei", "Die BVG begegnet der Kritik mit dem
// Argument, die Züge seien meist unterirdisch unterwegs", "Von der Polizei kam die Information, bei den
// Toten handele es sich um …". The Konjunktiv (or the dass-, ob- or zu-clause) is the content; the main
// clause is the narrator's frame around it, so the statement is the clause after the comma, and the main
// clause's subject may name who said it.

import { CONTENT_OPENERS, COORDINATORS, NON_CONTENT_OPENERS } from "../german/conjunctions.ts";
import type { Token } from "../types.ts";
import {
  clauseEnd,
  clauseStart,
  contentOf,
  finiteVerbIndex,
  isContentClause,
  isKonjunktiv,
} from "./clause.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import type { NP } from "./np.ts";
import { isRelativeOpener, subjectOf } from "./subject.ts";

export interface Embedded {
  /** the content span in the article */
  start: number;
  end: number;
  /** the subject of the main clause before the content, if it has one */
  subject: NP | null;
}

/** The content clause of a sentence "<indicative main clause>, <dass/ob/Konjunktiv/zu-clause> …", or null
 * when the sentence opens with its own Konjunktiv (then all of it is reported speech). */
export function embeddedContent(toks: Token[], lex: AttributionLexicon): Embedded | null {
  let comma = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.q === -1 && t.text === ",") {
      comma = k;
      break;
    }
    // a quotation or a colon before the first comma: not a plain main clause
    if (t.q !== -1 || t.text === ":") return null;
  }
  if (comma < 2) return null;
  const v = finiteVerbIndex(toks, 0, comma, lex);
  if (v < 0 || v >= comma || clauseStart(toks, v) !== 0) return null;
  // the main clause itself in Konjunktiv is reported speech from its first word
  if (isKonjunktiv(toks, 0, comma, lex, true)) return null;
  const first = comma + 1;
  const opener = toks[first];
  if (opener?.kind !== "word" || opener.q !== -1) return null;
  // "Seine Frau ist krank, und er wolle …": a coordinated main clause has its own subject, it is no content
  if (
    NON_CONTENT_OPENERS.has(opener.lower) ||
    COORDINATORS.has(opener.lower) ||
    isRelativeOpener(toks, first)
  )
    return null;
  const to = clauseEnd(toks, first);
  // "wonach", "warum" … open a content clause only after a verb of saying, which this sentence lacks
  if (!isContentClause(toks, first, to, lex, !CONTENT_OPENERS.has(opener.lower))) return null;
  const content = contentOf(toks, first, toks.length);
  if (!content) return null;
  return { ...content, subject: subjectOf(toks, 0, v, lex) };
}
