// Question: What did the negotiators of a country say about a place?
//           ("all statements by Russian negotiators about Miami")
// Params:   $country STRING  country by name, alias, id or ISO code ("Russland", "Russia", "russland", "RU"),
//                            case-insensitive — what the API's `nationality` accepts (the codes below are
//                            src/filters/country-codes.ts; a unit test holds them equal)
//           $place   STRING  place by name, alias or id ("Miami")
//           (an id may be the API's global id, e.g. "Q291bnRyeTpydXNzbGFuZA==" for Russland)
// Meaning:  negotiator = a Person with AFFILIATED_WITH {roleKind: 'NEGOTIATOR'} to the country or to a
//           body PART_OF it (Kreml → Russland); about the place = ABOUT the place, a place LOCATED_IN
//           it (Shell Bay → Miami), or a meeting HELD_IN one of those. Same semantics as the GraphQL filter
//           {speaker: {nationality, roleKind: NEGOTIATOR}, about: {place}} and `newsgraph export --where`,
//           with the same depths (PART_OF up to 3 steps, LOCATED_IN up to 4: src/graph-model.ts).
//           This file IS the project's saved headline query; the API composes the same question from its
//           filter (src/filters/), and the tests check that both return the same statements.
// Plan:     anchor-first, like the API without an estimate: the country by id or name, down PART_OF to
//           its bodies, their negotiators, and only their statements are tested for the place.
// Example (on the sample corpus: Dmitrijew's statements about the Miami talks):
//   npx newsgraph cypher -P "{country: 'RU', place: 'Miami'}" -f cypher/analyst/01-statements-by-negotiators-about-place.cypher
//   Neo4j Browser: :param {country: 'Russland', place: 'Miami'}, then this file's query
// @param country: "Russland"
// @param place: "Miami"
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$country, $place] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
WITH gid, $country AS name, {
  RU: 'russland', US: 'usa', UA: 'ukraine', DE: 'deutschland', FR: 'frankreich',
  GB: 'grossbritannien', UK: 'grossbritannien', NO: 'norwegen', PL: 'polen', IT: 'italien',
  ES: 'spanien', NL: 'niederlande', BE: 'belgien', AT: 'oesterreich', CH: 'schweiz',
  FI: 'finnland', SE: 'schweden', DK: 'daenemark', EE: 'estland', LV: 'lettland', LT: 'litauen',
  MD: 'moldau', BY: 'belarus', GE: 'georgien', HU: 'ungarn', SK: 'slowakei', CZ: 'tschechien',
  RO: 'rumaenien', BG: 'bulgarien', GR: 'griechenland', TR: 'tuerkei', CN: 'china', JP: 'japan',
  IN: 'indien', KP: 'nordkorea', KR: 'suedkorea', IR: 'iran', IL: 'israel', SA: 'saudi-arabien',
  QA: 'katar', AE: 'vereinigte-arabische-emirate'
}[toUpper($country)] AS code
MATCH (country:Country)
WHERE country.id IN [name, code] OR toLower(country.name) = toLower(name)
   OR (country.id = gid[0][1] AND gid[0][0] IN labels(country))
   OR any(alias IN coalesce(country.aliases, []) WHERE toLower(alias) = toLower(name))
MATCH (place:Place)
WHERE place.id = $place OR toLower(place.name) = toLower($place)
   OR (place.id = gid[1][1] AND gid[1][0] IN labels(place))
   OR any(alias IN coalesce(place.aliases, []) WHERE toLower(alias) = toLower($place))
MATCH (body:Organization)-[:PART_OF*0..3]->(country)
MATCH (speaker:Person)-[:AFFILIATED_WITH {roleKind: 'NEGOTIATOR'}]->(body)
WITH DISTINCT speaker, place
MATCH (s:Statement)-[:SAID_BY]->(speaker)
WHERE EXISTS { MATCH (s)-[:ABOUT]->(:Place)-[:LOCATED_IN*0..4]->(place) }
   OR EXISTS { MATCH (s)-[:ABOUT]->(:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..4]->(place) }
WITH DISTINCT s, speaker
MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.id AS statementId, speaker.name AS speaker, speaker.id AS speakerId, s.kind AS kind, s.text AS text,
       coalesce(s.saidOn, left(s.publishedAt, 10)) AS day, a.source AS outlet, a.title AS article,
       [(s)-[:ABOUT]->(x) | x.name] AS about
ORDER BY day, statementId
