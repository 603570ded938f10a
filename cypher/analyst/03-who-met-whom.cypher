// Question: Who met whom? Pairs of participants (people or organizations) that sat together at the
//           same meeting, with the meetings they shared — for everyone, or for one participant.
// Params:   $participant STRING or null  name, alias or id (also the API's global id); null lists every
//                                        pair once
// Meaning:  a meeting no article told of in parts: everyone who ATTENDED it met. A meeting told of in
//           parts (partsArticleIds: delegations met separately, in turns, indirectly, "kein direktes
//           Treffen"): two participants met only if one of its sessions had both — each ATTENDED it, or a
//           country they belong to did (AFFILIATED_WITH a body PART_OF it, as in 04-…): "the Russian
//           delegation" is the Russians at the talks. `sessions` names the parts they shared.
// Example (on the sample corpus: in Miami, Dmitrijew sat with the Americans, not with the Ukrainians):
//   npx newsgraph cypher -P "{participant: 'Dmitriev'}" -f cypher/analyst/03-who-met-whom.cypher
//   Neo4j Browser: :param {participant: null}, then this file's query (every pair)
// @param participant: "Kirill Dmitrijew"
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$participant] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
WHERE a <> b
  AND CASE
    WHEN $participant IS NULL THEN elementId(a) < elementId(b)
    ELSE a.id = $participant OR toLower(a.name) = toLower($participant)
         OR (a.id = gid[0][1] AND gid[0][0] IN labels(a))
         OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($participant))
  END
WITH a, b, m, COLLECT {
  MATCH (m)-[:HAS_SESSION]->(s:MeetingSession)
  WHERE ((a)-[:ATTENDED]->(s)
         OR EXISTS { (a)-[:AFFILIATED_WITH]->(:Organization)-[:PART_OF*0..3]->(:Country)-[:ATTENDED]->(s) }
         OR EXISTS { (a:Organization)-[:PART_OF*1..3]->(:Country)-[:ATTENDED]->(s) })
    AND ((b)-[:ATTENDED]->(s)
         OR EXISTS { (b)-[:AFFILIATED_WITH]->(:Organization)-[:PART_OF*0..3]->(:Country)-[:ATTENDED]->(s) }
         OR EXISTS { (b:Organization)-[:PART_OF*1..3]->(:Country)-[:ATTENDED]->(s) })
  RETURN s.name AS session ORDER BY s.start, s.id
} AS sessions
WHERE size(sessions) > 0 OR size(coalesce(m.partsArticleIds, [])) = 0
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
WITH a, b, m, sessions, collect(place.name) AS places
ORDER BY m.start, m.id
WITH a, b, collect({meeting: m.id, name: m.name, places: places, start: m.start, end: m.end}) AS meetings,
  reduce(acc = [], s IN collect(sessions) | acc + s) AS sessions
RETURN a.name AS participant, b.name AS metWith, size(meetings) AS meetingsTogether, meetings, sessions
ORDER BY meetingsTogether DESC, participant, metWith
