// Question: Who said what about a topic, grouped by side (the speaker's country)?
// Params:   $topic STRING  topic by name, alias or id ("Sicherheitsgarantien")
// Meaning:  side = the Country a person is AFFILIATED_WITH (directly or through a body PART_OF it), or
//           the Country an organization is or belongs to (Kreml → Russland); a speaker with several
//           sides is listed under each; without one under '(unbekannt)'.
// Example (on the sample corpus):
//   npx newsgraph cypher -P "{topic: 'Sicherheitsgarantien'}" -f cypher/analyst/04-statements-about-topic-by-side.cypher
//   Neo4j Browser: :param {topic: 'Sicherheitsgarantien'}, then this file's query
// @param topic: "Sicherheitsgarantien"
MATCH (t:Topic)
WHERE t.id = $topic OR toLower(t.name) = toLower($topic)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($topic))
MATCH (s:Statement)-[:ABOUT]->(t)
MATCH (s)-[:SAID_BY]->(sp)
CALL (sp) {
  MATCH (sp:Person)-[:AFFILIATED_WITH]->(:Organization)-[:PART_OF*0..3]->(c:Country)
  RETURN c.name AS side
  UNION
  MATCH (sp:Organization)-[:PART_OF*0..3]->(c:Country)
  RETURN c.name AS side
}
WITH t, s, sp, collect(side) AS sides
UNWIND CASE WHEN size(sides) = 0 THEN ['(unbekannt)'] ELSE sides END AS side
WITH t, side, s, sp
ORDER BY s.publishedAt, s.id
RETURN t.name AS topic, side, count(s) AS statements,
       collect({speaker: sp.name, text: s.text, day: coalesce(s.saidOn, left(s.publishedAt, 10)), statementId: s.id}) AS said
ORDER BY statements DESC, side
