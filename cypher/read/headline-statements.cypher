// The headline question: all statements by negotiators of a country about a place
// ("all statements by Russian negotiators about Miami": $country = "russland", $place = "miami").
// Negotiators of a country: people AFFILIATED_WITH {roleKind: NEGOTIATOR} the country itself or a body
// PART_OF it (the Kremlin). About a place: ABOUT the place or a place LOCATED_IN it, or ABOUT a meeting
// HELD_IN one of those (docs/graph-model.md). Country and place match by id, name or alias, any case.
// @param country: "russland"
// @param place: "miami"
MATCH (c:Country)
WHERE c.id = $country OR toLower(c.name) = toLower($country) OR any(a IN c.aliases WHERE toLower(a) = toLower($country))
MATCH (target:Place)
WHERE target.id = $place OR toLower(target.name) = toLower($place) OR any(a IN target.aliases WHERE toLower(a) = toLower($place))
MATCH (p:Person)-[:AFFILIATED_WITH {roleKind: 'NEGOTIATOR'}]->(:Organization)-[:PART_OF*0..1]->(c)
WITH DISTINCT p, collect(DISTINCT target) AS targets
MATCH (s:Statement)-[:SAID_BY]->(p)
WHERE EXISTS { MATCH (s)-[:ABOUT]->(:Place)-[:LOCATED_IN*0..]->(t) WHERE t IN targets }
   OR EXISTS { MATCH (s)-[:ABOUT]->(:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..]->(t) WHERE t IN targets }
MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.id AS id, s.kind AS kind, s.text AS text, s.publishedAt AS publishedAt,
  p.id AS speakerId, p.name AS speaker, a.id AS articleId, a.source AS source, a.file AS file
ORDER BY s.publishedAt, s.id
