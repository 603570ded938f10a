// Question: What has one speaker said, in order of time?
// Params:   $speaker STRING  a person or organization by name, alias or id ("Dmitriev", "Kreml")
// Meaning:  `day` is when it was said (saidOn) if the article says so, else the publication day;
//           statements reported by several articles appear once per article (each is its own record).
// Example (on the sample corpus):
//   npx newsgraph cypher -P "{speaker: 'Dmitriev'}" -f cypher/analyst/02-speaker-statements-over-time.cypher
//   Neo4j Browser: :param {speaker: 'Dmitriev'}, then this file's query
// @param speaker: "Kirill Dmitrijew"
MATCH (sp)
WHERE (sp:Person OR sp:Organization)
  AND (sp.id = $speaker OR toLower(sp.name) = toLower($speaker)
       OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = toLower($speaker)))
MATCH (s:Statement)-[:SAID_BY]->(sp)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN sp.name AS speaker, coalesce(s.saidOn, left(s.publishedAt, 10)) AS day, s.publishedAt AS publishedAt,
       s.kind AS kind, s.text AS text, a.source AS outlet, a.title AS article, s.id AS statementId,
       [(s)-[:ABOUT]->(x) | x.name] AS about
ORDER BY day, publishedAt, statementId
