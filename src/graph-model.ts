// The graph model of docs/graph-model.md in code: the node labels and relationship types the project
// writes. They are the allowlist wherever a label or type must appear in Cypher text (the exports), since
// Cypher cannot take labels as $params, and the values the API names (the neighborhood's edge types).

/** Node labels in precedence order: a node is keyed by the first of these it carries (its primary label). */
export const NODE_LABELS = [
  "Article",
  "Statement",
  "Meeting",
  "Person",
  "Topic",
  "Organization",
  "Place",
] as const;
/** Labels a node may carry in addition to its primary one (countries are Organization:Country:Place). */
export const EXTRA_LABELS = ["Country"] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  "SAID_BY",
  "REPORTED_IN",
  "VIA",
  "ABOUT",
  "AFFILIATED_WITH",
  "ATTENDED",
  "HELD_IN",
  "LOCATED_IN",
  "PART_OF",
  "MENTIONS",
] as const;

export type RelType = (typeof REL_TYPES)[number];
