// Link: meetings (place + dates resolved against the article date + participants), the ABOUT edges of
// every statement (what its own text names — TEXT — and what its paragraph or the article's main
// meeting is about — CONTEXT), and the entity list the writer needs, with every place's LOCATED_IN
// chain and every body's country even when the article does not name them.
//
// The jobs, in the order they run: context.ts indexes the article once; meetings.ts finds candidate
// meetings sentence by sentence; merge-meetings.ts folds them into one meeting per place and month;
// about.ts links every statement; entities.ts completes the entity list.

import { lexicon } from "../lexicon/lexicon.ts";
import type { Linked, Recognition, Segmented, Statement } from "../types.ts";
import { AboutLinker } from "./about.ts";
import { LinkContext } from "./context.ts";
import { referenceOf } from "./dates.ts";
import { completeEntities } from "./entities.ts";
import { meetingCandidates } from "./meetings.ts";
import { mergeMeetings } from "./merge-meetings.ts";

export interface LinkOptions {
  /**
   * Date to read an undated article's "am Wochenende" and "im Juli" against: the pipeline passes the
   * latest publication date of the batch the article arrived with, so that an article without a date
   * still joins the talks its neighbours report. Absent or null resolves nothing relative.
   */
  fallbackReference?: string | null;
}

export function link(
  doc: Segmented,
  rec: Recognition,
  statements: Statement[],
  opts: LinkOptions = {},
): Linked {
  const own = referenceOf(doc.article.meta.publishedAt);
  const fallback = opts.fallbackReference ?? null;
  const ref = own ?? (fallback ? referenceOf(fallback) : null);
  const ctx = new LinkContext(doc, rec, lexicon(), ref);
  const meetings = mergeMeetings(ctx, meetingCandidates(ctx));
  // ABOUT names entities as the article lists them, before the lexicon fills in the rest
  const about = new AboutLinker(ctx, meetings);
  const linked = statements.map((st) => about.link(st));
  completeEntities(ctx, meetings);
  return { statements: linked, meetings, entities: [...ctx.entities.values()] };
}
