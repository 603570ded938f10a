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
  /** Any person, organization, place, topic or meeting. At most 200 characters. */
  entity?: string | null | undefined;
  /** Only links made this way. */
  how?: AboutHow | null | undefined;
  /** Meeting id, global id or name. At most 200 characters. */
  meeting?: string | null | undefined;
  /** The place, a place inside it, or a meeting held there (Miami). At most 200 characters. */
  place?: string | null | undefined;
  /** Topic by name or alias (Sicherheitsgarantien). At most 200 characters. */
  topic?: string | null | undefined;
};

export type MeetingWhere = {
  /** Meetings not ended before this date. At most 200 characters. */
  from?: string | null | undefined;
  /** At most 100 items, each at most 200 characters. */
  ids?: Array<string | number> | null | undefined;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** Attended by this person or organization (name, alias or id). At most 200 characters. */
  participant?: string | null | undefined;
  /** Held in this place or a place inside it (Miami). At most 200 characters. */
  place?: string | null | undefined;
  /** Meetings started by this date (inclusive at its precision). At most 200 characters. */
  to?: string | null | undefined;
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

export type PlaceKind =
  | 'CITY'
  | 'CONTINENT'
  | 'COUNTRY'
  | 'OTHER'
  | 'REGION'
  | 'STATE'
  | 'VENUE';

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
  /** Global id or node id (kirill-dmitrijew) of a person or organization. At most 200 characters. */
  id?: string | number | null | undefined;
  /** Name or alias, case-insensitive (Dmitriev, Kreml). At most 200 characters. */
  name?: string | null | undefined;
  /** Country by name, alias or ISO code (Russland, Russia, RU): people affiliated with it or with a body PART_OF it (the Kremlin); without roleKind also organizations of that country. At most 200 characters. */
  nationality?: string | null | undefined;
  /** Organization by name or alias; includes its parts. At most 200 characters. */
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
  /** Article global id or node id. At most 200 characters. */
  article?: string | number | null | undefined;
  /** Statement global ids or node ids. At most 100 items, each at most 200 characters. */
  ids?: Array<string | number> | null | undefined;
  /** At most 100 items. */
  kind?: Array<StatementKind> | null | undefined;
  minConfidence?: number | null | undefined;
  /** YYYY, YYYY-MM, YYYY-MM-DD or ISO date-time, inclusive. At most 200 characters. */
  publishedFrom?: string | null | undefined;
  /** Inclusive at its precision: 2025-12 includes all of December. At most 200 characters. */
  publishedTo?: string | null | undefined;
  /** When it was said (saidOn, else the publication day). At most 200 characters. */
  saidFrom?: string | null | undefined;
  /** At most 200 characters. */
  saidTo?: string | null | undefined;
  /** Outlet or agency of the article (dpa, DIE ZEIT), case-insensitive. At most 200 characters. */
  source?: string | null | undefined;
  speaker?: SpeakerWhere | null | undefined;
  /** Full-text query over the statement text (German stemming; Lucene syntax). At most 500 characters, 32 terms. */
  text?: string | null | undefined;
};

export type ArticleLeadsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ArticleLeadsQuery = { nodes: Array<
    | { __typename: 'Article', id: string, text: string }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingSession' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Statement' }
    | { __typename: 'Topic' }
   | null> };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPageQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Meeting', name: string, aliases: Array<string>, id: string, start: string | null, end: string | null, mentionStats: { articles: number, mentions: number }, participantsCypher: { query: string, parameters: unknown }, articles: Array<{ id: string, title: string | null, source: string | null, sources: Array<string>, publishedAt: string | null }>, articlesCypher: { query: string, parameters: unknown }, place: { id: string, name: string } | null, participants: Array<
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      >, sessions: Array<{ id: string, name: string, start: string | null, end: string | null, place: { id: string, name: string } | null, participants: Array<
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        > }> }
    | { __typename: 'MeetingSession', id: string }
    | { __typename: 'Organization', name: string, aliases: Array<string>, id: string, organizationKind: OrganizationKind | null, mentionStats: { articles: number, mentions: number }, partOf: { id: string, name: string } | null, members: Array<{ role: string | null, roleKind: RoleKind | null, roles: Array<string>, firstSeen: string | null, lastSeen: string | null, person: { id: string, name: string } | null, organization: { id: string, name: string, kind: OrganizationKind | null } | null }>, membersCypher: { query: string, parameters: unknown } }
    | { __typename: 'Person', name: string, aliases: Array<string>, id: string, mentionStats: { articles: number, mentions: number }, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, roles: Array<string>, firstSeen: string | null, lastSeen: string | null, organization: { id: string, name: string, kind: OrganizationKind | null } | null }>, affiliationsCypher: { query: string, parameters: unknown } }
    | { __typename: 'Place', name: string, aliases: Array<string>, id: string, placeKind: PlaceKind | null, mentionStats: { articles: number, mentions: number }, locatedIn: { id: string, name: string } | null }
    | { __typename: 'Statement', id: string }
    | { __typename: 'Topic', name: string, aliases: Array<string>, id: string, mentionStats: { articles: number, mentions: number } }
   | null };

export type AffiliationRowFragment = { role: string | null, roleKind: RoleKind | null, roles: Array<string>, firstSeen: string | null, lastSeen: string | null, organization: { id: string, name: string, kind: OrganizationKind | null } | null };

type ParticipantRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ParticipantRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type ParticipantRefFragment =
  | ParticipantRef_Organization_Fragment
  | ParticipantRef_Person_Fragment
;

export type MeetingRowFragment = { id: string, name: string, start: string | null, end: string | null, place: { id: string, name: string } | null, participants: Array<
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, sessions: Array<{ id: string, name: string, start: string | null, end: string | null, place: { id: string, name: string } | null, participants: Array<
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    > }> };

export type MeetingListQueryVariables = Exact<{
  where: MeetingWhere;
}>;


export type MeetingListQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, name: string, start: string | null, end: string | null, place: { id: string, name: string } | null, participants: Array<
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, sessions: Array<{ id: string, name: string, start: string | null, end: string | null, place: { id: string, name: string } | null, participants: Array<
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          > }> } }>, cypher: { query: string, parameters: unknown } } };

export type StatementDatesQueryVariables = Exact<{
  where: StatementWhere;
  after?: string | null | undefined;
}>;


export type StatementDatesQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { saidOn: string | null, publishedAt: string | null, article: { publishedAt: string | null } | null } }>, cypher: { query: string, parameters: unknown } } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<
      | { __typename: 'Article', title: string | null, source: string | null, sources: Array<string>, publishedAt: string | null, id: string }
      | { __typename: 'Meeting', name: string, id: string }
      | { __typename: 'MeetingSession', name: string, id: string }
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
    | { __typename: 'Statement', id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, span: { start: number, end: number }, cue: { start: number, end: number, text: string | null } | null, speakerMention: { start: number, end: number, text: string | null } | null, article: { id: string, title: string | null, source: string | null, publishedAt: string | null, url: string | null, text: string, sources: Array<string> } | null, speaker:
        | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
        | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
       | null, via: { name: string } | null }
    | { __typename: 'Topic' }
   | null };

export type PublishedRangeQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedRangeQuery = { earliest: { edges: Array<{ node: { publishedAt: string | null } }> }, latest: { edges: Array<{ node: { publishedAt: string | null } }> } };

export type RoleKindCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleKindCountsQuery = { ADVISOR: { totalCount: number }, DIPLOMAT: { totalCount: number }, EXPERT: { totalCount: number }, HEAD_OF_GOVERNMENT: { totalCount: number }, HEAD_OF_STATE: { totalCount: number }, JOURNALIST: { totalCount: number }, LEGISLATOR: { totalCount: number }, MILITARY: { totalCount: number }, MINISTER: { totalCount: number }, NEGOTIATOR: { totalCount: number }, OFFICIAL: { totalCount: number }, OTHER: { totalCount: number }, SPOKESPERSON: { totalCount: number } };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { searchCypher: Array<{ query: string, parameters: unknown }>, search: Array<{ score: number, node:
      | { __typename: 'Article', id: string }
      | { __typename: 'Meeting', name: string, aliases: Array<string>, id: string }
      | { __typename: 'MeetingSession', id: string }
      | { __typename: 'Organization', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Person', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Place', name: string, aliases: Array<string>, id: string }
      | { __typename: 'Statement', id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
          | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
         | null, speakerMention: { text: string | null } | null, via: { name: string } | null, article: { id: string, source: string | null, sources: Array<string>, publishedAt: string | null, title: string | null } | null }
      | { __typename: 'Topic', name: string, aliases: Array<string>, id: string }
     }> };

export type StatementCardFragment = { id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
    | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
    | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
   | null, speakerMention: { text: string | null } | null, via: { name: string } | null, article: { id: string, source: string | null, sources: Array<string>, publishedAt: string | null, title: string | null } | null };

export type StatementListQueryVariables = Exact<{
  where?: StatementWhere | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StatementListQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, kind: StatementKind, confidence: number | null, rule: string | null, saidOn: string | null, publishedAt: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind | null }
          | { __typename: 'Person', id: string, name: string, affiliations: Array<{ role: string | null, roleKind: RoleKind | null, organization: { name: string } | null }> }
         | null, speakerMention: { text: string | null } | null, via: { name: string } | null, article: { id: string, source: string | null, sources: Array<string>, publishedAt: string | null, title: string | null } | null } }>, cypher: { query: string, parameters: unknown } } };

export type SuggestPeopleQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SuggestPeopleQuery = { people: { edges: Array<{ node: { name: string, aliases: Array<string> } }> } };

export type SuggestOrganizationsQueryVariables = Exact<{
  name?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
}>;


export type SuggestOrganizationsQuery = { organizations: { edges: Array<{ node: { name: string, aliases: Array<string> } }> } };

export type SuggestPlacesQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SuggestPlacesQuery = { places: { edges: Array<{ node: { name: string, aliases: Array<string> } }> } };

export type SuggestMeetingsQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SuggestMeetingsQuery = { meetings: { edges: Array<{ node: { start: string | null, name: string, aliases: Array<string> } }> } };

export type SuggestTopicsQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SuggestTopicsQuery = { topics: { edges: Array<{ node: { name: string, aliases: Array<string> } }> } };

type SuggestedName_Meeting_Fragment = { name: string, aliases: Array<string> };

type SuggestedName_Organization_Fragment = { name: string, aliases: Array<string> };

type SuggestedName_Person_Fragment = { name: string, aliases: Array<string> };

type SuggestedName_Place_Fragment = { name: string, aliases: Array<string> };

type SuggestedName_Topic_Fragment = { name: string, aliases: Array<string> };

export type SuggestedNameFragment =
  | SuggestedName_Meeting_Fragment
  | SuggestedName_Organization_Fragment
  | SuggestedName_Person_Fragment
  | SuggestedName_Place_Fragment
  | SuggestedName_Topic_Fragment
;
