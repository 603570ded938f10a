// The operations GraphiQL opens with. The headline question comes first: it is what people try.
export const exampleOperations = `# newsgraph — German news as a knowledge graph.
# Pick an operation with the ▶ button. Names resolve through aliases (Russland/Russia/RU, Miami).

query HeadlineStatements {
  statements(
    where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }
    first: 20
  ) {
    totalCount
    edges {
      node {
        text
        kind
        speaker {
          ... on Person {
            name
            affiliations { organization { name } role roleKind }
          }
          ... on Organization { name kind }
        }
        about { how entity { __typename name } }
        article { source publishedAt title }
      }
    }
    cypher { query parameters }
  }
}

query StatementsPage($after: String) {
  statements(first: 5, after: $after, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text speaker { ... on Person { name } ... on Organization { name } } } }
  }
}

query Search {
  search(query: "Sicherheitsgarantien", first: 10) {
    score
    node {
      __typename
      ... on Statement { text }
      ... on Entity { name }
    }
  }
}

query People {
  people(first: 20, orderBy: { field: MENTIONS, direction: DESC }) {
    totalCount
    edges { node { id name aliases mentionCount affiliations { organization { name } role roleKind } } }
  }
}

query Meetings {
  meetings(first: 10) {
    edges {
      node {
        name start end
        place { name }
        participants { ... on Person { name } ... on Organization { name } }
        statements(first: 5) { totalCount edges { node { text } } }
      }
    }
  }
}

# Global ids are base64 of "Type:id": "UGxhY2U6bWlhbWk=" is Place:miami (or take an id from any result).
query Neighborhood {
  neighborhood(id: "UGxhY2U6bWlhbWk=", depth: 1, limit: 50) {
    nodes { __typename id ... on Entity { name } }
    edges { type source target }
  }
}

query Health {
  health { status neo4jVersion neo4jEdition database }
}
`;

/**
 * The same operations as GraphiQL tabs, one operation per tab, the headline first (and open, with the
 * introduction above it): the other examples are one click away instead of a scroll through one long
 * document. A comment line just above an operation travels with it into its tab.
 */
export const exampleTabs: Array<{ query: string }> = (() => {
  const [intro = "", headline = "", ...others] = exampleOperations.split(/\n\n(?=(?:#[^\n]*\n)*query )/);
  return [`${intro}\n\n${headline}`, ...others].map((block) => ({ query: `${block.trim()}\n` }));
})();
