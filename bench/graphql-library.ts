// The peer for `bench:api`: the Neo4j GraphQL Library (@neo4j/graphql, a dev dependency) over the same
// graph, asked the closest question its filters can express. It cannot follow a relationship to any
// depth (PART_OF*0..3, LOCATED_IN*0..4), so the hierarchies are spelled out level by level; the test in
// `libraryAgrees` (bench/api.ts) checks that it returns the same statements as our API.
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";

const TYPE_DEFS = /* GraphQL */ `
  type Statement @node {
    id: ID!
    text: String
    kind: String
    publishedAt: String
    saidBy: [Person!]! @relationship(type: "SAID_BY", direction: OUT)
    aboutPlace: [Place!]! @relationship(type: "ABOUT", direction: OUT)
    aboutMeeting: [Meeting!]! @relationship(type: "ABOUT", direction: OUT)
  }
  type Affiliation @relationshipProperties {
    roleKind: String
  }
  type Person @node {
    id: ID!
    affiliations: [Organization!]!
      @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
  }
  type Organization @node {
    id: ID!
    partOf: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
  }
  type Place @node {
    id: ID!
    locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }
  type Meeting @node {
    id: ID!
    heldIn: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
  }
`;

export function librarySchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
}

/** `{ id: "russland" }` or part of it up to `depth` PART_OF edges (a country is an Organization too). */
function within(rel: string, id: string, depth: number): string {
  const self = `{ id: { eq: "${id}" } }`;
  if (depth === 0) return self;
  return `{ OR: [${self}, { ${rel}: { some: ${within(rel, id, depth - 1)} } }] }`;
}

/** The headline page: negotiators of Russia (or a body within 3 PART_OF) about Miami (places within 4
 *  LOCATED_IN, or a meeting held in one), newest first. */
export function libraryQuery(page: number): string {
  const body = within("partOf", "russland", 3);
  const place = within("locatedIn", "miami", 4);
  return `{ statementsConnection(first: ${page}, sort: [{ publishedAt: DESC }, { id: DESC }], where: {
    saidBy: { some: { affiliationsConnection: { some: { edge: { roleKind: { eq: "NEGOTIATOR" } }, node: ${body} } } } }
    OR: [{ aboutPlace: { some: ${place} } }, { aboutMeeting: { some: { heldIn: { some: ${place} } } } }]
  }) { edges { node { id text kind publishedAt } } } }`;
}
