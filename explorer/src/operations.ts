// The operation documents as the server receives them: each operation with the fragments it spreads.
// Codegen reads the .graphql files as one set; at run time the fragment text travels with each query.
import neighborhood from "./operations/neighborhood.graphql?raw";
import provenance from "./operations/provenance.graphql?raw";
import search from "./operations/search.graphql?raw";
import statementCard from "./operations/statement-card.graphql?raw";
import statements from "./operations/statements.graphql?raw";
import suggestions from "./operations/suggestions.graphql?raw";

export const STATEMENT_LIST = `${statements}\n${statementCard}`;
export const STATEMENT_PROVENANCE = `${provenance}\n${statementCard}`;
export const FORM_SUGGESTIONS = suggestions;
export const NEIGHBORHOOD = neighborhood;
export const SEARCH = `${search}\n${statementCard}`;
