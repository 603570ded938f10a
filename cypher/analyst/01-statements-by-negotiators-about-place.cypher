// Question: What did the negotiators of a country say about a place?
//           ("all statements by Russian negotiators about Miami")
// Params:   $country STRING  country by name, alias, id or ISO code ("Russland", "Russia", "russland", "RU"),
//                            case-insensitive — what the API's `nationality` accepts (the codes below are
//                            src/filters/country-codes.ts; a unit test holds them equal)
//           $place   STRING  place by name, alias or id ("Miami")
// Meaning:  negotiator = a Person with AFFILIATED_WITH {roleKind: 'NEGOTIATOR'} to the country or to a
//           body PART_OF it (Kreml → Russland); about the place = ABOUT the place, a place LOCATED_IN
//           it (Shell Bay → Miami), or a meeting HELD_IN one of those. Same semantics as the GraphQL filter
//           {speaker: {nationality, roleKind: NEGOTIATOR}, about: {place}} and `newsgraph export --where`,
//           with the same depths (PART_OF up to 3 steps, LOCATED_IN up to 4: src/graph-model.ts).
//           This file IS the project's saved headline query; the API composes the same question from its
//           filter (src/filters/), and the tests check that both return the same statements.
// Plan:     anchor-first, like the API without an estimate: the country by id or name, down PART_OF to
//           its bodies, their negotiators, and only their statements are tested for the place.
// Example (cypher-shell or Neo4j Browser):
//   :param {country: 'Russland', place: 'Miami'}
//   cypher-shell -P "{country: 'Russland', place: 'Miami'}" -f cypher/analyst/01-statements-by-negotiators-about-place.cypher
// @param country: "Russland"
// @param place: "Miami"
WITH $country AS name, {
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
   OR any(alias IN coalesce(country.aliases, []) WHERE toLower(alias) = toLower(name))
MATCH (place:Place)
WHERE place.id = $place OR toLower(place.name) = toLower($place)
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
