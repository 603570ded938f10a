// Analysis units over the document model. A unit is a sentence, or several sentences when a quotation
// runs across sentence ends ("«A. B», sagte X."), so that a quote and its frame are read together. Its
// tokens are the document's (segment/tokens.ts), sliced, never re-tokenized.
import type { Segmented, Span, Token } from "../types.ts";

export interface Unit extends Span {
  index: number;
  paragraph: number;
  /** first unit of its paragraph */
  paragraphStart: boolean;
  /** last unit of its paragraph */
  paragraphEnd: boolean;
  text: string;
  toks: Token[];
  /** indices into the article quote list */
  quotes: number[];
}

function paragraphOf(paragraphs: Span[], pos: number, from: number): number {
  let i = from;
  while (i < paragraphs.length - 1 && paragraphs[i]!.end <= pos) i++;
  return i;
}

/** Groups sentences into units: a quote running over a sentence end joins the sentences. */
export function buildUnits(doc: Segmented): Unit[] {
  const { sentences, paragraphs, quotes, tokens } = doc;
  const text = doc.article.text;
  const groups: { start: number; end: number; paragraph: number }[] = [];
  let qi = 0;
  let pi = 0;
  for (const s of sentences) {
    pi = paragraphOf(paragraphs, s.start, pi);
    const last = groups[groups.length - 1];
    while (qi < quotes.length && quotes[qi]!.end <= (last?.end ?? 0)) qi++;
    let join = false;
    if (last) {
      // a quote opened in the previous group and still open at this sentence's start
      for (let k = qi; k < quotes.length && quotes[k]!.start < last.end; k++)
        if (quotes[k]!.end > last.end) join = true;
    }
    if (last && last.paragraph === pi) {
      // "…“ / , sagte er." split off after a closing quote
      const head = text.slice(s.start, s.end).trimStart();
      const prevTail = text.slice(last.start, last.end).trimEnd();
      if (/^[,;–—-]|^\p{Ll}/u.test(head) && /[“”"»«’‘]$/u.test(prevTail)) join = true;
    }
    if (join && last) last.end = Math.max(last.end, s.end);
    else groups.push({ start: s.start, end: s.end, paragraph: pi });
  }
  const units: Unit[] = [];
  let q0 = 0;
  let t0 = 0;
  groups.forEach((g, i) => {
    while (t0 < tokens.length && tokens[t0]!.start < g.start) t0++;
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1]!.end <= g.end) t1++;
    while (q0 < quotes.length && quotes[q0]!.end <= g.start) q0++;
    const qs: number[] = [];
    for (let k = q0; k < quotes.length && quotes[k]!.start < g.end; k++) qs.push(k);
    const unitText = text.slice(g.start, g.end);
    units.push({
      index: i,
      start: g.start,
      end: g.end,
      paragraph: g.paragraph,
      paragraphStart: i === 0 || groups[i - 1]!.paragraph !== g.paragraph,
      paragraphEnd: i === groups.length - 1 || groups[i + 1]!.paragraph !== g.paragraph,
      text: unitText,
      toks: tokens.slice(t0, t1),
      quotes: qs,
    });
  });
  return units;
}
