// STUB — replaced by the recognize stage (lexicon matching, discovery, roles).
import type { Recognition, Segmented } from "./types.ts";

export function recognize(_doc: Segmented): Recognition {
  return { entities: [], mentions: [], roleMentions: [] };
}
