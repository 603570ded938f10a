// Question: What has one speaker said, in order of time?
// Params:   $speaker STRING  a person or organization by name, alias or id ("Dmitriev", "Kreml"); the id
//                            may be the API's global id ("UGVyc29uOmtpcmlsbC1kbWl0cmlqZXc=")
// Meaning:  `day` is when it was said (saidOn) if the article says so, else the publication day;
//           statements reported by several articles appear once per article (each is its own record).
// Example (on the sample corpus):
//   npx newsgraph cypher -P "{speaker: 'Dmitriev'}" -f cypher/analyst/02-speaker-statements-over-time.cypher
//   Neo4j Browser: :param {speaker: 'Dmitriev'}, then this file's query
// @param speaker: "Kirill Dmitrijew"
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$speaker] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
MATCH (sp)
WHERE (sp:Person OR sp:Organization)
  AND (sp.id = $speaker OR toLower(sp.name) = toLower($speaker)
       OR (sp.id = gid[0][1] AND gid[0][0] IN labels(sp))
       OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = toLower($speaker)))
MATCH (s:Statement)-[:SAID_BY]->(sp)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN sp.name AS speaker, coalesce(s.saidOn, left(s.publishedAt, 10)) AS day, s.publishedAt AS publishedAt,
       s.kind AS kind, s.text AS text, a.source AS outlet, a.title AS article, s.id AS statementId,
       [(s)-[:ABOUT]->(x) | x.name] AS about
ORDER BY day, publishedAt, statementId
