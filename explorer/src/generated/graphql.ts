/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** TEXT: named in the statement itself; CONTEXT: taken from its sentence, paragraph or article. */
export type AboutHow =
  | 'CONTEXT'
  | 'TEXT';

/** What it is about. Every given part must hold. */
export type AboutWhere = {
  /** Any person, organization, place, topic or meeting. */
  entity?: string | null | undefined;
  /** Only links made this way. */
  how?: AboutHow | null | undefined;
  /** Meeting id, global id or name. */
  meeting?: string | null | undefined;
  /** The place, a place inside it, or a meeting held there (Miami). */
  place?: string | null | undefined;
  /** Topic by name or alias (Sicherheitsgarantien). */
  topic?: string | null | undefined;
};

export type OrganizationKind =
  | 'ALLIANCE'
  | 'COMPANY'
  | 'COUNTRY'
  | 'GOVERNMENT'
  | 'GROUP'
  | 'INSTITUTION'
  | 'MEDIA'
  | 'OTHER'
  | 'PARTY';

export type RelationshipType =
  | 'ABOUT'
  | 'AFFILIATED_WITH'
  | 'ATTENDED'
  | 'HAS_SESSION'
  | 'HELD_IN'
  | 'LOCATED_IN'
  | 'MENTIONS'
  | 'PART_OF'
  | 'REPORTED_IN'
  | 'SAID_BY'
  | 'VIA';

export type RoleKind =
  | 'ADVISOR'
  | 'DIPLOMAT'
  | 'EXPERT'
  | 'HEAD_OF_GOVERNMENT'
  | 'HEAD_OF_STATE'
  | 'JOURNALIST'
  | 'LEGISLATOR'
  | 'MILITARY'
  | 'MINISTER'
  | 'NEGOTIATOR'
  | 'OFFICIAL'
  | 'OTHER'
  | 'SPOKESPERSON';

export type SpeakerType =
  | 'ORGANIZATION'
  | 'PERSON';

/** Who said it. nationality, organization and roleKind must hold on the same affiliation. */
export type SpeakerWhere = {
  /** Global id or node id (kirill-dmitrijew) of a person or organization. */
  id?: string | number | null | undefined;
  /** Name or alias, case-insensitive (Dmitriev, Kreml). */
  name?: string | null | undefined;
  /** Country by name, alias or ISO code (Russland, Russia, RU): people affiliated with it or with a body PART_OF it (the Kremlin); without roleKind also organizations of that country. */
  nationality?: string | null | undefined;
  /** Organization by name or alias; includes its parts. */
  organization?: string | null | undefined;
  roleKind?: RoleKind | null | undefined;
  type?: SpeakerType | null | undefined;
};

/** DIRECT: a quotation; INDIRECT: reported speech (Konjunktiv); REPORTED: 'laut X', 'X zufolge'. */
export type StatementKind =
  | 'DIRECT'
  | 'INDIRECT'
  | 'REPORTED';

/** Filter for statements. Example (the headline question): { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } } */
export type StatementWhere = {
  about?: AboutWhere | null | undefined;
  /** Article global id or node id. */
  article?: string | number | null | undefined;
  /** Statement global ids or node ids. */
  ids?: Array<string | number> | null | undefined;
  kind?: Array<StatementKind> | null | undefined;
  minConfidence?: number | null | undefined;
  /** YYYY, YYYY-MM, YYYY-MM-DD or ISO date-time, inclusive. */
  publishedFrom?: string | null | undefined;
  /** Inclusive at its precision: 2025-12 includes all of December. */
  publishedTo?: string | null | undefined;
  /** When it was said (saidOn, else the publication day). */
  saidFrom?: string | null | undefined;
  saidTo?: string | null | undefined;
  /** Outlet or agency of the article (dpa, DIE ZEIT), case-insensitive. */
  source?: string | null | undefined;
  speaker?: SpeakerWhere | null | undefined;
  /** Full-text query over the statement text (German stemming; Lucene syntax). */
  text?: string | null | undefined;
};

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<
      | { __typename: 'Article', title: string | null, source: string | null, id: string }
      | { __typename: 'Meeting', name: string, id: string }
      | { __typename: 'MeetingSession', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, id: string }
      | { __typename: 'Statement', text: string, id: string }
      | { __typename: 'Topic', name: string, id: string }
    >, edges: Array<{ type: RelationshipType, source: string, target: string }> } | null };

export type StatementProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementProvenanceQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingSession' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Statement', id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, span: { start: number, end: number }, cue: { start: number, end: number, text: string | null } | null, speakerMention: { start: number, end: number, text: string | null } | null, article: { id: string, title: string | null, source: string | null, publishedAt: string | null, url: string | null, text: string } | null, speaker:
        | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
        | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
       | null, via: { name: string } | null }
    | { __typename: 'Topic' }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Article', id: string }
      | { __typename: 'Meeting', name: string, aliases: Array<string>, id: string }
      | { __typename: 'MeetingSession', id: string }
      | { __typename: 'Organization', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Person', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Place', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Statement', id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
          | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
         | null, via: { name: string } | null, article: { id: string, source: string | null, publishedAt: string | null, title: string | null } | null }
      | { __typename: 'Topic', name: string, aliases: Array<string>, id: string }
     }> };

export type StatementCardFragment = { id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
    | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
    | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
   | null, via: { name: string } | null, article: { id: string, source: string | null, publishedAt: string | null, title: string | null } | null };

export type StatementListQueryVariables = Exact<{
  where?: StatementWhere | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StatementListQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
          | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
         | null, via: { name: string } | null, article: { id: string, source: string | null, publishedAt: string | null, title: string | null } | null } }>, cypher: { query: string, parameters: unknown } } };

export type FormSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FormSuggestionsQuery = { countries: { edges: Array<{ node: { name: string, aliases: Array<string> } }> }, places: { edges: Array<{ node: { name: string, aliases: Array<string> } }> } };
