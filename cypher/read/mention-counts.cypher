// How often each entity is mentioned across all articles, and in how many articles.
// @param ids: ["x"]
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Person {id: id}) RETURN e
  UNION
  MATCH (e:Organization {id: id}) RETURN e
  UNION
  MATCH (e:Place {id: id}) RETURN e
  UNION
  MATCH (e:Topic {id: id}) RETURN e
  UNION
  MATCH (e:Meeting {id: id}) RETURN e
}
OPTIONAL MATCH (:Article)-[r:MENTIONS]->(e)
RETURN id AS key, coalesce(sum(r.count), 0) AS mentions, count(r) AS articles
