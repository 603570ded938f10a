// The graph model of docs/graph-model.md in code: the node labels and relationship types the project
// writes. They are the allowlist wherever a label or type must appear in Cypher text (the exports), since
// Cypher cannot take labels as $params, and the values the API names (the neighborhood's edge types).

/** Node labels in precedence order: a node is keyed by the first of these it carries (its primary label). */
export const NODE_LABELS = [
  "Article",
  "Statement",
  "Meeting",
  "MeetingSession",
  "Person",
  "Topic",
  "Organization",
  "Place",
] as const;
/** Labels a node may carry in addition to its primary one (countries are Organization:Country:Place). */
export const EXTRA_LABELS = ["Country"] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Who can say something: what a Statement's SAID_BY edge points to (the API's Speaker union). */
export const SPEAKER_LABELS = ["Person", "Organization"] as const satisfies readonly NodeLabel[];

/** What a statement can be ABOUT and an article MENTIONS (the API's Entity interface), in listing order. */
export const ENTITY_LABELS = [
  "Person",
  "Organization",
  "Place",
  "Topic",
  "Meeting",
] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** A country is one node served as either of these (it carries Country besides), so a global id of either names it. */
export const COUNTRY_TYPES = ["Organization", "Place"] as const satisfies readonly NodeLabel[];

/**
 * How far the hierarchies are followed when a filter or saved query asks "in it or inside it": PART_OF
 * (Kreml → Russland) and LOCATED_IN (Shell Bay → Miami → Florida → USA). The API's filters and the
 * analyst's headline query (cypher/analyst/01-…) use the same depths; a test holds them together.
 */
export const PART_OF_DEPTH = 3;
export const LOCATED_IN_DEPTH = 4;

/**
 * A meeting told of in parts keeps them as (Meeting)-[:HAS_SESSION]->(MeetingSession), each with its own
 * ATTENDED edges (and HELD_IN, when the text names a venue): a node rather than a session key on ATTENDED,
 * because a session has its own dates, venue and provenance, several articles confirm the same one, and
 * "who sat with whom" is then one pattern, (a)-[:ATTENDED]->(s)<-[:ATTENDED]-(b). ATTENDED to the
 * Meeting stays: who took part at all, which every existing reader asks.
 */
export const REL_TYPES = [
  "SAID_BY",
  "REPORTED_IN",
  "VIA",
  "ABOUT",
  "AFFILIATED_WITH",
  "ATTENDED",
  "HAS_SESSION",
  "HELD_IN",
  "LOCATED_IN",
  "PART_OF",
  "MENTIONS",
] as const;

export type RelType = (typeof REL_TYPES)[number];
