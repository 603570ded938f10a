// Where each form field's suggestions come from: the entities of the right type whose name or an alias
// contains what was typed, asked from the public API as the person types.
import { request } from "./api.ts";
import type { Suggester, Suggestion } from "./combobox.ts";
import type {
  SuggestedNameFragment,
  SuggestMeetingsQuery,
  SuggestMeetingsQueryVariables,
  SuggestOrganizationsQuery,
  SuggestOrganizationsQueryVariables,
  SuggestPeopleQuery,
  SuggestPeopleQueryVariables,
  SuggestPlacesQuery,
  SuggestPlacesQueryVariables,
  SuggestTopicsQuery,
  SuggestTopicsQueryVariables,
} from "./generated/graphql.ts";
import {
  SUGGEST_MEETINGS,
  SUGGEST_ORGANIZATIONS,
  SUGGEST_PEOPLE,
  SUGGEST_PLACES,
  SUGGEST_TOPICS,
} from "./operations.ts";
import type { QuestionField } from "./question.ts";

/** The name, and the aliases that contain the typed text (why a name that does not contain it is here). */
export function toSuggestion(node: SuggestedNameFragment, typed: string, extra?: string | null): Suggestion {
  const needle = typed.toLowerCase();
  const matched = needle ? node.aliases.filter((a) => a.toLowerCase().includes(needle)) : [];
  const shownAliases = node.name.toLowerCase().includes(needle) ? [] : matched;
  const detail = [extra, shownAliases.length > 0 ? `also ${shownAliases.join(", ")}` : null]
    .filter(Boolean)
    .join(" · ");
  return detail ? { value: node.name, detail } : { value: node.name };
}

const nameVar = (text: string) => ({ name: text || null });

const people: Suggester = async (text, signal) => {
  const data = await request<SuggestPeopleQuery, SuggestPeopleQueryVariables>(
    SUGGEST_PEOPLE,
    nameVar(text),
    signal,
  );
  return data.people.edges.map((e) => toSuggestion(e.node, text));
};

const organizations =
  (kind: SuggestOrganizationsQueryVariables["kind"]): Suggester =>
  async (text, signal) => {
    const data = await request<SuggestOrganizationsQuery, SuggestOrganizationsQueryVariables>(
      SUGGEST_ORGANIZATIONS,
      { ...nameVar(text), kind },
      signal,
    );
    return data.organizations.edges.map((e) => toSuggestion(e.node, text));
  };

const places: Suggester = async (text, signal) => {
  const data = await request<SuggestPlacesQuery, SuggestPlacesQueryVariables>(
    SUGGEST_PLACES,
    nameVar(text),
    signal,
  );
  return data.places.edges.map((e) => toSuggestion(e.node, text));
};

const meetings: Suggester = async (text, signal) => {
  const data = await request<SuggestMeetingsQuery, SuggestMeetingsQueryVariables>(
    SUGGEST_MEETINGS,
    nameVar(text),
    signal,
  );
  return data.meetings.edges.map((e) => toSuggestion(e.node, text, e.node.start));
};

const topics: Suggester = async (text, signal) => {
  const data = await request<SuggestTopicsQuery, SuggestTopicsQueryVariables>(
    SUGGEST_TOPICS,
    nameVar(text),
    signal,
  );
  return data.topics.edges.map((e) => toSuggestion(e.node, text));
};

/** The form's free-text name fields and their suggestions (role and kind are lists of the schema's enums). */
export const SUGGESTERS: Partial<Record<QuestionField, Suggester>> = {
  nationality: organizations("COUNTRY"),
  organization: organizations(null),
  speaker: people,
  place: places,
  meeting: meetings,
  topic: topics,
};
