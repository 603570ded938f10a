// Question: Who said what about a topic, grouped by side (the speaker's country)?
// Params:   $topic STRING  topic by name, alias or id ("Sicherheitsgarantien"; also the API's global id)
// Meaning:  side = the Country a person is AFFILIATED_WITH (directly or through a body PART_OF it), or
//           the Country an organization is or belongs to (Kreml → Russland); a speaker with several
//           sides is listed under each; without one under '(unbekannt)'.
// Example (on the sample corpus):
//   npx newsgraph cypher -P "{topic: 'Sicherheitsgarantien'}" -f cypher/analyst/04-statements-about-topic-by-side.cypher
//   Neo4j Browser: :param {topic: 'Sicherheitsgarantien'}, then this file's query
// @param topic: "Sicherheitsgarantien"
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$topic] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
MATCH (t:Topic)
WHERE t.id = $topic OR toLower(t.name) = toLower($topic) OR (t.id = gid[0][1] AND gid[0][0] IN labels(t))
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
