// Query limits (depth, aliases, tokens, cost, directives), enforced by graphql-armor. The client is
// told which kind of limit was hit (the message, and `extensions.limit`), never its value.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";

/**
 * depth: the deepest path the schema's own relations form from a root list, counting every field and
 * not counting fragments (`... on Person` picks a type, it nests no data): articles › edges › node ›
 * statements › edges › node › speaker › affiliations › organization › partOf › name = 11. Anything
 * deeper repeats a relation (locatedIn › locatedIn …), which a query asks for with `first` or
 * a root field instead.
 */
export const LIMITS = { depth: 11, aliases: 20, tokens: 4000, cost: 50_000, directives: 20 } as const;

/** What the client reads when a limit is hit (limit-errors.ts gives these a code). */
export const LIMIT_MESSAGES: Record<keyof typeof LIMITS, string> = {
  depth: "The query is nested too deeply for this server.",
  aliases: "The query uses too many aliases for this server.",
  tokens: "The query is too long for this server.",
  cost: "The query asks for too much at once for this server; split it up.",
  directives: "The query uses too many directives for this server.",
};

/** `production` also hides field suggestions ("Did you mean …?"), which would reveal the schema. */
export function useArmor(production: boolean): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: {
      n: LIMITS.depth,
      flattenFragments: true,
      exposeLimits: false,
      ignoreIntrospection: true,
      errorMessage: LIMIT_MESSAGES.depth,
    },
    maxAliases: { n: LIMITS.aliases, exposeLimits: false, errorMessage: LIMIT_MESSAGES.aliases },
    maxTokens: { n: LIMITS.tokens, exposeLimits: false, errorMessage: LIMIT_MESSAGES.tokens },
    costLimit: {
      maxCost: LIMITS.cost,
      // As for depth: `... on Person` selects a type and adds no level, so it adds no depth factor either.
      flattenFragments: true,
      exposeLimits: false,
      ignoreIntrospection: true,
      errorMessage: LIMIT_MESSAGES.cost,
    },
    maxDirectives: { n: LIMITS.directives, exposeLimits: false, errorMessage: LIMIT_MESSAGES.directives },
    blockFieldSuggestion: { enabled: production },
  }) as Plugin;
}
