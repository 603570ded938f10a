// Imports every type file (each registers itself on the builder) and builds the schema once.
import { builder } from "./builder.ts";
import "./types/health.ts";
import "./types/connection.ts";
import "./types/entity.ts";
import "./types/statement.ts";
import "./types/person.ts";
import "./types/organization.ts";
import "./types/place.ts";
import "./types/meeting.ts";
import "./types/meeting-session.ts";
import "./types/article.ts";
import "./types/topic.ts";
import "./types/search.ts";
import "./types/neighborhood.ts";
import "./types/ingest.ts";
import "./types/list-cypher.ts";

export const schema = builder.toSchema({ sortSchema: true });
