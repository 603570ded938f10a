// Question: What did the negotiators of a country say about a place?
//           ("all statements by Russian negotiators about Miami")
// Params:   $country STRING  country by name, alias or id ("Russland", "Russia", "russland"), case-insensitive
//           $place   STRING  place by name, alias or id ("Miami")
// Meaning:  negotiator = a Person with AFFILIATED_WITH {roleKind: 'NEGOTIATOR'} to the country or to a
//           body PART_OF it (Kreml → Russland); about the place = ABOUT the place, a place LOCATED_IN
//           it (Shell Bay → Miami), or a meeting HELD_IN one of those. Same semantics as the GraphQL filter
//           {speaker: {nationality, roleKind: NEGOTIATOR}, about: {place}} and `newsgraph export --where`,
//           with the same depths (PART_OF up to 3 steps, LOCATED_IN up to 4: src/graph-model.ts).
//           This file IS the project's saved headline query; the API composes the same question from its
//           filter (src/filters/), and the tests check that both return the same statements.
// Example (cypher-shell or Neo4j Browser):
//   :param {country: 'Russland', place: 'Miami'}
//   cypher-shell -P "{country: 'Russland', place: 'Miami'}" -f cypher/analyst/01-statements-by-negotiators-about-place.cypher
// @param country: "Russland"
// @param place: "Miami"
MATCH (country:Country)
WHERE country.id = $country OR toLower(country.name) = toLower($country)
   OR any(alias IN coalesce(country.aliases, []) WHERE toLower(alias) = toLower($country))
MATCH (place:Place)
WHERE place.id = $place OR toLower(place.name) = toLower($place)
   OR any(alias IN coalesce(place.aliases, []) WHERE toLower(alias) = toLower($place))
MATCH (speaker:Person)-[:AFFILIATED_WITH {roleKind: 'NEGOTIATOR'}]->(:Organization)-[:PART_OF*0..3]->(country)
MATCH (s:Statement)-[:SAID_BY]->(speaker)
WHERE EXISTS { MATCH (s)-[:ABOUT]->(:Place)-[:LOCATED_IN*0..4]->(place) }
   OR EXISTS { MATCH (s)-[:ABOUT]->(:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..4]->(place) }
WITH DISTINCT s, speaker
MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.id AS statementId, speaker.name AS speaker, speaker.id AS speakerId, s.kind AS kind, s.text AS text,
       coalesce(s.saidOn, left(s.publishedAt, 10)) AS day, a.source AS outlet, a.title AS article,
       [(s)-[:ABOUT]->(x) | x.name] AS about
ORDER BY day, statementId
