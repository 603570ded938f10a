// Question: Who met whom? Pairs of participants (people or organizations) that sat together at the
//           same meeting, with the meetings they shared — for everyone, or for one participant.
// Params:   $participant STRING or null  name, alias or id; null lists every pair once
// Meaning:  a meeting no article told of in parts: everyone who ATTENDED it met. A meeting told of in
//           parts (partsArticleIds: delegations met separately, in turns, indirectly, "kein direktes
//           Treffen"): two participants met only if one of its sessions had both — each ATTENDED it, or a
//           country they belong to did (AFFILIATED_WITH a body PART_OF it, as in 04-…): "the Russian
//           delegation" is the Russians at the talks. `sessions` names the parts they shared.
// Example:
//   :param {participant: 'Kirill Dmitrijew'}
//   cypher-shell -P "{participant: null}" -f cypher/analyst/03-who-met-whom.cypher
// @param participant: "Kirill Dmitrijew"
MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
WHERE a <> b
  AND CASE
    WHEN $participant IS NULL THEN elementId(a) < elementId(b)
    ELSE a.id = $participant OR toLower(a.name) = toLower($participant)
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
