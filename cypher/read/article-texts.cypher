// The text of each article, for Article.text: pages and loaders leave texts out (read/articles-by-ids).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a.text AS text
