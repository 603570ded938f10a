// A synthetic newsgraph of N statements with the spread of a real archive, for `npm run bench:graph`.
// The clone-based bench (bench:ingest) copies the sample corpus, so every speaker ends up with thousands
// of statements and no filter is selective; here speakers, outlets, places, meetings and topics are drawn
// from Zipf distributions over pools that grow with N (a few speakers and places get most statements, most
// get a handful: the long tail), dates spread over three years, and the headline's own answer exists:
// Russian negotiators (Kreml → Russland) speaking about Miami, Shell Bay inside it and meetings held there.
// Deterministic for a given N and seed, so a graph can be rebuilt for an after-measurement.
import { COUNTRY_CODES } from "../src/filters/country-codes.ts";
import { ROLE_KINDS, STATEMENT_KINDS } from "../src/ingest/types.ts";
import { write } from "../src/neo4j/run.ts";

/** mulberry32: a small seeded PRNG (Math.random cannot be seeded). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with P(k) ∝ 1/(k+1)^s, by binary search over the cumulative weights. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cum = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** s;
    cum[k] = total;
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const WORDS = (
  "Verhandlungen Frieden Waffenstillstand Sicherheitsgarantien Gespräche Grenze Sanktionen Gas Energie " +
  "Abkommen Truppen Rückzug Wiederaufbau Hilfe Delegation Treffen Vorschlag Plan Bedingungen Zukunft " +
  "konstruktiv schwierig wichtig notwendig möglich unmöglich bald morgen heute weiter nicht keine alle " +
  "wir werden müssen wollen können sind haben gibt es die der das und mit für über nach"
).split(" ");

const ROLE_WEIGHTS: Partial<Record<(typeof ROLE_KINDS)[number], number>> = {
  NEGOTIATOR: 0.06,
  HEAD_OF_STATE: 0.02,
  HEAD_OF_GOVERNMENT: 0.02,
};

export interface GeneratedCounts {
  statements: number;
  articles: number;
  persons: number;
  organizations: number;
  places: number;
  meetings: number;
  topics: number;
}

type Row = Record<string, unknown>;

async function inBatches(query: string, rows: Row[], size = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await write(query, { rows: rows.slice(i, i + size) }, { timeoutMs: 600_000 });
  }
}

/** Writes the graph into an empty database (constraints and indexes already applied). */
export async function generateGraph(n: number, seed = 1): Promise<GeneratedCounts> {
  const rand = prng(seed);
  const geo = await writeGeography(n, rand);
  const actors = await writeActors(n, rand, geo);
  const subjects = await writeSubjects(n, rand, geo);
  const nArticles = await writeStatements(n, rand, geo, actors, subjects);
  return {
    statements: n,
    articles: nArticles,
    persons: actors.nPersons,
    organizations: actors.orgIds.length,
    places: geo.nPlaces,
    meetings: subjects.nMeetings,
    topics: subjects.nTopics,
  };
}

type Sampler = () => number;

interface Geography {
  countryIds: string[];
  country: Sampler;
  cityIds: string[];
  city: Sampler;
  nPlaces: number;
}

async function writeGeography(n: number, rand: () => number): Promise<Geography> {
  // Countries: the ones the API knows ISO codes for; Russia, the USA and Ukraine lead the news.
  const lead = ["russland", "usa", "ukraine"];
  const countryIds = [
    ...lead,
    ...[...new Set(Object.values(COUNTRY_CODES))].filter((c) => !lead.includes(c)),
  ];
  const countries = countryIds.map((id) => ({
    id,
    name: id === "usa" ? "USA" : id.charAt(0).toUpperCase() + id.slice(1),
    aliases: id === "russland" ? ["Russia", "Russische Föderation"] : [`${id}-alias`],
  }));
  await inBatches(
    "UNWIND $rows AS r CREATE (n:Organization:Country:Place {id: r.id, name: r.name, aliases: r.aliases, kind: 'COUNTRY'})",
    countries,
  );
  const country = zipf(countryIds.length, 1.1, rand);

  // Places: regions in countries, cities in regions; Miami (in Florida, USA) is a popular one.
  const nRegions = Math.max(20, Math.round(n / 500));
  const nCities = Math.max(100, Math.round(n / 50));
  const places: Row[] = [
    { id: "florida", name: "Florida", in: "usa" },
    { id: "miami", name: "Miami", in: "florida" },
    { id: "shell-bay", name: "Shell Bay", in: "miami" },
  ];
  for (let i = 0; i < nRegions; i++)
    places.push({ id: `region-${i}`, name: `Region ${i}`, in: countryIds[country()] });
  for (let i = 0; i < nCities; i++) {
    places.push({
      id: `city-${i}`,
      name: `Stadt ${i}`,
      in: rand() < 0.7 ? `region-${Math.floor(rand() * nRegions)}` : countryIds[country()],
    });
  }
  await inBatches("UNWIND $rows AS r CREATE (:Place {id: r.id, name: r.name, kind: 'CITY'})", places);
  await inBatches(
    "UNWIND $rows AS r MATCH (p:Place {id: r.id}) MATCH (q:Place {id: r.in}) CREATE (p)-[:LOCATED_IN]->(q)",
    places,
  );
  // Rank 4 of the cities: Miami is in the news, not the top of it.
  const cityIds = places
    .map((p) => String(p.id))
    .filter((id) => id !== "florida" && !id.startsWith("region-"));
  cityIds.splice(cityIds.indexOf("miami"), 1);
  cityIds.splice(4, 0, "miami");
  const city = zipf(cityIds.length, 1.0, rand);

  return { countryIds, country, cityIds, city, nPlaces: places.length + countryIds.length };
}

interface Actors {
  orgIds: string[];
  nPersons: number;
  speakerIds: string[];
  speaker: Sampler;
}

async function writeActors(n: number, rand: () => number, geo: Geography): Promise<Actors> {
  const { countryIds, country } = geo;
  // Organizations, each part of a country (a fifth of them part of another organization).
  const nOrgs = Math.max(50, Math.round(n / 100));
  const orgs: Row[] = [{ id: "kreml", name: "Kreml", in: "russland" }];
  for (let i = 1; i < nOrgs; i++) {
    orgs.push({
      id: `org-${i}`,
      name: `Organisation ${i}`,
      in: i > 10 && rand() < 0.2 ? `org-${Math.floor(rand() * i) || 1}` : countryIds[country()],
    });
  }
  await inBatches(
    "UNWIND $rows AS r CREATE (:Organization {id: r.id, name: r.name, kind: 'GOVERNMENT'})",
    orgs,
  );
  await inBatches(
    "UNWIND $rows AS r MATCH (o:Organization {id: r.id}) MATCH (c:Organization {id: r.in}) CREATE (o)-[:PART_OF]->(c)",
    orgs,
  );
  const orgIds = [...countryIds, ...orgs.map((o) => String(o.id))];
  const org = zipf(orgIds.length, 0.9, rand);

  // People with one or two affiliations; a role kind for some of them.
  const nPersons = Math.max(100, Math.round(n / 20));
  const persons: Row[] = [];
  const affiliations: Row[] = [];
  for (let i = 0; i < nPersons; i++) {
    persons.push({ id: `person-${i}`, name: `Person ${i}`, aliases: [`P. ${i}`] });
    const k = rand() < 0.3 ? 2 : 1;
    for (let j = 0; j < k; j++) {
      const x = rand();
      let acc = 0;
      let roleKind = "OTHER";
      for (const [kind, w] of Object.entries(ROLE_WEIGHTS)) {
        acc += w;
        if (x < acc) {
          roleKind = kind;
          break;
        }
      }
      if (!ROLE_KINDS.includes(roleKind as (typeof ROLE_KINDS)[number]))
        roleKind = ROLE_KINDS[ROLE_KINDS.length - 1] as string;
      affiliations.push({ person: `person-${i}`, org: orgIds[org()], roleKind });
    }
  }
  await inBatches("UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name, aliases: r.aliases})", persons);
  await inBatches(
    "UNWIND $rows AS r MATCH (p:Person {id: r.person}) MATCH (o:Organization {id: r.org}) MERGE (p)-[:AFFILIATED_WITH {roleKind: r.roleKind}]->(o)",
    affiliations,
  );
  // Speakers ranked in a shuffled order, so the most quoted are not all from the first countries.
  const speakerIds = [...persons.map((p) => String(p.id)), ...orgIds.slice(0, Math.round(nOrgs / 5))];
  for (let i = speakerIds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [speakerIds[i], speakerIds[j]] = [speakerIds[j] as string, speakerIds[i] as string];
  }
  const speaker = zipf(speakerIds.length, 1.0, rand);

  return { orgIds, nPersons, speakerIds, speaker };
}

interface Subjects {
  nMeetings: number;
  meeting: Sampler;
  nTopics: number;
  topic: Sampler;
}

async function writeSubjects(n: number, rand: () => number, geo: Geography): Promise<Subjects> {
  const { cityIds, city } = geo;
  const nMeetings = Math.max(10, Math.round(n / 500));
  const meetings: Row[] = [];
  for (let i = 0; i < nMeetings; i++) {
    meetings.push({
      id: `meeting-${i}`,
      name: `Treffen ${i}`,
      in: cityIds[city()],
      start: dateOf(rand).slice(0, 10),
    });
  }
  await inBatches("UNWIND $rows AS r CREATE (:Meeting {id: r.id, name: r.name, start: r.start})", meetings);
  await inBatches(
    "UNWIND $rows AS r MATCH (m:Meeting {id: r.id}) MATCH (p:Place {id: r.in}) CREATE (m)-[:HELD_IN]->(p)",
    meetings,
  );
  const meeting = zipf(nMeetings, 1.0, rand);
  const nTopics = Math.max(50, Math.round(n / 1000));
  await inBatches(
    "UNWIND $rows AS r CREATE (:Topic {id: r.id, name: r.name})",
    Array.from({ length: nTopics }, (_, i) => ({ id: `topic-${i}`, name: `Thema ${i}` })),
  );
  const topic = zipf(nTopics, 1.0, rand);

  return { nMeetings, meeting, nTopics, topic };
}

/** Articles and their statements; returns the number of articles. */
async function writeStatements(
  n: number,
  rand: () => number,
  geo: Geography,
  actors: Actors,
  subjects: Subjects,
): Promise<number> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const { cityIds, city } = geo;
  const { speakerIds, speaker } = actors;
  const { meeting, topic } = subjects;
  // Articles from outlets (Zipf), four statements each on average.
  const nArticles = Math.max(1, Math.round(n / 4));
  const nOutlets = Math.max(20, Math.round(Math.sqrt(n)));
  const outlet = zipf(nOutlets, 1.1, rand);
  const articles: Row[] = [];
  for (let i = 0; i < nArticles; i++) {
    articles.push({
      id: `art-${i}`,
      title: `Artikel ${i}`,
      source: `Outlet ${outlet()}`,
      publishedAt: dateOf(rand),
    });
  }
  await inBatches(
    "UNWIND $rows AS r CREATE (:Article {id: r.id, title: r.title, source: r.source, sources: [r.source], publishedAt: r.publishedAt})",
    articles,
  );

  const statements: Row[] = [];
  for (let i = 0; i < n; i++) {
    const article = articles[Math.floor(rand() * nArticles)] as Row;
    const about: Row[] = [];
    const nAbout = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < nAbout; j++) {
      const x = rand();
      const [label, id] =
        x < 0.5
          ? ["Place", cityIds[city()]]
          : x < 0.7
            ? ["Meeting", `meeting-${meeting()}`]
            : ["Topic", `topic-${topic()}`];
      about.push({ label, id, via: rand() < 0.7 ? "TEXT" : "CONTEXT" });
    }
    const text = Array.from({ length: 8 + Math.floor(rand() * 20) }, () => pick(WORDS)).join(" ");
    statements.push({
      id: `${article.id}:${i}`,
      articleId: article.id,
      publishedAt: article.publishedAt,
      kind: pick(STATEMENT_KINDS),
      confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
      text,
      speaker: speakerIds[speaker()],
      about,
    });
  }
  await inBatches(
    `UNWIND $rows AS r
     MATCH (a:Article {id: r.articleId})
     CREATE (s:Statement {id: r.id, articleId: r.articleId, publishedAt: r.publishedAt, kind: r.kind, confidence: r.confidence, text: r.text, speakerId: r.speaker})
     CREATE (s)-[:REPORTED_IN]->(a)
     WITH s, r
     CALL (s, r) { MATCH (x:Person {id: r.speaker}) RETURN x UNION MATCH (x:Organization {id: r.speaker}) RETURN x }
     CREATE (s)-[:SAID_BY]->(x)
     WITH s, r
     UNWIND r.about AS ab
     CALL (s, ab) {
       MATCH (x:Place {id: ab.id}) WHERE ab.label = 'Place' RETURN x
       UNION MATCH (x:Meeting {id: ab.id}) WHERE ab.label = 'Meeting' RETURN x
       UNION MATCH (x:Topic {id: ab.id}) WHERE ab.label = 'Topic' RETURN x
     }
     MERGE (s)-[:ABOUT {via: ab.via}]->(x)`,
    statements,
    2000,
  );
  return nArticles;
}

/** A publication time in 2024–2026, to the minute. */
function dateOf(rand: () => number): string {
  const t = Date.UTC(2024, 0, 1) + Math.floor(rand() * 3 * 365 * 24 * 60) * 60_000;
  return new Date(t).toISOString().slice(0, 16);
}
