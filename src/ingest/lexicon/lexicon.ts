// The curated lexicon (data/lexicon/*.yaml): loaded, validated and indexed once per process.
// Every entry is checked on load (validate.ts); a bad one stops with a message naming file, entry and
// field. Each file has its reader (load.ts); the recognizer's indexes are built from them (indexes.ts).
import { fileURLToPath } from "node:url";
import { config } from "../../config.ts";
import { nameIndexes, nounIndexes, roleForms, roleHeadsBySuffix } from "./indexes.ts";
import {
  Registry,
  readFirstNames,
  readNouns,
  readOrganizations,
  readPeople,
  readPlaces,
  readRoles,
  readTopics,
} from "./load.ts";
import type { Lexicon } from "./types.ts";

const DEFAULT_DIR = fileURLToPath(new URL("../../../data/lexicon/", import.meta.url));
let cached: Lexicon | null = null;

/** The lexicon of data/lexicon (or NEWSGRAPH_LEXICON), loaded once per process. */
export function lexicon(): Lexicon {
  cached ??= loadLexicon(config().lexiconDir ?? DEFAULT_DIR);
  return cached;
}

export function loadLexicon(dir: string): Lexicon {
  const reg = new Registry();
  const organizations = readOrganizations(dir, reg);
  const places = readPlaces(dir, reg);
  const people = readPeople(dir, reg);
  const topics = readTopics(dir, reg);
  const roles = readRoles(dir, reg);
  const { firstNames, femaleNames, maleNamesInA } = readFirstNames(dir);
  const nouns = readNouns(dir);
  reg.check();
  const { names, topicNames, adjectives, prefixes } = nameIndexes(organizations, places, people, topics);
  const forms = roleForms(roles);
  const { sideHeads, institutionHead, mediaNouns, notRoles, bodyHead } = nounIndexes(nouns);
  return {
    dir,
    people,
    organizations,
    places,
    topics,
    roles,
    firstNames,
    femaleNames,
    maleNamesInA,
    names,
    topicNames,
    adjectives,
    prefixes,
    roleForms: forms,
    roleHeadsBySuffix: roleHeadsBySuffix(forms),
    sideHeads,
    institutionHead,
    mediaNouns,
    notRoles,
    bodyHead,
    typeOf: (id) => reg.types.get(id) ?? null,
    nameOf: (id) => reg.names.get(id) ?? null,
  };
}
