// Article nodes by id, for the Article loader and node(id). Missing ids simply have no row. Without
// their text (textLength instead): Article.text loads it on its own (read/article-texts), so a page or
// a statement's article holds no text the query did not ask for.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Article {id: id})
RETURN n {.*, text: null, textLength: size(n.text)} AS n, labels(n) AS labels
