// What a filter names a node by — a node id, a Relay global id, a name, an alias, an ISO country code —
// turned into node ids: one round trip for every name in the filter, then a clear error for each miss.
// The statement and the entity filters both resolve through here, and share its short-lived cache.
import { COUNTRY_TYPES, ENTITY_LABELS, SPEAKER_LABELS } from "../graph-model.ts";
import { slug } from "../ingest/slug.ts";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import { COUNTRY_CODES } from "./country-codes.ts";
import { confirmGraph, graphGeneration, onGraphChange, type Runner } from "./graph-version.ts";
import { badFilter } from "./input.ts";

export type { Runner };

// ---------------------------------------------------------------------------------------------------
// Ids: the API hands out Relay global ids (base64 "Type:id"); filters accept those or plain node ids.

/** The node id inside a global id of one of `types`; a plain node id is returned unchanged. */
export function localId(id: string, types: readonly string[]): string {
  if (/^[A-Za-z0-9+/]+=*$/.test(id) && id.length % 4 === 0) {
    const decoded = Buffer.from(id, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0 && Buffer.from(decoded, "utf8").toString("base64") === id) {
      const type = decoded.slice(0, colon);
      if (types.includes(type)) return decoded.slice(colon + 1);
    }
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Names.

/** What a name may refer to; each kind is a fixed set of labels (the allowlist). */
export type NameKind = "speaker" | "country" | "organization" | "place" | "meeting" | "topic" | "entity";

/** Labels a name may match; nothing else is ever handed to a query. `globalTypes`: whose global ids count. */
const NAME_KINDS: Record<
  NameKind,
  { labels: readonly string[]; noun: string; globalTypes: readonly string[] }
> = {
  speaker: { labels: SPEAKER_LABELS, noun: "person or organization", globalTypes: SPEAKER_LABELS },
  country: { labels: ["Country"], noun: "country", globalTypes: COUNTRY_TYPES },
  organization: { labels: ["Organization"], noun: "organization", globalTypes: ["Organization"] },
  // A place may also be given by a country's Organization id.
  place: { labels: ["Place"], noun: "place", globalTypes: COUNTRY_TYPES },
  meeting: { labels: ["Meeting"], noun: "meeting", globalTypes: ["Meeting"] },
  topic: { labels: ["Topic"], noun: "topic", globalTypes: ["Topic"] },
  entity: { labels: ENTITY_LABELS, noun: "entity", globalTypes: ENTITY_LABELS },
};

export interface NameRequest {
  /** The field the name came from, used in errors ("where.speaker.nationality"). */
  key: string;
  kind: NameKind;
  name: string;
}

function candidateIds(r: NameRequest): string[] {
  const ids = new Set([r.name, slug(r.name), localId(r.name, NAME_KINDS[r.kind].globalTypes)]);
  if (r.kind === "country") {
    const code = COUNTRY_CODES[r.name.toUpperCase()];
    if (code) ids.add(code);
  }
  return [...ids].filter(Boolean);
}

function luceneFuzzy(name: string): string | null {
  const words = name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => `${w.toLowerCase()}~`);
  return words.length > 0 ? words.join(" ") : null;
}

async function suggestions(run: Runner, r: NameRequest): Promise<string[]> {
  const query = luceneFuzzy(r.name);
  if (!query) return [];
  try {
    const rows = await run(cypher("read/name-suggestions"), { query, labels: NAME_KINDS[r.kind].labels });
    return rows.map((row) => String(row.name));
  } catch {
    // Suggestions are a courtesy; the error about the unknown name matters more.
    return [];
  }
}

const defaultRunner: Runner = (query, params) => read(query, params);

/**
 * Resolves names to node ids — by id, global id, name or alias, case-insensitive, ISO code for
 * countries — in ONE query. An unknown name is a BAD_USER_INPUT error naming the field, with near misses.
 */
export async function resolveNames(
  requests: NameRequest[],
  run: Runner = defaultRunner,
): Promise<Map<string, string[]>> {
  if (requests.length === 0) return new Map();
  // The lookups (slugs, decoded global ids, ISO codes) follow from field, kind and name alone, so
  // those are the key: a hit builds no slug and decodes no base64.
  const cacheKey =
    run === defaultRunner ? JSON.stringify(requests.map((r) => [r.key, r.kind, r.name])) : null;
  const cached = cacheKey ? nameCache.get(cacheKey) : undefined;
  // (A version read that finds a change drops the cache before it answers: hence the second look.)
  if (cached && (await confirmGraph()) && nameCache.get(cacheKey as string) === cached) {
    return new Map(cached.found);
  }
  const gen = graphGeneration();
  const lookups = requests.map((r) => ({
    key: r.key,
    labels: NAME_KINDS[r.kind].labels,
    name: r.name,
    ids: candidateIds(r),
  }));
  const found = new Map<string, string[]>();
  const rows = await run(cypher("read/resolve-names"), { lookups });
  for (const row of rows) found.set(String(row.key), (row.ids as string[]) ?? []);
  for (const r of requests) {
    if ((found.get(r.key) ?? []).length === 0) {
      const near = await suggestions(run, r);
      const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `'${n}'`).join(", ")}?` : "";
      throw badFilter(
        r.key,
        `no ${NAME_KINDS[r.kind].noun} is known as '${r.name}' (by name, alias or id).${hint}`,
      );
    }
  }
  if (cacheKey && gen === graphGeneration()) {
    if (nameCache.size >= NAME_CACHE_SIZE) nameCache.delete(nameCache.keys().next().value as string);
    nameCache.set(cacheKey, { found: [...found] });
  }
  return found;
}

// The same few names ("Russland", "Miami") arrive with most requests; remembering how they resolved
// saves a round trip per request (at 1M statements resolve-names reads every node of the labels asked:
// tens of milliseconds). They are kept for the graph version (graph-version.ts): a new version drops them
// all, so a name that an ingest has just added or re-aliased resolves anew, and no request waits for a
// refresh while the graph stands. Only successful lookups are kept, so an unknown name is looked up again.
const NAME_CACHE_SIZE = 500;
const nameCache = new Map<string, { found: [string, string[]][] }>();
onGraphChange(() => nameCache.clear());

/** Forget resolved names (after an ingest in this process). */
export function clearNameCache(): void {
  nameCache.clear();
}
