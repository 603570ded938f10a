// Runs the recognizer's steps on a text up to a given one, in recognize()'s order, so a module's test
// sees the context exactly as that step sees it in the stage.
import { lexicon } from "../../../../src/ingest/lexicon/lexicon.ts";
import type { Lexicon } from "../../../../src/ingest/lexicon/types.ts";
import { type Context, createContext } from "../../../../src/ingest/recognize/context.ts";
import { discoveredIndex, discoverPeople } from "../../../../src/ingest/recognize/discover.ts";
import {
  discoverAdjectiveBodies,
  discoverInstitutions,
  discoverMedia,
} from "../../../../src/ingest/recognize/discover-bodies.ts";
import { discoverIntroducedBodies } from "../../../../src/ingest/recognize/introduced-bodies.ts";
import {
  matchCompoundParts,
  matchNames,
  matchSides,
  matchTopics,
} from "../../../../src/ingest/recognize/match-lexicon.ts";
import { discoverMembers } from "../../../../src/ingest/recognize/members.ts";
import { findRoleWords } from "../../../../src/ingest/recognize/roles.ts";
import { segmentLite } from "./support.ts";

/** lexicon: names, sides, topics; roles: + role words and compound parts; discover: + discovered names. */
export type Step = "context" | "lexicon" | "roles" | "discover";

export function contextAfter(text: string, step: Step, lex: Lexicon = lexicon()): Context {
  const ctx = createContext(segmentLite(text), lex);
  if (step === "context") return ctx;
  matchNames(ctx, lex.names);
  matchSides(ctx);
  matchTopics(ctx);
  if (step === "lexicon") return ctx;
  findRoleWords(ctx);
  matchCompoundParts(ctx);
  if (step === "roles") return ctx;
  discoverPeople(ctx);
  discoverMembers(ctx);
  discoverInstitutions(ctx);
  discoverAdjectiveBodies(ctx);
  discoverMedia(ctx);
  discoverIntroducedBodies(ctx);
  if (ctx.discovered.size || ctx.discoveredOrgs.size) matchNames(ctx, discoveredIndex(ctx));
  return ctx;
}

/** The mentions found so far, in text order: [text, entity id, rule]. */
export function mentions(ctx: Context): Array<[string, string, string]> {
  return [...ctx.at.values()]
    .sort((a, b) => a.first - b.first)
    .map((f) => [f.mention.text, f.mention.entityId, f.mention.rule]);
}

/** The index of the first word with this text. */
export function wordAt(ctx: Context, text: string): number {
  const i = ctx.w.findIndex((x) => x.text === text);
  if (i < 0) throw new Error(`no word "${text}"`);
  return i;
}
