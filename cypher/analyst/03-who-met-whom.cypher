// Question: Who met whom? Pairs of participants (people or organizations) that ATTENDED the same
//           meeting, with the meetings they shared — for everyone, or for one participant.
// Params:   $participant STRING or null  name, alias or id; null lists every pair once
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
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
WITH a, b, m, collect(place.name) AS places
ORDER BY m.start, m.id
WITH a, b, collect({meeting: m.id, name: m.name, places: places, start: m.start, end: m.end}) AS meetings
RETURN a.name AS participant, b.name AS metWith, size(meetings) AS meetingsTogether, meetings
ORDER BY meetingsTogether DESC, participant, metWith
