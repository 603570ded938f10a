// The operation documents as the server receives them: each operation with the fragments it spreads.
// Codegen reads the .graphql files as one set; at run time the fragment text travels with each query.
import type { Operation } from "./api.ts";
import articles from "./operations/articles.graphql?raw";
import entity from "./operations/entity.graphql?raw";
import neighborhood from "./operations/neighborhood.graphql?raw";
import provenance from "./operations/provenance.graphql?raw";
import publishedRange from "./operations/published-range.graphql?raw";
import roleKinds from "./operations/role-kinds.graphql?raw";
import search from "./operations/search.graphql?raw";
import statementCard from "./operations/statement-card.graphql?raw";
import statements from "./operations/statements.graphql?raw";
import suggestions from "./operations/suggestions.graphql?raw";

export const STATEMENT_LIST = `${statements}\n${statementCard}`;
export const STATEMENT_PROVENANCE = `${provenance}\n${statementCard}`;
// One document with several operations: the server runs the one named.
export const SUGGEST_PEOPLE: Operation = { document: suggestions, operationName: "SuggestPeople" };
export const SUGGEST_ORGANIZATIONS: Operation = {
  document: suggestions,
  operationName: "SuggestOrganizations",
};
export const SUGGEST_PLACES: Operation = { document: suggestions, operationName: "SuggestPlaces" };
export const SUGGEST_MEETINGS: Operation = { document: suggestions, operationName: "SuggestMeetings" };
export const SUGGEST_TOPICS: Operation = { document: suggestions, operationName: "SuggestTopics" };
export const ROLE_KIND_COUNTS = roleKinds;
export const NEIGHBORHOOD = neighborhood;
export const SEARCH = `${search}\n${statementCard}`;
export const ENTITY_PAGE: Operation = { document: entity, operationName: "EntityPage" };
export const MEETING_LIST: Operation = { document: entity, operationName: "MeetingList" };
export const STATEMENT_DATES: Operation = { document: entity, operationName: "StatementDates" };
export const ARTICLE_LEADS = articles;
export const PUBLISHED_RANGE = publishedRange;
